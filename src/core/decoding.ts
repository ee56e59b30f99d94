import type { FieldPlan } from "../schema/plan.js";
import { categoryOf, Failure, type DecodeErrorCode } from "./errors.js";
import { setOwn } from "./objects.js";

/** A schema error is reported only once the whole text is known to be well-formed. */
export function isSchemaFailure(error: unknown): boolean {
  return error instanceof Failure && categoryOf(error.code as DecodeErrorCode) === "schema";
}

/** Marks a slot no member has filled yet (distinct from a member read as null). */
export const UNSET: unique symbol = Symbol("unset");

/**
 * The decoded object, members in declaration order: what was read, and the default of each
 * value-type member that was missing or null. Reference-type members stay absent.
 */
export function buildObject(fields: readonly FieldPlan[], slots: readonly unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < fields.length; i++) {
    const value = slots[i];
    const field = fields[i]!;
    if (value !== UNSET && value !== undefined) setMember(out, field, value);
    else if (field.isValueType) setMember(out, field, field.defaultValue);
  }
  return out;
}

/** A member may be keyed `__proto__` (a C# identifier), which plain assignment would not store. */
function setMember(out: Record<string, unknown>, field: FieldPlan, value: unknown): void {
  if (field.inherited) setOwn(out, field.key, value);
  else out[field.key] = value;
}
