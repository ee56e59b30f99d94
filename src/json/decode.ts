import { categoryOf, Failure, guardDecode, type DecodeErrorCode } from "../core/errors.js";
import { inputText } from "../core/input.js";
import { resolveDecodeOptions, type DecodeOptions } from "../core/options.js";
import type { Schema } from "../schema/nodes.js";
import { decodeParsed } from "./parsed.js";
import { JsonReader } from "./reader.js";
import { readerFor, type JsonRead } from "./readers.js";
import { checkJsonSyntax } from "./skip.js";

// Whole JSON texts: `JSON.parse` and one walk of its tree where it can (`parsed.ts`), else the
// schema-directed scanner, with the compiled readers of `readers.ts`.

/**
 * Decodes JSON text into a value of `schema`. Standard JSON only (RFC 8259); member names
 * match ignoring case; missing value types get their defaults; only `DecodeError` escapes.
 */
export function decodeJson(schema: Schema, input: string, options?: DecodeOptions): unknown {
  const { strict, maxDepth, maxLength } = resolveDecodeOptions(options);
  const read = readerFor(schema);
  const text = inputText("json", input);
  return guardDecode("json", text, () => {
    if (text.length > maxLength) throw new Failure("input-too-long", `the text is longer than ${maxLength} characters`, maxLength);
    // Well-formed input, leniently read, takes the native parser; anything else, and every
    // strict read, takes the scanner below, which knows where each value is.
    if (!strict) {
      const value = decodeParsed(schema, text, maxDepth);
      if (value !== undefined) return value;
    }
    return scan(read, text, strict, maxDepth);
  });
}

/**
 * The schema-directed scanner: reads the text once, knows the offset of every value, and throws
 * a `Failure` at the exact place something is wrong.
 */
export function decodeJsonExact(schema: Schema, text: string, strict: boolean, maxDepth: number): unknown {
  return scan(readerFor(schema), text, strict, maxDepth);
}

function scan(read: JsonRead, text: string, strict: boolean, maxDepth: number): unknown {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const reader = new JsonReader(text, maxDepth, strict);
  reader.pos = start;
  try {
    reader.peek();
    const valueStart = reader.pos;
    const value = read(reader);
    if (value === undefined) reader.fail("null-value", "the document is null", valueStart);
    if (reader.peek() !== -1) reader.fail("trailing-text", "text after the end of the value");
    return value;
  } catch (error) {
    // A schema error is reported only once the whole text is known to be well-formed.
    if (error instanceof Failure && categoryOf(error.code as DecodeErrorCode) === "schema") checkJsonSyntax(text, start, maxDepth);
    throw error;
  }
}
