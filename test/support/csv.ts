import type { Schema } from "../../src/index.js";
import { planObject } from "../../src/schema/plan.js";

/** A value as CSV gives it back: top-level empty strings are empty cells, read as absent. */
export function csvNormalised(schema: Schema, value: unknown): unknown {
  if (schema.kind === "list") return (value as unknown[]).map((row) => csvNormalised(schema.element, row));
  if (schema.kind !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const field of planObject(schema).fields) {
    const item = Object.hasOwn(value as object, field.key) ? (value as Record<string, unknown>)[field.key] : undefined;
    if (item !== undefined && !(field.schema.kind === "string" && item === "")) {
      Object.defineProperty(out, field.key, { value: item, enumerable: true, writable: true, configurable: true });
    }
  }
  return out;
}
