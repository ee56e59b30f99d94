import type { Schema } from "./nodes.js";

/**
 * ServiceStack's `ToCamelCase`: lower-case the first character, then each following
 * upper-case ASCII letter while the character after it is upper-case too (or the end):
 * `DialState` -> `dialState`, `ID` -> `id`, `URLValue` -> `urlValue`.
 */
export function toCamelCase(name: string): string {
  // Only ASCII letters are lowered, as in the reference: `Éclair` stays as it is.
  if (name.length === 0 || !isUpperAscii(name.charCodeAt(0))) return name;
  let end = 1;
  while (end < name.length && isUpperAscii(name.charCodeAt(end))) {
    const next = end + 1;
    if (next < name.length && !isUpperAscii(name.charCodeAt(next))) break;
    end = next;
  }
  return name.slice(0, end).toLowerCase() + name.slice(end);
}

/** The C# name a camelCase JavaScript key stands for when none is given: `dialState` -> `DialState`. */
export function toPascalCase(key: string): string {
  return key.length === 0 ? key : key.charAt(0).toUpperCase() + key.slice(1);
}

function isUpperAscii(code: number): boolean {
  return code >= 65 && code <= 90;
}

/**
 * The C# spelling of a described type, for generic type names and messages: `string`, `int`,
 * `long`, `double`, `byte[]`, `SessionCallState?`, `List<SessionInfo>`, `Dictionary<string, Value>`.
 */
export function dotNetTypeName(schema: Schema): string {
  switch (schema.kind) {
    case "string":
      return "string";
    case "boolean":
      return "bool";
    case "integer":
    case "number":
    case "enum":
    case "flags":
    case "object":
      return schema.typeName;
    case "decimal":
      return "decimal";
    case "dateTime":
      return "DateTime";
    case "dateTimeOffset":
      return "DateTimeOffset";
    case "timeSpan":
      return "TimeSpan";
    case "guid":
      return "Guid";
    case "char":
      return "char";
    case "untyped":
      return "object";
    case "bytes":
      return "byte[]";
    case "nullable":
      return `${dotNetTypeName(schema.inner)}?`;
    case "list":
      return `List<${dotNetTypeName(schema.element)}>`;
    case "dictionary":
      return schema.typeName ?? `Dictionary<${schema.key === undefined ? "string" : dotNetTypeName(schema.key)}, ${dotNetTypeName(schema.value)}>`;
    case "lazy":
      // Named by what it refers to; a reference is followed once, so recursion ends here.
      return nameOfReferenced(schema.resolve());
  }
}

function nameOfReferenced(schema: Schema): string {
  return schema.kind === "object" || schema.kind === "enum" || schema.kind === "flags" ? schema.typeName : schema.kind === "dictionary" && schema.typeName ? schema.typeName : schema.kind;
}

/** Letters, digits and `_`, not starting with a digit: a C# identifier as a member name can be. */
export function isIdentifier(name: string): boolean {
  if (name.length === 0) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    const digit = c >= 48 && c <= 57;
    if (!(letter || (digit && i > 0))) return false;
  }
  return true;
}
