import { setOwn } from "../core/objects.js";
import type { Schema } from "../schema/nodes.js";
import { resolveSchema } from "../model/compile.js";
import { planObject } from "../model/plan.js";

/**
 * A value as a CSV round trip gives it back (spec §12.6): an empty top-level string member (or
 * untyped one) is an empty cell, like a missing one, and reads back absent. Nested values are untouched.
 */
export function csvNormalised(schema: Schema, value: unknown): unknown {
  const node = resolveSchema(schema);
  if (node.kind === "list") return (value as unknown[]).map((row) => csvNormalised(node.element, row));
  if (node.kind !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const field of planObject(node).fields) {
    const item = Object.hasOwn(value as object, field.key) ? (value as Record<string, unknown>)[field.key] : undefined;
    const kind = resolveSchema(field.schema).kind;
    if (item !== undefined && !((kind === "string" || kind === "untyped") && item === "")) setOwn(out, field.key, item);
  }
  return out;
}
