import { asDecodeError, DecodeError, Failure, guardEncode, rethrowEncodingWithin } from "../core/errors.js";
import { resolveDecodeOptions, type DecodeOptions } from "../core/options.js";
import { textPieces, type TextSource } from "../core/text-source.js";
import { textStream } from "../core/text-stream.js";
import type { Schema } from "../schema/nodes.js";
import type { NameCase } from "../model/plan.js";
import { WriteState } from "../core/compact-writer.js";
import { dataRow, headerRow, type CsvLayout } from "./encode.js";
import { placeInRow } from "./locate.js";
import { ProblemLog } from "../model/collect.js";
import { TableReading } from "./read.js";
import { RowSplitter, type RowText } from "./split.js";
import { tableFor } from "./table.js";

/** Text arriving in pieces: a web `ReadableStream`, a Node `Readable`, or any (async) iterable of strings or UTF-8 bytes. */
export type CsvSource = TextSource;

/**
 * Decodes a CSV table as it arrives, one typed row at a time, holding only the row not yet
 * complete (at most `maxLength` characters) and the piece being read. `schema` is the row type
 * or a list of it. Rows split as in `csv.decode`, with the same offsets, lines and columns in the
 * whole stream. Only `DecodeError` is thrown; the source is closed when the reader stops early.
 */
export function decodeCsvStream(schema: Schema, source: CsvSource, options?: DecodeOptions): AsyncGenerator<unknown, void, undefined> {
  return readCsvStream(schema, source, options, undefined);
}

/** What a collecting read of a stream found: at most `maxProblems` problems, and how many more. */
export interface StreamCheck {
  readonly issues: DecodeError[];
  more: number;
}

/**
 * The collecting mode of {@link decodeCsvStream} (the CLI's, for files too big to hold): every
 * schema-level problem of a column or cell is recorded, placed in the whole stream, and reading
 * goes on; a quote error, a row of the wrong width or a limit ends the text and is the last issue.
 */
export async function checkCsvStream(schema: Schema, source: CsvSource, options: DecodeOptions, maxProblems: number): Promise<StreamCheck> {
  const found: StreamCheck = { issues: [], more: 0 };
  const log = new ProblemLog(maxProblems);
  try {
    for await (const value of readCsvStream(schema, source, options, { log, issues: found.issues })) void value;
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    if (found.issues.length < maxProblems) found.issues.push(error);
    else found.more++;
  }
  found.more += log.more;
  return found;
}

/** A collecting read's log, and the problems taken from it so far as `DecodeError`s. */
interface StreamLog {
  readonly log: ProblemLog;
  readonly issues: DecodeError[];
}

async function* readCsvStream(schema: Schema, source: CsvSource, options: DecodeOptions | undefined, collecting: StreamLog | undefined): AsyncGenerator<unknown, void, undefined> {
  const { strict, maxDepth, maxLength } = resolveDecodeOptions(options);
  // Streamed rows are a list's elements: a cell's value sits two levels down.
  const reading = new TableReading(tableFor(schema, "camel"), strict, maxDepth, true, collecting?.log);
  const splitter = new RowSplitter();
  // The rows being read: an error's place is in one of them, or in the row not yet complete.
  let batch: RowText[] = [];
  const tooLong = (offset: number) => new Failure("input-too-long", `a row is longer than ${maxLength} characters`, offset + maxLength);
  // Every row before the first error is given, however the text was cut into pieces.
  function* values(): Generator<Record<string, unknown>> {
    batch = splitter.take();
    const long = batch.findIndex((row) => row.text.length > maxLength);
    const { cells, failure } = reading.cells(long < 0 ? batch : batch.slice(0, long), splitter.crBreaks);
    try {
      for (let r = 0; r < cells.length; r++) {
        const value = cells[r] && reading.read(batch[r]!, cells[r]!);
        if (value !== undefined) yield value;
      }
    } finally {
      // The problems recorded in these rows, placed while their text is at hand.
      if (collecting) {
        const { log, issues } = collecting;
        for (let i = issues.length; i < log.failures.length; i++) issues.push(streamError(log.failures[i]!, batch));
      }
    }
    if (failure) throw failure;
    if (long >= 0) throw tooLong(batch[long]!.offset);
    batch = [];
  }
  try {
    for await (const piece of textPieces(source)) {
      splitter.push(piece);
      yield* values();
      if (splitter.pendingLength > maxLength) throw tooLong(splitter.pendingOffset);
    }
    splitter.end();
    yield* values();
    if (!reading.hasHeader) throw new Failure("unexpected-end", "the text has no header row", splitter.pendingOffset);
  } catch (error) {
    throw streamError(error, [...batch, splitter.pending()]);
  }
}

/** A failure as a `DecodeError`, placed by its offset in the whole stream within the rows at hand (in order). */
function streamError(error: unknown, rows: readonly RowText[]): DecodeError {
  if (error instanceof DecodeError) return error;
  if (!(error instanceof Failure)) return asDecodeError("csv", rows[0]!.text, error);
  let row = rows[0]!;
  for (const candidate of rows) if (candidate.offset <= error.offset) row = candidate;
  const { position, excerpt } = placeInRow(row, error.offset);
  const decodeError = new DecodeError("csv", error.code as DecodeError["code"], error.detail, error.path(), position, excerpt);
  if (error.cause !== undefined) (decodeError as { cause?: unknown }).cause = error.cause;
  return decodeError;
}

/**
 * Encodes values as a CSV table, written as they come: the header, then a row per value, in
 * pieces of about 64 KB (the values are pulled and closed as `textStream` says). `schema` is the
 * row type or a list of it. A value the schema refuses errors the stream with an `EncodeError`
 * whose path starts with the row's index.
 */
export function encodeCsvStream(
  schema: Schema,
  values: Iterable<unknown> | AsyncIterable<unknown>,
  nameCase: NameCase,
  layout: CsvLayout,
  maxDepth: number,
): ReadableStream<string> {
  const table = tableFor(schema, nameCase);
  const encodeRow = (value: unknown, row: number): string =>
    guardEncode("csv", () => {
      try {
        if (value === null || value === undefined) throw new Failure("null-value", "a row cannot be null", -1);
        return dataRow(table, layout, value, new WriteState(maxDepth));
      } catch (error) {
        rethrowEncodingWithin(error, row);
      }
    });
  return textStream(values, encodeRow, headerRow(table, layout));
}
