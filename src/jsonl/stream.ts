import { asDecodeError, DecodeError, Failure } from "../core/errors.js";
import { resolveDecodeOptions, type DecodeOptions } from "../core/options.js";
import { textPieces, type TextSource } from "../core/text-source.js";
import { textStream } from "../core/text-stream.js";
import type { JsonEncodeOptions } from "../json/index.js";
import type { Schema } from "../schema/nodes.js";
import { advance, lineError, lineReading, readLine, writeLine, type LinePlace, type LineReading } from "./lines.js";

/** The element type of a stream: a list's element, or the schema itself. */
function elementOf(schema: Schema): Schema {
  return schema.kind === "list" ? schema.element : schema;
}

/**
 * Decodes JSON Lines as it arrives, one element per line, holding only the line not yet
 * complete (`maxLength` bounds it). The source is read (strict UTF-8 for bytes) and closed as
 * `textPieces` says. Only `DecodeError` is thrown, with its offset, line and column in the whole
 * stream and the element's index in its path.
 */
export async function* decodeJsonlStream(schema: Schema, source: TextSource, options?: DecodeOptions): AsyncGenerator<unknown, void, undefined> {
  const { strict, maxDepth, maxLength } = resolveDecodeOptions(options);
  const reading = lineReading(elementOf(schema), true, strict, maxDepth);
  const place: LinePlace = { offset: 0, line: 1 };
  // The line not yet ended, in the pieces it came in: joining them only once it ends keeps a long line linear.
  let pending: string[] = [];
  let pendingLength = 0;
  let index = 0;
  const tooLong = () => lineError(reading, "input-too-long", `a line is longer than ${maxLength} characters`, "", pending.join(""), maxLength, place, index);
  const take = (rest: string): string => {
    const line = pendingLength === 0 ? rest : pending.join("") + rest;
    pending = [];
    pendingLength = 0;
    return line;
  };
  try {
    for await (const chunk of textPieces(source)) {
      let from = 0;
      for (let newline = chunk.indexOf("\n"); newline >= 0; newline = chunk.indexOf("\n", from)) {
        const line = take(chunk.slice(from, newline));
        from = newline + 1;
        if (line.length > maxLength) throw tooLong();
        const content = line.endsWith("\r") ? line.slice(0, -1) : line;
        yield readLine(reading, content, place, index++);
        advance(place, line.length + 1, content);
      }
      if (from < chunk.length) {
        pending.push(from === 0 ? chunk : chunk.slice(from));
        pendingLength += chunk.length - from;
        if (pendingLength > maxLength) throw tooLong();
      }
    }
    if (pendingLength > 0) {
      const line = take("");
      yield readLine(reading, line.endsWith("\r") ? line.slice(0, -1) : line, place, index);
    }
  } catch (error) {
    throw streamError(error, reading, pending.join(""), place, index);
  }
}

/** A failure of the source or its bytes is placed where the text stopped: in the line not yet ended. */
function streamError(error: unknown, reading: LineReading, pending: string, place: LinePlace, index: number): DecodeError {
  if (error instanceof DecodeError) return error;
  if (!(error instanceof Failure)) return asDecodeError("jsonl", pending, error);
  const decodeError = lineError(reading, error.code as DecodeError["code"], error.detail, "", pending, error.offset - place.offset, place, index);
  if (error.cause !== undefined) (decodeError as { cause?: unknown }).cause = error.cause;
  return decodeError;
}

/**
 * Encodes an (async) iterable of values as a stream of JSON Lines, one line per value, in pieces
 * of about 64 KB (the values are pulled and closed as `textStream` says). A value the schema
 * refuses errors the stream with an `EncodeError` whose path starts with the value's index.
 */
export function encodeJsonlStream(schema: Schema, values: Iterable<unknown> | AsyncIterable<unknown>, options?: JsonEncodeOptions): ReadableStream<string> {
  const element = elementOf(schema);
  return textStream(values, (value, index) => writeLine(element, value, index, options) + "\n");
}
