import { setOwn } from "../src/core/objects.js";
import { resolveSchema } from "../src/model/compile.js";
import { planObject } from "../src/model/plan.js";
import type { Schema } from "../src/schema/nodes.js";

// The least `csv.decode` could do with papaparse as its tokenizer and fast-property objects as its
// values: papaparse splits the table, as the baseline does, then every decoded value is built
// from parts already at hand, the way the decoders build it (a DTO object from its plan's
// constructor, a list by pushing, a dictionary key by key). No cell is read. Not a target: it
// shows how low the `csv.decode` ratio can go at all on a dataset.

/** A decoded value taken apart: what rebuilding it stores, and where. */
type Part =
  | { readonly kind: "object"; readonly make: () => Record<string, unknown>; readonly keys: readonly string[]; readonly parts: readonly Part[] }
  | { readonly kind: "list"; readonly parts: readonly Part[] }
  | { readonly kind: "dictionary"; readonly keys: readonly string[]; readonly parts: readonly Part[] }
  | { readonly kind: "map"; readonly entries: readonly (readonly [unknown, Part])[] }
  | { readonly kind: "leaf"; readonly value: unknown };

/** `value` (as a decoder returns it for `schema`) taken apart for {@link rebuild}. */
export function partsOf(schema: Schema, value: unknown): Part {
  let node = resolveSchema(schema);
  if (node.kind === "nullable") node = resolveSchema(node.inner);
  if (value === null || value === undefined || typeof value !== "object") return { kind: "leaf", value };
  if (node.kind === "object") {
    const plan = planObject(node);
    const present = plan.fields.filter((field) => Object.hasOwn(value, field.key));
    const record = value as Record<string, unknown>;
    return { kind: "object", make: plan.newObject, keys: present.map((field) => field.key), parts: present.map((field) => partsOf(field.schema, record[field.key])) };
  }
  if (node.kind === "list") return { kind: "list", parts: (value as unknown[]).map((item) => partsOf(node.element, item)) };
  if (node.kind === "dictionary") {
    const element = node.value;
    if (value instanceof Map) return { kind: "map", entries: [...value].map(([key, item]) => [key, partsOf(element, item)] as const) };
    const keys = Object.keys(value);
    return { kind: "dictionary", keys, parts: keys.map((key) => partsOf(element, (value as Record<string, unknown>)[key])) };
  }
  return { kind: "leaf", value };
}

/** A new value equal to the one `part` was taken from. */
export function rebuild(part: Part): unknown {
  switch (part.kind) {
    case "object": {
      const out = part.make();
      for (let i = 0; i < part.keys.length; i++) setOwn(out, part.keys[i]!, rebuild(part.parts[i]!));
      return out;
    }
    case "list": {
      const out: unknown[] = [];
      for (const item of part.parts) out.push(rebuild(item));
      return out;
    }
    case "dictionary": {
      const out: Record<string, unknown> = {};
      for (let i = 0; i < part.keys.length; i++) setOwn(out, part.keys[i]!, rebuild(part.parts[i]!));
      return out;
    }
    case "map":
      return new Map(part.entries.map(([key, item]) => [key, rebuild(item)]));
    case "leaf":
      return part.value;
  }
}
