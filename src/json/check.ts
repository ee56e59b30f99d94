import { Failure } from "../core/errors.js";
import type { ResolvedDecodeOptions } from "../core/options.js";
import type { ProblemLog } from "../model/collect.js";
import type { Schema } from "../schema/nodes.js";
import { readerFor } from "./readers.js";
import { JsonReader } from "./reader.js";
import { checkJsonSyntax, skipValue } from "./skip.js";

/**
 * Reads JSON text in collecting mode (`json.check`): the scanner of `decode`, with every schema-level
 * problem recorded in `log` and its value stepped over; throws the `Failure` that ends the text.
 */
export function collectJson(schema: Schema, text: string, { strict, maxDepth }: ResolvedDecodeOptions, log: ProblemLog): void {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const reader = new JsonReader(text, maxDepth, strict);
  reader.log = log;
  reader.pos = start;
  const met = log.met;
  try {
    reader.peek();
    const valueStart = reader.pos;
    const value = log.read(reader, readerFor(schema), undefined, undefined, skipValue);
    if (value === undefined) log.record(new Failure("null-value", "the document is null", valueStart));
    if (reader.peek() !== -1) reader.fail("trailing-text", "text after the end of the value");
  } catch (error) {
    // Once a schema error is met, `decode` reports the text's first syntax error as `checkJsonSyntax`
    // finds it (its path too): what ends the text here is that error.
    if (log.met > met) checkJsonSyntax(text, start, maxDepth);
    throw error;
  }
}
