import { DecodeError } from "../core/errors.js";
import { csv } from "../csv/index.js";
import { codecFor, type Format } from "../formats.js";
import { listOf } from "../schema/build.js";
import type { ObjectSchema } from "../schema/nodes.js";
import { EncodingFailure, type TextEncoding } from "./encoding.js";
import { closeFile, openRegular, textPieces } from "./files.js";
import { ListSplitter, SplitFailure, type ListElement } from "./list-split.js";
import { FILE_START, placeInFile } from "./place.js";
import { problemAt, type Problem } from "./problem.js";

// Files too big to hold as one string: a CSV table read row by row with csv.decodeStream, a
// JSON or JSV list element by element. Memory stays bounded by the longest row or element.

/** A streamed file: where it is and how its text is read. */
export interface StreamedFile {
  readonly path: string;
  readonly encoding: TextEncoding;
  readonly format: Format;
  readonly type: ObjectSchema;
  readonly maxLength: number;
}

/** What went wrong in a streamed file: a problem, placed once it is known where. */
export class StreamProblem {
  constructor(readonly problem: Problem) {}
}

/** The file's values, one row or element at a time. Throws `StreamProblem` at the first problem. */
export async function* streamedValues(source: StreamedFile): AsyncGenerator<unknown> {
  if (source.format === "csv") {
    yield* csvRows(source);
    return;
  }
  const codec = codecFor(source.format);
  const schema = listOf(source.type);
  try {
    for (const element of listElements(source)) {
      let values: unknown[];
      try {
        values = codec.decode(schema, element.text, { strict: true, maxLength: element.text.length }) as unknown[];
      } catch (error) {
        if (!(error instanceof DecodeError)) throw error;
        const place = placeInFile(source.path, source.encoding, { units: Math.max(0, element.at + error.offset - element.shift) });
        throw new StreamProblem(problemAt(place, error.code, error.detail, withIndex(error.path, element.index)));
      }
      yield values[element.shift > 0 ? 1 : 0];
    }
  } catch (error) {
    throw placed(source, error);
  }
}

/** The elements of a streamed JSON or JSV list, read from the file. */
export function* listElements(source: StreamedFile): Generator<ListElement> {
  const file = openRegular(source.path);
  if (typeof file === "string") throw new StreamProblem(problemAt(FILE_START, "unreadable", file));
  const splitter = new ListSplitter(source.format === "json", source.maxLength);
  try {
    for (const piece of textPieces(file, source.encoding)) yield* splitter.push(piece);
    yield* splitter.end();
  } finally {
    closeFile(file);
  }
}

/** How much text csv.decodeStream is handed at once: it bounds its buffer, unfinished row and new piece together. */
const CSV_PIECE = 64 * 1024;

async function* csvRows(source: StreamedFile): AsyncGenerator<unknown> {
  const file = openRegular(source.path);
  if (typeof file === "string") throw new StreamProblem(problemAt(FILE_START, "unreadable", file));
  let failure: unknown;
  let bom = false;
  const piece = Math.max(1, Math.min(CSV_PIECE, Math.floor(source.maxLength / 4)));
  // Bytes that are not text end the stream here, to be reported as themselves rather than as the row they cut.
  function* text(): Generator<string> {
    try {
      for (const whole of textPieces(file as { fd: number; size: number }, source.encoding)) {
        if (!bom && whole.charCodeAt(0) === 0xfeff) bom = true;
        for (let i = 0; i < whole.length; i += piece) yield whole.slice(i, i + piece);
      }
    } catch (error) {
      failure = error;
    }
  }
  try {
    for await (const row of csv.decodeStream(listOf(source.type), text(), { strict: true, maxLength: source.maxLength })) {
      if (failure) break;
      yield row;
    }
  } catch (error) {
    if (!failure && error instanceof DecodeError) {
      // decodeStream counts from after a byte-order mark; the file's offsets count it.
      const shift = bom ? 1 : 0;
      const place = { offset: error.offset + shift, line: error.line, column: error.column + (error.line === 1 ? shift : 0), excerpt: error.excerpt };
      throw new StreamProblem(problemAt(place, error.code, error.detail, error.path));
    }
    failure ??= error;
  } finally {
    closeFile(file);
  }
  if (failure) throw placed(source, failure);
}

/** A failure of the reading or splitting, placed in the file. */
function placed(source: StreamedFile, error: unknown): unknown {
  if (error instanceof EncodingFailure) {
    return new StreamProblem(problemAt(placeInFile(source.path, source.encoding, { bytes: error.byteOffset }), "encoding", error.message));
  }
  if (error instanceof SplitFailure) {
    return new StreamProblem(problemAt(placeInFile(source.path, source.encoding, { units: error.offset }), error.code, error.message));
  }
  return error;
}

/** `[0].role` in an element read as a list of one is `[index].role` in the file's list. */
function withIndex(path: string, index: number): string {
  if (!path.startsWith("[")) return path;
  return `[${index}]${path.slice(path.indexOf("]") + 1)}`;
}

/** Validates a streamed file: its first problem, if any. */
export async function validateStreamed(source: StreamedFile): Promise<Problem | undefined> {
  try {
    for await (const value of streamedValues(source)) void value;
    return undefined;
  } catch (error) {
    if (error instanceof StreamProblem) return error.problem;
    throw error;
  }
}
