import { Failure } from "../core/errors.js";
import { isIntegerLiteral } from "../core/numbers.js";
import { describeValue } from "../core/objects.js";
import type { BytesSchema, IntegerSchema, NumberSchema, ScalarKind, Schema } from "../schema/nodes.js";
import { checkChar, checkDateTime, checkDateTimeOffset, checkDecimal, checkGuid, checkTimeSpan } from "./dotnet-values.js";
import { enumCheck, flagsCheck } from "./enum-values.js";

// What a value of each scalar kind is, whatever the format: the checks every encoder makes
// before writing (a value the schema refuses is an `EncodeError`, never a silent conversion),
// and the rules every decoder applies to the text it read. Formats only spell.

/** Checks a value to encode and returns it in its canonical form; throws a `Failure`. */
export type ValueCheck = (value: unknown) => unknown;

type ScalarOf<K extends ScalarKind> = Extract<Schema, { readonly kind: K }>;

const CHECKS: { readonly [K in ScalarKind]: (node: ScalarOf<K>) => ValueCheck } = {
  string: () => checkString,
  boolean: () => checkBoolean,
  integer: integerCheck,
  number: numberCheck,
  decimal: () => checkDecimal,
  dateTime: () => checkDateTime,
  dateTimeOffset: () => checkDateTimeOffset,
  timeSpan: () => checkTimeSpan,
  guid: () => checkGuid,
  char: () => checkChar,
  bytes: bytesCheck,
  enum: enumCheck,
  flags: flagsCheck,
};

const checks = new WeakMap<Schema, ValueCheck>();

/** The check of a scalar schema, built once. */
export function scalarCheck(node: ScalarOf<ScalarKind>): ValueCheck {
  let check = checks.get(node);
  if (check === undefined) {
    check = (CHECKS[node.kind] as (node: ScalarOf<ScalarKind>) => ValueCheck)(node);
    checks.set(node, check);
  }
  return check;
}

export function checkString(value: unknown): string {
  if (typeof value !== "string") throw new Failure("type-mismatch", `expected a string, got ${describeValue(value)}`, -1);
  return value;
}

export function checkBoolean(value: unknown): boolean {
  if (typeof value !== "boolean") throw new Failure("type-mismatch", `expected a boolean, got ${describeValue(value)}`, -1);
  return value;
}

function integerCheck(node: IntegerSchema): ValueCheck {
  if (typeof node.min === "bigint") {
    const min = node.min;
    const max = node.max as bigint;
    return (value) => {
      // A safe integer stands for itself exactly; any other number may already be rounded.
      const big = typeof value === "bigint" ? value : Number.isSafeInteger(value) ? BigInt(value as number) : undefined;
      if (big === undefined || big < min || big > max) throw outOfRange(node, value);
      return big;
    };
  }
  const min = node.min as number;
  const max = node.max as number;
  return (value) => {
    if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) throw outOfRange(node, value);
    return value === 0 ? 0 : value;
  };
}

function outOfRange(node: IntegerSchema, value: unknown): Failure {
  return new Failure("invalid-integer", `expected ${integerDescription(node)}, got ${describeValue(value)}`, -1);
}

/** `an int (-2147483648 to 2147483647)`, for messages. */
export function integerDescription(node: IntegerSchema): string {
  const article = node.typeName === "int" || node.typeName === "sbyte" ? "an" : "a";
  return `${article} ${node.typeName} (${node.min} to ${node.max})`;
}

/**
 * The value of an integer member's text: an optional `-` and digits only (no sign `+`, no
 * fraction, no exponent, as the reference reads integers), within the type's range; else undefined.
 */
export function integerFromText(node: IntegerSchema, text: string): number | bigint | undefined {
  if (!isIntegerLiteral(text)) return undefined;
  if (typeof node.min === "bigint") {
    const value = BigInt(text);
    return value < node.min || value > (node.max as bigint) ? undefined : value;
  }
  // Beyond 16 digits a double may round: compare exactly as a bigint first.
  if (text.length > 16) {
    const exact = BigInt(text);
    if (exact < BigInt(node.min) || exact > BigInt(node.max)) return undefined;
  }
  const value = Number(text);
  return value < (node.min as number) || value > (node.max as number) ? undefined : value === 0 ? 0 : value;
}

function numberCheck(node: NumberSchema): ValueCheck {
  if (node.typeName === "double") {
    return (value) => {
      if (typeof value !== "number") throw new Failure("type-mismatch", `expected a number, got ${describeValue(value)}`, -1);
      return value;
    };
  }
  return (value) => {
    if (typeof value !== "number") throw new Failure("type-mismatch", `expected a number, got ${describeValue(value)}`, -1);
    if (!Number.isNaN(value) && Math.fround(value) !== value) {
      throw new Failure("invalid-number", `${value} is not exactly a float (the nearest is ${Math.fround(value)})`, -1);
    }
    return value;
  };
}

function bytesCheck(_node: BytesSchema): ValueCheck {
  return (value) => {
    if (!(value instanceof Uint8Array)) throw new Failure("type-mismatch", `expected a Uint8Array, got ${describeValue(value)}`, -1);
    return value;
  };
}

export function checkList(value: unknown): readonly unknown[] {
  if (!Array.isArray(value)) throw new Failure("type-mismatch", `expected a list, got ${describeValue(value)}`, -1);
  return value;
}

/**
 * An object whose own properties are its members or entries: a plain object, a null-prototype
 * one, or a class instance such as the API's generated DTOs. A Map, Date, Set or typed array
 * would have its contents dropped, so it is refused.
 */
export function checkRecord(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value) || Object.prototype.toString.call(value) !== "[object Object]") {
    throw new Failure("type-mismatch", `expected ${what}, got ${describeValue(value)}`, -1);
  }
  return value as Record<string, unknown>;
}

/**
 * The keys and values of a dictionary to encode: a plain (or null-prototype) object's own
 * enumerable keys, or a `Map`'s entries in its order. A Map keeps the order it was given, where
 * an object lists integer-like keys (`"7"`, `"42"`) first whatever their order (JavaScript's rule).
 */
export function dictionaryEntries(value: unknown, what: string): { keys: unknown[]; valueAt: (index: number) => unknown } {
  if (value instanceof Map) {
    const values = [...value.values()];
    return { keys: [...value.keys()], valueAt: (index) => values[index] };
  }
  const record = checkRecord(value, what);
  const keys = Object.keys(record);
  // Read one at a time, so that a getter that throws is reported at its key.
  return { keys, valueAt: (index) => record[keys[index] as string] };
}

export function nullElement(): Failure {
  return new Failure("null-value", "a list element cannot be null", -1);
}

export function nullEntry(): Failure {
  return new Failure("null-value", "a dictionary value cannot be null", -1);
}
