// .NET type names as ServiceStack's metadata spells them, read into a tree: `List`1` with the
// property's `genericArgs` `["String"]`, an expanded argument such as `Dictionary<String,List<Int32>>`,
// arrays (`String[]`, `Nullable`1[]`) and generic parameters (`T`, or `'T` on some versions).

/** A type named in the metadata: `name` without its arity mark, its arguments, and how many `[]` follow. */
export interface TypeRef {
  readonly name: string;
  readonly args: readonly TypeRef[];
  /** `1` for `String[]`, `2` for `String[][]`. */
  readonly arrays: number;
  /** The arity the name was written with (`List`1` → 1), when it was. */
  readonly arity: number | undefined;
}

/** A type name the generator cannot read; the message quotes it. */
export class TypeNameError extends Error {}

/** Nesting deeper than this is refused, so that no metadata document can overflow the stack. */
const MAX_NESTING = 32;

class Reader {
  at = 0;
  constructor(readonly text: string) {}

  skipSpaces(): void {
    while (this.at < this.text.length && this.text.charCodeAt(this.at) === 0x20) this.at++;
  }

  fail(why: string): never {
    throw new TypeNameError(`cannot read the type name ${JSON.stringify(this.text)}: ${why}`);
  }

  read(depth: number): TypeRef {
    if (depth > MAX_NESTING) this.fail(`nested more than ${MAX_NESTING} levels deep`);
    this.skipSpaces();
    const start = this.at;
    while (this.at < this.text.length && !isDelimiter(this.text.charCodeAt(this.at))) this.at++;
    let name = this.text.slice(start, this.at);
    if (name.startsWith("'")) name = name.slice(1);
    if (name === "") this.fail(`a name is missing at ${start}`);
    let arity: number | undefined;
    if (this.text.charCodeAt(this.at) === 0x60 /* ` */) {
      const digits = ++this.at;
      while (this.at < this.text.length && isDigit(this.text.charCodeAt(this.at))) this.at++;
      if (this.at === digits) this.fail("a ` without an arity");
      arity = Number(this.text.slice(digits, this.at));
    }
    const args: TypeRef[] = [];
    this.skipSpaces();
    if (this.text.charCodeAt(this.at) === 0x3c /* < */) {
      this.at++;
      for (;;) {
        args.push(this.read(depth + 1));
        this.skipSpaces();
        const c = this.text.charCodeAt(this.at++);
        if (c === 0x3e /* > */) break;
        if (c !== 0x2c /* , */) this.fail("a type argument list is not closed");
      }
    }
    let arrays = 0;
    while (this.text.charCodeAt(this.at) === 0x5b /* [ */) {
      if (this.text.charCodeAt(this.at + 1) !== 0x5d /* ] */) this.fail("multi-dimensional arrays have no description");
      this.at += 2;
      arrays++;
    }
    return { name, args, arrays, arity };
  }
}

function isDelimiter(c: number): boolean {
  return c === 0x3c || c === 0x3e || c === 0x2c || c === 0x5b || c === 0x5d || c === 0x60 || c === 0x20;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Reads one type name, such as `List<Nullable<Int32>>` or `String[]`; anything left over is a {@link TypeNameError}. */
export function parseTypeName(text: string): TypeRef {
  const reader = new Reader(text);
  const ref = reader.read(0);
  reader.skipSpaces();
  if (reader.at !== text.length) reader.fail(`unexpected ${JSON.stringify(text.charAt(reader.at))} at ${reader.at}`);
  return ref;
}

/**
 * A property's or base class's type: `type` (`List`1`, `Nullable`1[]`) with its `genericArgs`
 * (`["String"]`). Arguments written inside the name win over `genericArgs`.
 */
export function typeRefOf(type: string, genericArgs: readonly string[] | undefined): TypeRef {
  const ref = parseTypeName(type);
  if (ref.args.length > 0 || genericArgs === undefined || genericArgs.length === 0) return ref;
  return { ...ref, args: genericArgs.map(parseTypeName) };
}

/** The C# spelling of a reference, for messages: `List<String>`, `Nullable<Int32>[]`. */
export function spell(ref: TypeRef): string {
  const args = ref.args.length > 0 ? `<${ref.args.map(spell).join(",")}>` : "";
  return ref.name + args + "[]".repeat(ref.arrays);
}

/** The key a definition is found by: its name, with the arity of a generic one (`ListResponse`1`). */
export function definitionKey(name: string, arity: number): string {
  return arity > 0 ? `${name}\`${arity}` : name;
}
