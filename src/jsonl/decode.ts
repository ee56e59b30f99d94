import { DecodeError, guardDecode } from "../core/errors.js";
import { inputText } from "../core/input.js";
import { resolveDecodeOptions, type DecodeOptions } from "../core/options.js";
import { requireSchema } from "../model/compile.js";
import type { Schema } from "../schema/nodes.js";
import { advance, contentEnd, lineReading, readLine, type LinePlace } from "./lines.js";

/**
 * Decodes JSON Lines text: for a list schema, one element per line (an empty text is an empty
 * list); for any other schema, a text of exactly one line (`row-count` otherwise). Lines end with
 * `\n` or `\r\n`, the last one optionally. Each line is read by the JSON decoder; an error's
 * line and column are in the whole text and its path starts with the element's index. `input`
 * is a string or UTF-8 bytes.
 */
export function decodeJsonl(schema: Schema, input: string, options?: DecodeOptions): unknown {
  requireSchema(schema);
  const { strict, maxDepth, maxLength } = resolveDecodeOptions(options);
  const text = inputText("jsonl", input);
  return guardDecode("jsonl", text, () => {
    if (text.length > maxLength) {
      throw DecodeError.at("jsonl", "input-too-long", `the text is longer than ${maxLength} characters`, "", text, maxLength);
    }
    const many = schema.kind === "list";
    const reading = lineReading(many ? schema.element : schema, many, strict, maxDepth);
    const values: unknown[] = [];
    const place: LinePlace = { offset: 0, line: 1 };
    while (place.offset < text.length) {
      const from = place.offset;
      const newline = text.indexOf("\n", from);
      const end = newline < 0 ? text.length : newline;
      const content = text.slice(from, contentEnd(text, from, end));
      values.push(readLine(reading, content, place, values.length));
      advance(place, end + 1 - from, content);
    }
    if (many) return values;
    if (values.length !== 1) {
      const typeName = schema.kind === "object" ? schema.typeName : "value";
      const detail = `a single ${typeName} is one line of JSON; this text has ${values.length === 0 ? "none" : `${values.length} lines`}`;
      throw DecodeError.at("jsonl", "row-count", detail, "", text, values.length === 0 ? 0 : text.indexOf("\n") + 1);
    }
    return values[0];
  });
}
