import { boolean, byte, bytes, char, dateTime, dateTimeOffset, decimal, double, float, guid, int, long, sbyte, short, string, timeSpan, uint, ulong, untyped, ushort } from "../schema/build.js";
import type { Schema } from "../schema/nodes.js";

// The one table of .NET types the generator knows: how each is described, in the generated
// module (a builder call) and in memory (the schema), and its TypeScript types for the
// interfaces written for recursive types. A type the model cannot describe yet is here too, with
// the reason a type that uses it is refused; describing one later is an entry changed here.

/** A .NET type the model describes by one builder call: `int()`. */
export interface ScalarMapping {
  readonly describe: "scalar";
  /** The builder the generated module calls with no arguments (`"int"` for `int()`). */
  readonly builder: string;
  /** The same description in memory. */
  readonly schema: () => Schema;
  /** Whether it is a .NET value type: always present once decoded, and allowed inside `nullable(…)`. */
  readonly valueType: boolean;
  /** The TypeScript type of a decoded value, and of what an encoder takes. */
  readonly output: string;
  readonly input: string;
  /** A type of evo-codec's that `output` and `input` name, imported by the generated module (`Untyped`). */
  readonly typeImport?: string;
}

/** A .NET type the model cannot describe (yet): a type that uses it is refused with this reason. */
export interface RefusedMapping {
  readonly describe: "refused";
  readonly reason: string;
}

export type DotNetMapping = ScalarMapping | RefusedMapping;

function scalar(builder: string, schema: () => Schema, output: string, input = output): ScalarMapping {
  return { describe: "scalar", builder, schema, valueType: output !== "string" && output !== "Uint8Array", output, input };
}

/** A .NET value type held as text (a date, a Guid): always present once decoded, though its value is a string. */
function textValue(builder: string, schema: () => Schema, input = "string"): ScalarMapping {
  return { describe: "scalar", builder, schema, valueType: true, output: "string", input };
}

function notYet(what: string): RefusedMapping {
  return { describe: "refused", reason: `not yet describable: the model has no ${what} yet` };
}

/**
 * The .NET types by the name the metadata gives them (`Int32`, `Byte[]`). `string` (lower case)
 * is what ServiceStack's metadata names a user-defined struct, which it writes as a string.
 */
export const DOTNET_TYPES: Readonly<Record<string, DotNetMapping>> = Object.freeze({
  String: scalar("string", string, "string"),
  string: scalar("string", string, "string"),
  Boolean: scalar("boolean", boolean, "boolean"),
  Byte: scalar("byte", byte, "number"),
  SByte: scalar("sbyte", sbyte, "number"),
  Int16: scalar("short", short, "number"),
  UInt16: scalar("ushort", ushort, "number"),
  Int32: scalar("int", int, "number"),
  UInt32: scalar("uint", uint, "number"),
  Int64: scalar("long", long, "bigint", "bigint | number"),
  UInt64: scalar("ulong", ulong, "bigint", "bigint | number"),
  Double: scalar("double", double, "number"),
  Single: scalar("float", float, "number"),
  "Byte[]": scalar("bytes", bytes, "Uint8Array"),
  DateTime: textValue("dateTime", dateTime),
  DateTimeOffset: textValue("dateTimeOffset", dateTimeOffset),
  TimeSpan: textValue("timeSpan", timeSpan),
  Guid: textValue("guid", guid),
  // A number is taken too where it is exactly a decimal (0.5, not 0.1).
  Decimal: textValue("decimal", decimal, "string | number"),
  Char: textValue("char", char),
  Object: { describe: "scalar", builder: "untyped", schema: untyped, valueType: false, output: "Untyped", input: "Untyped", typeImport: "Untyped" },
  DateOnly: notYet("DateOnly"),
  TimeOnly: notYet("TimeOnly"),
});

/** The collection types written as a list (`[a,b]`), by name without arity. */
export const LIST_TYPES: ReadonlySet<string> = new Set(["List", "IList", "ICollection", "IEnumerable", "IReadOnlyList", "IReadOnlyCollection", "HashSet", "ISet"]);

/** The collection types written as a map (`{k:v}`), by name without arity. */
export const DICTIONARY_TYPES: ReadonlySet<string> = new Set(["Dictionary", "IDictionary", "IReadOnlyDictionary"]);

/** The builders of the key types a dictionary may have besides strings (enums are described by the API). */
export const DICTIONARY_KEY_BUILDERS: ReadonlySet<string> = new Set(["byte", "sbyte", "short", "ushort", "int", "uint", "long", "ulong", "guid"]);

/** The mapping of a .NET type that is not a user type, a collection or `Nullable<T>`. */
export function dotNetType(name: string): DotNetMapping | undefined {
  return Object.hasOwn(DOTNET_TYPES, name) ? DOTNET_TYPES[name] : undefined;
}
