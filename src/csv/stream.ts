import Papa from "papaparse";
import { asDecodeError, DecodeError, Failure, guardEncode, rethrowWithin } from "../core/errors.js";
import { resolveDecodeOptions, type DecodeOptions } from "../core/options.js";
import { excerptAt, positionAt } from "../core/position.js";
import type { Schema } from "../schema/nodes.js";
import type { NameCase } from "../model/plan.js";
import { WriteState } from "../core/compact-writer.js";
import { parserConfig, quoteFailure } from "./decode.js";
import { dataRow, headerRow, type CsvLayout } from "./encode.js";
import { cellToText, detectNewline, fieldOffset } from "./locate.js";
import { RowReader, type Locator } from "./rows.js";
import { tableFor } from "./table.js";

/** Text arriving in pieces: a web `ReadableStream`, a Node `Readable`, or any (async) iterable of strings or bytes. */
export type CsvSource =
  | ReadableStream<string | Uint8Array>
  | AsyncIterable<string | Uint8Array>
  | Iterable<string | Uint8Array>;

/**
 * Decodes a CSV table as it arrives, one typed row at a time, holding only the rows not yet
 * complete. `schema` is the row type or a list of it. Bytes are read as UTF-8. Only
 * `DecodeError` is thrown, with its offset, line and column in the whole stream.
 */
export async function* decodeCsvStream(schema: Schema, source: CsvSource, options?: DecodeOptions): AsyncGenerator<unknown, void, undefined> {
  const { strict, maxDepth, maxLength } = resolveDecodeOptions(options);
  const table = tableFor(schema, "camel");
  const rows = new RowReader(table, strict, maxDepth, true);
  const place = new StreamPlace();
  let buffer = "";
  let newline: string | undefined;
  let parser: Papa.Parser | undefined;
  let headerSeen = false;
  const pending: unknown[] = [];
  // papaparse starts over on each call: while one row keeps growing across pieces, wait for the
  // buffer to double before trying again, so a long row costs linear time, not quadratic.
  let retryAt = 0;

  // Hands papaparse's complete rows to the reader; returns how much of the buffer they used.
  const take = (last: boolean): number => {
    const text = last && buffer.endsWith(newline!) ? buffer.slice(0, -newline!.length) : buffer;
    const parsed = parser!.parse(text, 0, !last) as Papa.ParseResult<string[]>;
    const locator = (row: number): Locator => ({
      field: (index) => fieldOffset(buffer, 0, newline!, row, index),
      inCell: (index, inner) => cellToText(buffer, fieldOffset(buffer, 0, newline!, row, index), inner),
    });
    // The row papaparse leaves for later may be cut inside its quotes: only whole rows' errors count.
    const problem = parsed.errors.find((error) => last || (error.row ?? 0) < parsed.data.length);
    if (problem) throw quoteFailure(problem, locator(problem.row ?? 0).field(0), text.length);
    pending.length = 0;
    parsed.data.forEach((cells, r) => {
      if (!headerSeen) {
        rows.header(cells, locator(r));
        headerSeen = true;
      } else {
        pending.push(rows.row(cells, locator(r)));
      }
    });
    return last ? buffer.length : parsed.meta.cursor;
  };

  try {
    for await (const chunk of textChunks(source)) {
      const searchFrom = Math.max(0, buffer.length - 1);
      buffer += place.offset === 0 && buffer.length === 0 && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
      if (buffer.length > maxLength) throw new Failure("input-too-long", `a row is longer than ${maxLength} characters`, maxLength);
      if (newline === undefined) {
        // Only the new text is searched: a header that never ends costs linear time.
        newline = detectNewline(buffer, searchFrom);
        if (newline === undefined) continue;
        parser = new Papa.Parser(parserConfig(newline));
      }
      if (buffer.length < retryAt) continue;
      const used = take(false);
      yield* pending;
      buffer = place.advance(buffer, used);
      retryAt = used === 0 ? buffer.length * 2 : 0;
    }
    newline ??= buffer.endsWith("\r") ? "\r" : "\r\n";
    parser ??= new Papa.Parser(parserConfig(newline));
    if (buffer.length > 0) {
      take(true);
      yield* pending;
    }
    if (!headerSeen) throw new Failure("unexpected-end", "the text has no header row", 0);
  } catch (error) {
    throw place.error(error, buffer);
  }
}

/**
 * Where the buffer starts in the whole stream, so that errors found in the buffer can say
 * where they are in the text that has already gone by.
 */
class StreamPlace {
  offset = 0;
  private line = 1;
  private column = 1;

  advance(buffer: string, used: number): string {
    const end = positionAt(buffer, used);
    this.column = end.line === 1 ? this.column + end.column - 1 : end.column;
    this.line += end.line - 1;
    this.offset += used;
    return buffer.slice(used);
  }

  error(error: unknown, buffer: string): DecodeError {
    if (error instanceof DecodeError) return error;
    if (!(error instanceof Failure)) return asDecodeError("csv", buffer, error);
    const inBuffer = positionAt(buffer, Math.max(0, error.offset));
    const position = {
      offset: this.offset + inBuffer.offset,
      line: this.line + inBuffer.line - 1,
      column: inBuffer.line === 1 ? this.column + inBuffer.column - 1 : inBuffer.column,
    };
    return new DecodeError("csv", error.code as DecodeError["code"], error.detail, error.path(), position, excerptAt(buffer, inBuffer));
  }
}

async function* textChunks(source: CsvSource): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const decode = (chunk: string | Uint8Array): string => {
    if (typeof chunk === "string") return chunk;
    try {
      return decoder.decode(chunk, { stream: true });
    } catch {
      throw new Failure("syntax", "the bytes are not valid UTF-8", 0);
    }
  };
  if (isReadableStream(source)) {
    const reader = source.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        yield decode(value);
      }
    } finally {
      reader.releaseLock();
    }
  } else {
    for await (const chunk of source) yield decode(chunk);
  }
  const tail = decoder.decode();
  if (tail.length > 0) yield tail;
}

function isReadableStream(source: CsvSource): source is ReadableStream<string | Uint8Array> {
  return typeof (source as ReadableStream).getReader === "function";
}

/** How many characters of rows to gather before handing a piece of text on. */
const PIECE_SIZE = 64 * 1024;

/**
 * Encodes values as a CSV table, written as they come: the header, then a row per value, in
 * pieces of about 64 KB. `schema` is the row type or a list of it. A value the schema refuses
 * errors the stream with an `EncodeError` whose path starts with the row's index.
 */
export function encodeCsvStream(
  schema: Schema,
  values: Iterable<unknown> | AsyncIterable<unknown>,
  nameCase: NameCase,
  layout: CsvLayout,
  maxDepth: number,
): ReadableStream<string> {
  const table = tableFor(schema, nameCase);
  const iterator =
    Symbol.asyncIterator in values ? (values as AsyncIterable<unknown>)[Symbol.asyncIterator]() : (values as Iterable<unknown>)[Symbol.iterator]();
  let index = 0;
  let started = false;
  return new ReadableStream<string>({
    async pull(controller) {
      let piece = started ? "" : headerRow(table, layout);
      started = true;
      try {
        while (piece.length < PIECE_SIZE) {
          const next = await iterator.next();
          if (next.done) {
            if (piece.length > 0) controller.enqueue(piece);
            controller.close();
            return;
          }
          const row = index++;
          piece += guardEncode("csv", () => {
            try {
              if (next.value === null || next.value === undefined) throw new Failure("null-value", "a row cannot be null", -1);
              return dataRow(table, layout, next.value, new WriteState(maxDepth));
            } catch (error) {
              rethrowWithin(error, row);
            }
          });
        }
        controller.enqueue(piece);
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
