import type { ResolvedDecodeOptions } from "../core/options.js";
import type { ProblemLog } from "../model/collect.js";
import type { Schema } from "../schema/nodes.js";
import { readJsvText } from "./decode.js";

/**
 * Reads compact or pretty JSV in collecting mode (`jsv.check`): the reader of `decode`, with every
 * schema-level problem recorded in `log` and its value stepped over; throws the `Failure` that ends the text.
 */
export function collectJsv(schema: Schema, text: string, { strict, maxDepth }: ResolvedDecodeOptions, log: ProblemLog): void {
  readJsvText(schema, text, strict, maxDepth, 0, log);
}
