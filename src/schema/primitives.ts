import { described, type Standard } from "./standard.js";
import type { BooleanSchema, BytesSchema, IntegerSchema, IntegerTypeName, NumberSchema, StringSchema } from "./nodes.js";

// The .NET types a ServiceStack DTO shares with JavaScript's primitives: string, bool, the integer
// types (a `number`, or a `bigint` for the whole 64-bit range), double, float, and byte[]. Each
// builder returns the one schema of its type.

const STRING = /* @__PURE__ */ described<StringSchema>({ kind: "string" });
const BOOLEAN = /* @__PURE__ */ described<BooleanSchema>({ kind: "boolean" });
const BYTES = /* @__PURE__ */ described<BytesSchema>({ kind: "bytes" });
const DOUBLE = /* @__PURE__ */ described<NumberSchema>({ kind: "number", typeName: "double" });
const FLOAT = /* @__PURE__ */ described<NumberSchema>({ kind: "number", typeName: "float" });

function integerType<T extends number | bigint>(typeName: IntegerTypeName, min: T, max: T): Standard<IntegerSchema<T>> {
  return described<IntegerSchema<T>>({ kind: "integer", typeName, min, max });
}

const INTEGER = /* @__PURE__ */ integerType("long", -Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
const INT = /* @__PURE__ */ integerType("int", -2147483648, 2147483647);
const UINT = /* @__PURE__ */ integerType("uint", 0, 4294967295);
const SHORT = /* @__PURE__ */ integerType("short", -32768, 32767);
const USHORT = /* @__PURE__ */ integerType("ushort", 0, 65535);
const BYTE = /* @__PURE__ */ integerType("byte", 0, 255);
const SBYTE = /* @__PURE__ */ integerType("sbyte", -128, 127);
const LONG = /* @__PURE__ */ integerType("long", -(2n ** 63n), 2n ** 63n - 1n);
const ULONG = /* @__PURE__ */ integerType("ulong", 0n, 2n ** 64n - 1n);

/** A .NET `string`. */
export function string(): Standard<StringSchema> {
  return STRING;
}

/** A .NET `bool`, written `True`/`False` in JSV and CSV and `true`/`false` in JSON. */
export function boolean(): Standard<BooleanSchema> {
  return BOOLEAN;
}

/**
 * A .NET `long` whose values stay within JavaScript's safe integers (±2^53 − 1), as a `number`.
 * For the whole range use {@link long} (a `bigint`); for `int` and the narrower types, theirs.
 */
export function integer(): Standard<IntegerSchema<number>> {
  return INTEGER;
}

/** A .NET `int` (−2,147,483,648 to 2,147,483,647), as a `number`. */
export function int(): Standard<IntegerSchema<number>> {
  return INT;
}

/** A .NET `uint` (0 to 4,294,967,295), as a `number`. */
export function uint(): Standard<IntegerSchema<number>> {
  return UINT;
}

/** A .NET `short` (−32,768 to 32,767), as a `number`. */
export function short(): Standard<IntegerSchema<number>> {
  return SHORT;
}

/** A .NET `ushort` (0 to 65,535), as a `number`. */
export function ushort(): Standard<IntegerSchema<number>> {
  return USHORT;
}

/** A .NET `byte` (0 to 255), as a `number`. */
export function byte(): Standard<IntegerSchema<number>> {
  return BYTE;
}

/** A .NET `sbyte` (−128 to 127), as a `number`. */
export function sbyte(): Standard<IntegerSchema<number>> {
  return SBYTE;
}

/**
 * A .NET `long`, its whole range, as a `bigint` (a `number` would round beyond 2^53). Encoders
 * also take a safe-integer `number`; decoders always give a `bigint`.
 */
export function long(): Standard<IntegerSchema<bigint>> {
  return LONG;
}

/** A .NET `ulong` (0 to 18,446,744,073,709,551,615), as a `bigint`; encoders also take a safe-integer `number`. */
export function ulong(): Standard<IntegerSchema<bigint>> {
  return ULONG;
}

/**
 * A .NET `double`: a `number`, NaN, ±Infinity and −0 included. Written with the shortest digits
 * that read back to the same value, as a .NET Core host writes it (`0.1`, `1E+16`, `1E-05`).
 * JSON cannot hold NaN or the infinities: encoding one to JSON is an `EncodeError`.
 */
export function double(): Standard<NumberSchema> {
  return DOUBLE;
}

/**
 * A .NET `float`: a `number` that binary32 holds exactly (`Math.fround(x) === x`), written with
 * a float's own shortest digits (`0.1`, not `0.10000000149011612`). Decoding rounds to binary32,
 * as `float.Parse` does; encoding a number a float cannot hold is an `EncodeError`.
 */
export function float(): Standard<NumberSchema> {
  return FLOAT;
}

/** A .NET `byte[]`: a `Uint8Array`, standard base64 on the wire. A reference type (may be absent). */
export function bytes(): Standard<BytesSchema> {
  return BYTES;
}
