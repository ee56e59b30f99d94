import { resolveEncodeOptions } from "../core/options.js";
import type { JsonEncodeOptions } from "../json/index.js";
import { requireSchema } from "../model/compile.js";
import type { Schema } from "../schema/nodes.js";
import { elementsOf, guardedRead, writeLine } from "./lines.js";

/**
 * JSON Lines as ServiceStack's `JsonlSerializer` writes it: a list is one compact JSON document
 * per element, each followed by `\n` (the reference's `WriteLine` on Linux), so an empty list is
 * an empty text; any other value is its one line of JSON with no line break, as the reference
 * writes a DTO that is not a list.
 */
export function encodeJsonl(schema: Schema, value: unknown, options?: JsonEncodeOptions): string {
  // Checked here, not only by each line's JSON encoder, which an empty list never calls.
  requireSchema(schema);
  resolveEncodeOptions(options);
  if (schema.kind !== "list") return writeLine(schema, value, undefined, options);
  const elements = elementsOf(value);
  const count = guardedRead(() => elements.length, "");
  let out = "";
  for (let i = 0; i < count; i++) {
    const line = writeLine(schema.element, guardedRead(() => elements[i], `[${i}]`), i, options);
    out = guardedRead(() => out + line + "\n", `[${i}]`);
  }
  return out;
}
