import type { DecodeErrorCode } from "./errors.js";
import { Failure } from "./errors.js";

/** Codes that say the text is well-formed but does not fit the schema. */
const SCHEMA_CODES: ReadonlySet<DecodeErrorCode> = new Set<DecodeErrorCode>([
  "type-mismatch",
  "invalid-enum",
  "invalid-boolean",
  "invalid-integer",
  "null-value",
  "unknown-member",
  "duplicate-member",
  "duplicate-key",
]);

/** A schema error is reported only once the whole text is known to be well-formed. */
export function isSchemaFailure(error: unknown): boolean {
  return error instanceof Failure && SCHEMA_CODES.has(error.code as DecodeErrorCode);
}

/** Marks a slot no member has filled yet (distinct from a member read as null). */
export const UNSET: unique symbol = Symbol("unset");
