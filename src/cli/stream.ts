import { categoryOf, DecodeError } from "../core/errors.js";
import { csv } from "../csv/index.js";
import { checkCsvStream, type StreamCheck } from "../csv/stream.js";
import { codecFor, type Format } from "../formats.js";
import { listOf } from "../schema/build.js";
import type { ObjectSchema } from "../schema/nodes.js";
import { EncodingFailure, type TextEncoding } from "./encoding.js";
import { closeFile, openRegular, streamTextPieces, type OpenFile } from "./files.js";
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
  /** Unknown and repeated members are problems. */
  readonly strict: boolean;
  readonly maxLength: number;
}

/** What went wrong in a streamed file: a problem, placed once it is known where. */
export class StreamProblem {
  constructor(readonly problem: Problem) {}
}

/** What validating a streamed file found: its problems, at most `maxProblems`, and how many more. */
export interface StreamedProblems {
  readonly problems: Problem[];
  more: number;
}

/**
 * Validates a streamed file. A JSON or JSV list: every problem, each element checked in collecting
 * mode (`check`) and the next read, until a syntax or limit error ends the file. A CSV table: every
 * problem too, row by row (`checkCsvStream`). Values are looked at and let go.
 */
export async function validateStreamed(source: StreamedFile, maxProblems: number): Promise<StreamedProblems> {
  const found: StreamedProblems = { problems: [], more: 0 };
  const add = (problem: Problem) => (found.problems.length < maxProblems ? found.problems.push(problem) : found.more++);
  try {
    if (source.format === "csv") {
      await checkRows(source, add, (more) => (found.more += more), maxProblems);
      return found;
    }
    await checkElements(source, add, (more) => (found.more += more), maxProblems);
  } catch (error) {
    if (!(error instanceof StreamProblem)) throw error;
    add(error.problem);
  }
  return found;
}

/** Checks every row of a streamed CSV table, going on past schema-level problems. */
async function checkRows(source: StreamedFile, add: (problem: Problem) => void, addMore: (more: number) => void, maxProblems: number): Promise<void> {
  const reading = new CsvReading(source);
  try {
    const checked = await reading.check(maxProblems);
    // Bytes that are not text cut the text short: what that made of its end is not the file's problem.
    const issues = reading.failure ? checked.issues.filter((issue) => categoryOf(issue.code) === "schema") : checked.issues;
    for (const issue of issues) add(issueProblem(issue));
    addMore(checked.more);
    if (reading.failure) throw reading.problem(undefined);
  } finally {
    reading.close();
  }
}

/** Checks each element of a streamed JSON or JSV list, as a list of one, going on past schema-level problems. */
async function checkElements(source: StreamedFile, add: (problem: Problem) => void, addMore: (more: number) => void, maxProblems: number): Promise<void> {
  const codec = codecFor(source.format);
  const schema = listOf(source.type);
  try {
    for await (const element of listElements(source)) {
      const checked = codec.check(schema, element.text, { strict: source.strict, maxLength: element.text.length, maxProblems });
      if (checked.issues === undefined) continue;
      for (const issue of checked.issues) add(elementProblem(source, element, issue));
      addMore(checked.more);
      // A syntax or limit error ends the file, as it ends a text read whole.
      if (checked.issues.some((issue) => categoryOf(issue.code) !== "schema")) return;
    }
  } catch (error) {
    throw placed(source, error);
  }
}

/** A problem of an element read as a list of one, placed in the file. */
function elementProblem(source: StreamedFile, element: ListElement, error: DecodeError): Problem {
  const place = placeInFile(source.path, source.encoding, { units: Math.max(0, element.at + error.offset - element.shift) });
  return problemAt(place, error.code, error.detail, withIndex(error.path, element.index));
}

/** The file's values, one row or element at a time. Throws `StreamProblem`. */
export async function* streamedValues(source: StreamedFile): AsyncGenerator<unknown> {
  if (source.format !== "csv") {
    yield* listValues(source);
    return;
  }
  const reading = new CsvReading(source);
  try {
    for await (const row of reading.rows()) {
      if (reading.failure) break;
      yield row;
    }
  } catch (error) {
    throw reading.problem(error);
  } finally {
    reading.close();
  }
  if (reading.failure) throw reading.problem(undefined);
}

/** The values of a streamed JSON or JSV list, each element decoded as a list of one. */
async function* listValues(source: StreamedFile): AsyncGenerator<unknown> {
  const codec = codecFor(source.format);
  const schema = listOf(source.type);
  try {
    for await (const element of listElements(source)) {
      let values: unknown[];
      try {
        values = codec.decode(schema, element.text, { strict: source.strict, maxLength: element.text.length }) as unknown[];
      } catch (error) {
        if (!(error instanceof DecodeError)) throw error;
        throw new StreamProblem(elementProblem(source, element, error));
      }
      yield values[element.shift > 0 ? 1 : 0];
    }
  } catch (error) {
    throw placed(source, error);
  }
}

/** The elements of a streamed JSON or JSV list, read from the file. */
export async function* listElements(source: StreamedFile): AsyncGenerator<ListElement> {
  const file = openRegular(source.path);
  if (typeof file === "string") throw new StreamProblem(problemAt(FILE_START, "unreadable", file));
  const splitter = new ListSplitter(source.format === "json", source.maxLength);
  for await (const piece of streamTextPieces(file, source.encoding)) yield* splitter.push(piece);
  yield* splitter.end();
}

/** How many bytes csv.decodeStream is handed at once (its `maxLength` bounds each row, whatever the pieces). */
const CSV_PIECE = 64 * 1024;

/** A CSV file read through csv.decodeStream, and what stopped it. */
class CsvReading {
  /** Bytes that are not text end the stream, to be reported as themselves rather than as the row they cut. */
  failure: unknown;
  /** Until its text is read, the file is this reading's to close; then the reading of the text closes it. */
  private file: OpenFile | undefined;

  constructor(private readonly source: StreamedFile) {
    const file = openRegular(source.path);
    if (typeof file === "string") throw new StreamProblem(problemAt(FILE_START, "unreadable", file));
    this.file = file;
  }

  rows(): AsyncGenerator<unknown> {
    return csv.decodeStream(listOf(this.source.type), this.text(), { strict: this.source.strict, maxLength: this.source.maxLength });
  }

  /** Every problem of the table, up to `maxProblems`, in collecting mode: a schema problem does not end it. */
  check(maxProblems: number): Promise<StreamCheck> {
    return checkCsvStream(listOf(this.source.type), this.text(), { strict: this.source.strict, maxLength: this.source.maxLength }, maxProblems);
  }

  private async *text(): AsyncGenerator<string> {
    const piece = CSV_PIECE;
    const file = this.file!;
    this.file = undefined;
    try {
      for await (const whole of streamTextPieces(file, this.source.encoding, piece)) {
        yield whole;
      }
    } catch (error) {
      this.failure = error;
    }
  }

  /** What to throw for `error` (or for the failure that ended the text). */
  problem(error: unknown): unknown {
    if (!this.failure && error instanceof DecodeError) return new StreamProblem(issueProblem(error));
    return placed(this.source, this.failure ?? error);
  }

  close(): void {
    if (this.file) closeFile(this.file);
    this.file = undefined;
  }
}

/** A problem csv.decodeStream reported, where it is in the file (its offsets count a byte-order mark, as the file's do). */
function issueProblem(error: DecodeError): Problem {
  const place = { offset: error.offset, line: error.line, column: error.column, excerpt: error.excerpt };
  return problemAt(place, error.code, error.detail, error.path);
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
