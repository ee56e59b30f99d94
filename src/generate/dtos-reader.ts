// Reads the TypeScript DTOs ServiceStack writes (`/types/typescript`, `npx get-dtos typescript`):
// a file of a regular shape, one declaration after another, each preceded by its comments
// (`/** @description … */`, `// @Route("/path", "GET")`, `// @DataMember(Name="x")`). A small reader
// of that shape, line by line, rather than the TypeScript compiler at run time.

/** One declaration: its kind, header (`class X<T> extends Y implements IReturn<Z>`) and body lines, and the comments before it. */
export interface DtoDeclaration {
  readonly kind: "class" | "interface" | "enum" | "type";
  readonly name: string;
  /** The generic parameters (`["T"]`). */
  readonly params: readonly string[];
  readonly extendsType: string | undefined;
  readonly implementsTypes: readonly string[];
  /** The text after `=` of a `type X = …;` alias. */
  readonly alias: string | undefined;
  readonly body: readonly DtoLine[];
  readonly comments: readonly string[];
}

/** A line of a body, with the comments before it. */
export interface DtoLine {
  readonly text: string;
  readonly comments: readonly string[];
}

/** The declarations of a DTO file, and the file's `Options` header (`MakePropertiesOptional: True`). */
export function readDtoFile(text: string): { declarations: DtoDeclaration[]; options: ReadonlyMap<string, string> } {
  const lines = text.split(/\r?\n/);
  const declarations: DtoDeclaration[] = [];
  const options = new Map<string, string>();
  let comments: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line.startsWith("/*") && !line.startsWith("/**")) {
      // The `/* Options: … */` header: `Name: value` lines; a leading `//` marks a default left as it is.
      for (; i < lines.length && !lines[i]!.includes("*/"); i++) {
        const option = /^([a-z]+): (.*)$/i.exec(lines[i]!.trim());
        if (option) options.set(option[1]!, option[2]!.trim());
      }
      continue;
    }
    if (line.startsWith("/**")) {
      const start = i;
      while (i < lines.length && !lines[i]!.includes("*/")) i++;
      comments.push(lines.slice(start, i + 1).join("\n"));
      continue;
    }
    if (line.startsWith("//")) {
      comments.push(line);
      continue;
    }
    const header = /^export (?:declare )?(class|interface|enum|type) /.exec(line);
    const nameEnd = header ? identifierEnd(line, header[0].length) : 0;
    if (!header || nameEnd === header[0].length) {
      if (line !== "" && !line.startsWith("import ")) comments = [];
      continue;
    }
    const kind = header[1] as DtoDeclaration["kind"];
    const name = line.slice(header[0].length, nameEnd);
    const rest = line.slice(nameEnd);
    if (kind === "type") {
      let alias = rest.slice(rest.indexOf("=") + 1);
      while (!alias.trimEnd().endsWith(";") && i + 1 < lines.length) alias += ` ${lines[++i]!.trim()}`;
      declarations.push({ kind, name, params: [], extendsType: undefined, implementsTypes: [], alias: alias.trim().replace(/;$/, ""), body: [], comments });
      comments = [];
      continue;
    }
    let head = rest;
    while (!head.includes("{") && i + 1 < lines.length) head += ` ${lines[++i]!.trim()}`;
    const open = head.indexOf("{");
    const { params, extendsType, implementsTypes } = headerParts(head.slice(0, open));
    const body: DtoLine[] = [];
    let depth = braces(head.slice(open));
    let bodyComments: string[] = [];
    const inline = head.slice(open + 1, head.lastIndexOf("}") > open ? head.lastIndexOf("}") : undefined).trim();
    if (inline !== "") body.push({ text: inline, comments: [] });
    while (depth > 0 && i + 1 < lines.length) {
      const next = lines[++i]!.trim();
      const after = depth + braces(next);
      if (after <= 0) break;
      if (next.startsWith("/**")) {
        const start = i;
        while (i < lines.length && !lines[i]!.includes("*/")) i++;
        bodyComments.push(lines.slice(start, i + 1).join("\n"));
      } else if (next.startsWith("//")) bodyComments.push(next);
      else if (next !== "") {
        // Only the class's own lines: a method body's lines sit deeper.
        if (depth === 1) body.push({ text: next, comments: bodyComments });
        bodyComments = [];
      }
      depth = after;
    }
    declarations.push({ kind, name, params, extendsType, implementsTypes, alias: undefined, body, comments });
    comments = [];
  }
  return { declarations, options };
}

/** `{` minus `}` outside quotes. */
function braces(text: string): number {
  let depth = 0;
  let quote = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === 0x5c) i++;
      else if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27 || c === 0x60) quote = c;
    else if (c === 0x7b) depth++;
    else if (c === 0x7d) depth--;
  }
  return depth;
}

/** `<T> extends Base<X> implements IReturn<Y>, IGet` → its parts. */
function headerParts(head: string): { params: string[]; extendsType: string | undefined; implementsTypes: string[] } {
  let rest = head.trim();
  let params: string[] = [];
  if (rest.startsWith("<")) {
    const close = matching(rest, 0);
    params = splitTop(rest.slice(1, close)).map((p) => p.split(" ")[0]!.trim());
    rest = rest.slice(close + 1).trim();
  }
  let extendsType: string | undefined;
  let implementsTypes: string[] = [];
  rest = ` ${rest}`;
  const implementsAt = topLevelIndex(rest, " implements ");
  if (implementsAt >= 0) {
    implementsTypes = splitTop(rest.slice(implementsAt + " implements ".length));
    rest = rest.slice(0, implementsAt);
  }
  rest = rest.trim();
  if (rest.startsWith("extends ")) {
    const types = splitTop(rest.slice("extends ".length));
    extendsType = types[0];
    // An interface extends its interfaces too: only the first can be a base class.
    implementsTypes = [...types.slice(1), ...implementsTypes];
  }
  return { params, extendsType, implementsTypes };
}

/** The index of the `>` (or `}`) closing the bracket at `open`. */
export function matching(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === "<" || c === "{" || c === "[" || c === "(") depth++;
    else if (c === ">" || c === "}" || c === "]" || c === ")") if (--depth === 0) return i;
  }
  return text.length;
}

/** `text` split at commas outside brackets, each part trimmed. */
export function splitTop(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === "<" || c === "{" || c === "[" || c === "(") depth++;
    else if (c === ">" || c === "}" || c === "]" || c === ")") depth--;
    else if (c === "," && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = text.slice(start).trim();
  if (last !== "") parts.push(last);
  return parts;
}

function topLevelIndex(text: string, needle: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === "<" || c === "{") depth++;
    else if (c === ">" || c === "}") depth--;
    else if (depth === 0 && text.startsWith(needle, i)) return i;
  }
  return -1;
}

/** Where the identifier starting at `from` ends (`from` itself when there is none). */
export function identifierEnd(text: string, from: number): number {
  let i = from;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
    if (!letter && !(c >= 48 && c <= 57 && i > from)) break;
  }
  return i;
}
