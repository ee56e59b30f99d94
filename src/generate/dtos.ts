import { toPascalCase } from "../schema/naming.js";
import type { GenerateProblem } from "./api.js";
import { identifierEnd, matching, readDtoFile, splitTop, type DtoDeclaration, type DtoLine } from "./dtos-reader.js";
import { generateModule, type GeneratedModule, type GenerateOptions } from "./generate.js";
import type { MetadataOperationType, MetadataPropertyType, MetadataType, MetadataTypes } from "./metadata.js";

// From ServiceStack's TypeScript DTOs to the metadata they stand for. They say less than the
// metadata: `number` is any .NET number (described as `double`, which reads every one of them,
// and reported), `{ [index: number]: T }` any integer key (described as `int`, reported), dates,
// TimeSpans, Guids, chars and `byte[]` are all `string` (described as `string`, which reads their
// text, and reported once), an enum's explicit values are not there unless it is written as its
// number (then described with `flags()`), and C# names are the keys with their first letter
// upper-cased. Prefer `/types/metadata` where the server gives it.

/** ServiceStack's marker interfaces, which say the verb or the response rather than describe a type. */
const MARKERS = /^(?:IReturn|IReturnVoid|IGet|IPost|IPut|IPatch|IDelete|IVerb|IMeta|IHasSessionId|IHasBearerToken|IHasVersion|ICreateDb|IUpdateDb|IPatchDb|IDeleteDb|ISaveDb)(?:<.*>)?$/;

const TS_TYPES: Readonly<Record<string, string>> = { string: "String", boolean: "Boolean", Uint8Array: "Byte[]", any: "Object", Object: "Object", object: "Object", Date: "DateTime" };

/** Reads a DTO file into `MetadataTypes`, with a note for every member whose .NET type was guessed. */
export function metadataFromDtos(text: string): { metadata: MetadataTypes; guesses: GenerateProblem[] } {
  const { declarations, options } = readDtoFile(text);
  // With MakePropertiesOptional every member is `?`: it no longer tells a `T?` from a `T`.
  const optionalMeansNullable = options.get("MakePropertiesOptional") !== "True";
  const guesses: GenerateProblem[] = [];
  const enums = new Set(declarations.filter(isEnum).map((d) => d.name));
  const reading: Reading = { optionalMeansNullable, enums, guesses, strings: 0 };
  const types: MetadataType[] = [];
  const operations: MetadataOperationType[] = [];
  for (const declaration of declarations) {
    if (MARKERS.test(declaration.name) || declaration.name === "Dictionary") continue;
    const type = typeOf(declaration, reading);
    if (type === undefined) continue;
    const operation = operationOf(declaration, type);
    if (operation) operations.push(operation);
    else types.push(type);
  }
  if (reading.strings > 0) {
    guesses.push({
      subject: "the DTOs",
      refused: false,
      message: `${reading.strings} string members are described as string: TypeScript DTOs write a DateTime, DateTimeOffset, TimeSpan, Guid, char and byte[] as string too, so such a member is read and written as the text the server sends (use the metadata for its exact type)`,
    });
  }
  if (!optionalMeansNullable) {
    guesses.push({ subject: "the DTOs", refused: false, message: "written with MakePropertiesOptional: every member is optional, so no value-type member is described as nullable" });
  }
  return { metadata: { types, operations }, guesses };
}

/** {@link generateModule} from a DTO file: the guesses are reported as notes. */
export function generateFromDtos(text: string, options: GenerateOptions = {}): GeneratedModule {
  const { metadata, guesses } = metadataFromDtos(text);
  const generated = generateModule(metadata, options);
  return { ...generated, problems: [...guesses, ...generated.problems] };
}

function descriptionOf(comments: readonly string[]): string | undefined {
  const doc = comments.filter((c) => c.startsWith("/**")).pop();
  if (doc === undefined) return undefined;
  const text = doc
    .replace(/^\/\*\*/, "")
    .replace(/\*\/$/, "")
    .split("\n")
    .map((line) => line.trim().replace(/^\* ?/, ""))
    .join("\n")
    .replace(/@description\s*/, "")
    .trim();
  return text === "" ? undefined : text;
}

/** The value of `Name="…"` in an attribute comment such as `// @DataMember(Name="x")`. */
function attributeArg(comments: readonly string[], attribute: string, name: string): string | undefined {
  for (const comment of comments) {
    if (!comment.startsWith(`// @${attribute}(`)) continue;
    const at = comment.indexOf(`${name}=`);
    if (at < 0) continue;
    const value = /^"((?:[^"\\]|\\.)*)"/.exec(comment.slice(at + name.length + 1));
    if (value) return JSON.parse(`"${value[1]}"`) as string;
  }
  return undefined;
}

/** What reading a member needs: whether `?` means `T?`, the enums' names, where to note guesses, how many strings were met. */
interface Reading {
  readonly optionalMeansNullable: boolean;
  readonly enums: ReadonlySet<string>;
  readonly guesses: GenerateProblem[];
  strings: number;
}

/** An `enum`, or a union of string literals (`type X = "A" | "B"`). */
function isEnum(declaration: DtoDeclaration): boolean {
  return declaration.kind === "enum" || (declaration.kind === "type" && /^"[^"]*"(?:\s*\|\s*"[^"]*")*$/.test(declaration.alias ?? ""));
}

function typeOf(declaration: DtoDeclaration, reading: Reading): MetadataType | undefined {
  const description = descriptionOf(declaration.comments);
  if (isEnum(declaration)) return enumOf(declaration, description);
  if (declaration.kind === "type") return undefined;
  const properties: MetadataPropertyType[] = [];
  for (const line of declaration.body) {
    const property = propertyOf(declaration, line, reading);
    if (property) properties.push(property);
  }
  const generic = declaration.params.length > 0 ? `\`${declaration.params.length}` : "";
  return {
    name: declaration.name + generic,
    genericArgs: declaration.params.length > 0 ? declaration.params : undefined,
    inherits: declaration.extendsType ? { name: dotNetType(declaration.extendsType, declaration, [], "") } : undefined,
    description,
    isInterface: declaration.kind === "interface" || undefined,
    properties,
  };
}

function enumOf(declaration: DtoDeclaration, description: string | undefined): MetadataType {
  const names: string[] = [];
  const spellings: string[] = [];
  const values: string[] = [];
  if (declaration.kind === "type") {
    for (const part of declaration.alias!.split("|")) names.push(JSON.parse(part.trim()) as string);
  } else {
    for (const { text } of declaration.body) {
      for (const member of splitTop(text)) {
        const [name, value] = member.split("=").map((s) => s.trim()) as [string, string | undefined];
        if (name === "") continue;
        names.push(name);
        if (value !== undefined && /^-?\d+$/.test(value)) values.push(value);
        spellings.push(value?.startsWith("'") ? value.slice(1, -1).replaceAll("\\'", "'") : name);
      }
    }
  }
  return {
    name: declaration.name,
    isEnum: true,
    // Numbers stand for an enum written as its number ([Flags]), or one with values of its own.
    isEnumInt: values.length > 0 || undefined,
    enumNames: names,
    enumValues: values.length > 0 ? values : undefined,
    enumMemberValues: spellings.some((s, i) => s !== names[i]) ? spellings : undefined,
    description,
  };
}

function propertyOf(declaration: DtoDeclaration, line: DtoLine, reading: Reading): MetadataPropertyType | undefined {
  const member = memberLine(line.text);
  if (member === undefined) return undefined;
  const { key, optional, tsType } = member;
  const guessed: string[] = [];
  let type = dotNetType(tsType, declaration, guessed, `${declaration.name}.${key}`);
  if (optional && reading.optionalMeansNullable && (type === "Double" || type === "Boolean" || reading.enums.has(type))) type = `Nullable<${type}>`;
  if (/\bString\b/.test(type)) reading.strings++;
  for (const message of guessed) reading.guesses.push({ subject: declaration.name, refused: false, message });
  return {
    name: toPascalCase(key),
    type,
    description: descriptionOf(line.comments),
    dataMember: { name: attributeArg(line.comments, "DataMember", "Name") },
    paramType: attributeArg(line.comments, "ApiMember", "ParameterType"),
  };
}

/** A TypeScript type as the .NET type name the metadata would give: `string[]` → `List<String>`. */
function dotNetType(ts: string, declaration: DtoDeclaration, guessed: string[], where: string): string {
  let text = ts.trim();
  if (text.endsWith("[]")) return `List<${dotNetType(text.slice(0, -2), declaration, guessed, where)}>`;
  if (text.startsWith("{")) {
    const close = matching(text, 0);
    if (close === text.length - 1) {
      const inner = text.slice(1, close).trim().replace(/;$/, "");
      const keyEnd = inner.indexOf("]");
      const keyType = inner.slice(inner.indexOf(":") + 1, keyEnd).trim();
      const value = inner.slice(inner.indexOf(":", keyEnd) + 1);
      if (keyType !== "string" && where !== "") guessed.push(`${where}: number keys are described as int (they may be another integer type or an enum written as its number in .NET)`);
      return `Dictionary<${keyType === "string" ? "String" : "Int32"},${dotNetType(value, declaration, guessed, where)}>`;
    }
  }
  if (text.endsWith("|null")) text = text.slice(0, -"|null".length).trim();
  const open = text.indexOf("<");
  if (open > 0 && text.endsWith(">")) {
    const name = text.slice(0, open);
    const args = splitTop(text.slice(open + 1, -1)).map((arg) => dotNetType(arg, declaration, guessed, where));
    if (name === "Array") return `List<${args[0]}>`;
    return `${name}<${args.join(",")}>`;
  }
  if (text === "number") {
    if (where !== "") guessed.push(`${where}: number is described as double (it may be an int, a long or a decimal in .NET)`);
    return "Double";
  }
  return TS_TYPES[text] ?? text;
}

function operationOf(declaration: DtoDeclaration, request: MetadataType): MetadataOperationType | undefined {
  const method = declaration.body.map((line) => /getMethod\(\)\s*\{\s*return '([A-Z]+)'/.exec(line.text)?.[1]).find((m) => m !== undefined);
  const isRequest = declaration.body.some((line) => line.text.includes("getTypeName()"));
  if (!isRequest) return undefined;
  const routes = declaration.comments
    .filter((c) => c.startsWith("// @Route("))
    .map((c) => splitTop(c.slice("// @Route(".length, c.lastIndexOf(")"))).map((arg) => JSON.parse(arg) as string))
    .map(([path, verbs]) => ({ path: path!, verbs }));
  const returns = declaration.implementsTypes.find((t) => t.startsWith("IReturn<"));
  const returnsVoid = declaration.implementsTypes.includes("IReturnVoid");
  return {
    request,
    method,
    routes,
    returnsVoid: returnsVoid || undefined,
    returnType: returns ? { name: dotNetType(returns.slice("IReturn<".length, -1), declaration, [], "") } : undefined,
  };
}

/** `public name?: Type = init;` → its key, whether it is optional, and its type; undefined for a method or anything else. */
function memberLine(text: string): { key: string; optional: boolean; tsType: string } | undefined {
  if (!text.endsWith(";") || text.includes("(")) return undefined;
  let at = 0;
  for (const modifier of ["public ", "declare ", "readonly "]) if (text.startsWith(modifier, at)) at += modifier.length;
  const end = identifierEnd(text, at);
  if (end === at) return undefined;
  const optional = text.charAt(end) === "?";
  const colon = optional ? end + 1 : end;
  if (text.charAt(colon) !== ":") return undefined;
  let type = text.slice(colon + 1, -1);
  const initializer = splitTop(type.replaceAll("=", ",="));
  if (initializer.length > 1 && initializer[initializer.length - 1]!.startsWith("=")) type = type.slice(0, type.lastIndexOf("="));
  return { key: text.slice(at, end), optional, tsType: type.trim() };
}
