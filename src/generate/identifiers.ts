// Names in the generated module: each type's constant, and the names the module itself uses.
// A C# name that is a JavaScript keyword, or that the module needs for itself, gets a suffix.

/** Reserved words of JavaScript and TypeScript, and globals a generated module refers to. */
const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for function if " +
    "implements import in instanceof interface let new null package private protected public return static super switch this throw " +
    "true try typeof var void while with yield await as async of type declare namespace module any unknown never object number " +
    "string boolean symbol bigint undefined NaN Infinity arguments eval Object Array Record Readonly ReturnType Uint8Array Promise Map ReadonlyMap Set Date Error JSON Math"
  ).split(" "),
);

/** The names a generated module imports from evo-codec, and the name of its operations. */
export const MODULE_NAMES = [
  "boolean",
  "byte",
  "bytes",
  "char",
  "dateTime",
  "dateTimeOffset",
  "decimal",
  "dictionary",
  "dotNetTypeName",
  "double",
  "enumeration",
  "flags",
  "float",
  "generic",
  "guid",
  "int",
  "lazy",
  "list",
  "long",
  "member",
  "nullable",
  "object",
  "operation",
  "sbyte",
  "short",
  "string",
  "timeSpan",
  "uint",
  "ulong",
  "untyped",
  "ushort",
  "Infer",
  "Input",
  "Schema",
  "LazySchema",
  "ListSchema",
  "DictionarySchema",
  "NullableSchema",
  "Untyped",
  "Operations",
] as const;

/** Hands out identifiers that are valid and distinct: `Outer.Inner` → `Outer_Inner`, a second `Foo` → `Foo_2`. */
export class Identifiers {
  private readonly taken = new Set<string>([...RESERVED, ...MODULE_NAMES]);

  /** Takes the identifier `wanted` stands for, and gives it out to nothing else. */
  take(wanted: string): string {
    let base = "";
    for (let i = 0; i < wanted.length; i++) {
      const c = wanted.charCodeAt(i);
      const ascii = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || (c >= 48 && c <= 57 && i > 0);
      base += ascii ? wanted.charAt(i) : "_";
    }
    if (base === "") base = "_";
    let name = base;
    for (let n = 2; this.taken.has(name); n++) name = `${base}_${n}`;
    this.taken.add(name);
    return name;
  }

  /** A name the module uses for itself (an operation map, say), so that no type takes it. */
  reserve(name: string): void {
    this.taken.add(name);
  }
}

/**
 * Whether `name` is a .NET type name the generator writes into code: letters, digits and `_`,
 * in dot-separated parts that do not start with a digit (`SessionInfo`, `Outer.Inner`).
 */
export function isDotNetName(name: string): boolean {
  let partStart = true;
  for (const char of name) {
    if (char === ".") {
      if (partStart) return false;
      partStart = true;
      continue;
    }
    const letter = /\p{L}/u.test(char) || char === "_";
    const digit = /\p{Nd}/u.test(char);
    if (!letter && !(digit && !partStart)) return false;
    partStart = false;
  }
  return !partStart;
}
