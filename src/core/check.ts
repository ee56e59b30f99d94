import type { EnumMeta } from "../schema/nodes.js";
import { Failure } from "./errors.js";
import { describeValue } from "./objects.js";

// The checks every encoder makes before writing a scalar: a value the schema refuses is an
// `EncodeError`, never a silent conversion.

export function checkString(value: unknown): string {
  if (typeof value !== "string") throw new Failure("type-mismatch", `expected a string, got ${describeValue(value)}`, -1);
  return value;
}

export function checkBoolean(value: unknown): boolean {
  if (typeof value !== "boolean") throw new Failure("type-mismatch", `expected a boolean, got ${describeValue(value)}`, -1);
  return value;
}

export function checkInteger(value: unknown): number {
  if (!Number.isSafeInteger(value)) {
    throw new Failure("invalid-integer", `expected a safe integer, got ${describeValue(value)}`, -1);
  }
  return value as number;
}

/** A check that `value` is one of the enumeration's member names (exactly, as the types say). */
export function enumChecker(schema: EnumMeta<string>): (value: unknown) => string {
  const members = new Set<unknown>(schema.values);
  return (value) => {
    if (!members.has(value)) {
      throw new Failure("invalid-enum", `${describeValue(value)} is not a ${schema.typeName} (${schema.values.join(", ")})`, -1);
    }
    return value as string;
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

export function nullElement(): Failure {
  return new Failure("null-value", "a list element cannot be null", -1);
}

export function nullEntry(): Failure {
  return new Failure("null-value", "a dictionary value cannot be null", -1);
}
