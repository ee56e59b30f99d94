import { Readable } from "node:stream";
import { isDeepStrictEqual } from "node:util";
import { csv } from "../../src/csv/index.js";
import { categoryOf, DECODE_ERROR_CODES, DecodeError, jsonl, listOf, SessionInfo, type DecodeErrorCode } from "../../src/index.js";
import { fuzzInput, random } from "./fuzz-harness.js";

// The fuzz contract for the stream decoders (README, "Hostile input"), over every kind of source:
// string pieces, UTF-8 bytes cut anywhere (inside a character too), async generators, web streams,
// Node streams, and sources that fail: one that throws, one that gives a chunk that is neither
// text nor bytes, bytes that stop inside a character. A stream yields values and ends or throws a
// DecodeError with a position; a well-behaved source reads exactly as the whole text does (the
// same values, the same error at the same place); a source that fails is reported as such; and
// the source is closed whenever the reader stops before its end.

export type StreamFormat = "csv" | "jsonl";

const Sessions = listOf(SessionInfo);

const STREAMS: Record<StreamFormat, { whole: (text: string, strict: boolean) => unknown; stream: (source: never, strict: boolean) => AsyncIterable<unknown> }> = {
  csv: { whole: (text, strict) => csv.decode(Sessions, text, { strict }), stream: (source, strict) => csv.decodeStream(Sessions, source, { strict }) },
  jsonl: { whole: (text, strict) => jsonl.decode(Sessions, text, { strict }), stream: (source, strict) => jsonl.decodeStream(Sessions, source, { strict }) },
};

export type SourceKind = "strings" | "bytes" | "generator" | "web stream" | "node stream" | "throws" | "wrong chunk" | "cut character";
export const SOURCE_KINDS: readonly SourceKind[] = ["strings", "bytes", "generator", "web stream", "node stream", "throws", "wrong chunk", "cut character"];
type Kind = SourceKind;
/** Sources that give the whole text, well-formed: they must read as the whole text does. */
const FAITHFUL = new Set<Kind>(["strings", "bytes", "generator", "web stream", "node stream"]);

export interface StreamCounts {
  format: StreamFormat;
  seed: number;
  inputs: number;
  values: number;
  errors: number;
  /** Inputs read to the end, and inputs whose reader stopped early (a loop that breaks). */
  completed: number;
  stoppedEarly: number;
  codes: Record<string, number>;
  kinds: Record<string, number>;
}

/** A source of the given kind over `text`, and a flag that says whether it was closed before its end. */
interface Source {
  source: unknown;
  closed: () => boolean;
  /** Whether the source ran to its end (so there was nothing to close). */
  finished: () => boolean;
}

const utf8 = new TextEncoder();

function cuts(length: number, next: () => number): number[] {
  const count = Math.floor(next() * 6);
  return [...new Set(Array.from({ length: count }, () => Math.floor(next() * (length + 1))))].sort((a, b) => a - b);
}

function piecesOf<T extends string | Uint8Array>(whole: T, at: number[]): T[] {
  const out: T[] = [];
  let from = 0;
  for (const to of [...at, whole.length]) {
    out.push(whole.slice(from, to) as T);
    from = to;
  }
  return out;
}

function sourceOf(kind: Kind, text: string, next: () => number): Source {
  let closed = false;
  let finished = false;
  const bytes = utf8.encode(text);
  const stringPieces = piecesOf(text, cuts(text.length, next));
  const bytePieces = piecesOf(bytes, cuts(bytes.length, next));
  const chunks: unknown[] = kind === "strings" || kind === "generator" || kind === "web stream" ? stringPieces : bytePieces;
  const failAfter = Math.floor(next() * (chunks.length + 1));
  const wrong = [5, null, {}, [1, 2], true][Math.floor(next() * 5)];
  async function* generate(): AsyncGenerator<unknown> {
    try {
      for (let i = 0; i < chunks.length; i++) {
        if (kind === "throws" && i === failAfter) throw Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" });
        if (kind === "wrong chunk" && i === failAfter) yield wrong;
        yield chunks[i];
      }
      if (kind === "throws" && failAfter === chunks.length) throw Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" });
      if (kind === "wrong chunk" && failAfter === chunks.length) yield wrong;
      if (kind === "cut character") yield Uint8Array.of(0xe2, 0x82);
      finished = true;
    } finally {
      if (!finished) closed = true;
    }
  }
  switch (kind) {
    case "strings":
      return { source: stringPieces, closed: () => true, finished: () => true };
    case "bytes":
      return { source: bytePieces, closed: () => true, finished: () => true };
    case "web stream": {
      let i = 0;
      const stream = new ReadableStream<string>({
        pull(controller) {
          if (i < stringPieces.length) controller.enqueue(stringPieces[i++]!);
          else {
            finished = true;
            controller.close();
          }
        },
        cancel() {
          closed = true;
        },
      });
      return { source: stream, closed: () => closed, finished: () => finished };
    }
    case "node stream": {
      const readable = Readable.from(bytePieces.map((piece) => Buffer.from(piece)), { objectMode: true });
      readable.on("end", () => (finished = true));
      return { source: readable, closed: () => readable.destroyed, finished: () => finished || readable.readableEnded };
    }
    default:
      return { source: generate(), closed: () => closed, finished: () => finished };
  }
}

function brokenPromise(error: unknown, text: string): string | undefined {
  if (!(error instanceof DecodeError)) return `threw ${String(error)} instead of a DecodeError`;
  if (!(DECODE_ERROR_CODES as readonly string[]).includes(error.code)) return `unknown code ${error.code}`;
  if (error.code === "internal") return `an internal error: ${String((error as { cause?: unknown }).cause)}`;
  if (!(error.line >= 1 && error.column >= 1)) return `line ${error.line}, column ${error.column}`;
  if (!(error.offset >= 0 && error.offset <= text.length)) return `offset ${error.offset} outside the text`;
  return undefined;
}

type Place = { code: string; path: string; offset: number; line: number; column: number };
type Outcome = { values: unknown[] } | (Place & { values: unknown[] });

function pick(error: Place): Place {
  const { code, path, offset, line, column } = error;
  return { code, path, offset, line, column };
}

function outcomeOf(values: unknown[], thrown: unknown): Outcome {
  return thrown === undefined ? { values } : { values, ...pick(thrown as DecodeError) };
}

function wholeOutcome(format: StreamFormat, text: string, strict: boolean): Outcome {
  try {
    return { values: STREAMS[format].whole(text, strict) as unknown[] };
  } catch (error) {
    return { values: [], ...pick(error as DecodeError) };
  }
}

async function streamOutcome(format: StreamFormat, source: unknown, strict: boolean): Promise<Outcome> {
  const values: unknown[] = [];
  try {
    for await (const value of STREAMS[format].stream(source as never, strict)) values.push(value);
  } catch (error) {
    return outcomeOf(values, error);
  }
  return { values };
}

/** An error about the rows or lines themselves (a schema error, a row of the wrong width), not about the text. */
function aboutRows(code: string): boolean {
  return code === "field-count" || categoryOf(code as DecodeErrorCode) === "schema";
}

/**
 * Runs `count` inputs through one stream decoder, each from a source of one of `kinds`; throws
 * (with the seed, the source and the input) at the first broken promise.
 */
export async function fuzzStream(format: StreamFormat, count: number, seed: number, kinds: readonly SourceKind[] = SOURCE_KINDS): Promise<StreamCounts> {
  const next = random(seed);
  const counts: StreamCounts = { format, seed, inputs: 0, values: 0, errors: 0, completed: 0, stoppedEarly: 0, codes: {}, kinds: {} };
  for (let i = 0; i < count; i++) {
    const text = fuzzInput(format, next);
    const kind = kinds[Math.floor(next() * kinds.length)]!;
    const strict = next() < 0.5;
    // A quarter of the readers stop after a few values, as a loop that breaks.
    const stopAfter = next() < 0.25 ? Math.floor(next() * 3) : Infinity;
    const fail = (problem: string) => new Error(`${format} stream fuzz, seed ${seed}, input #${i} (${kind}) ${JSON.stringify(text.slice(0, 300))}: ${problem}`);
    const { source, closed, finished } = sourceOf(kind, text, next);
    // Bytes hold well-formed text only: a lone surrogate goes as U+FFFD, and the stream reads that.
    const given = kind === "strings" || kind === "generator" || kind === "web stream" ? text : new TextDecoder("utf-8", { ignoreBOM: true }).decode(utf8.encode(text));
    const values: unknown[] = [];
    let thrown: unknown;
    try {
      for await (const value of STREAMS[format].stream(source as never, strict)) {
        if (values.length === stopAfter) break;
        values.push(value);
      }
    } catch (error) {
      thrown = error;
    }
    counts.inputs++;
    counts.kinds[kind] = (counts.kinds[kind] ?? 0) + 1;
    counts.values += values.length;
    const stopped = thrown === undefined && values.length === stopAfter;
    if (stopped) counts.stoppedEarly++;
    else counts.completed++;
    if (thrown !== undefined) {
      counts.errors++;
      const problem = brokenPromise(thrown, given);
      if (problem) throw fail(problem);
      const error = thrown as DecodeError;
      counts.codes[error.code] = (counts.codes[error.code] ?? 0) + 1;
      if (kind === "throws" && error.code === "source-failed" && (error as { cause?: { code?: string } }).cause?.code !== "ECONNRESET") {
        throw fail("a source that threw is source-failed without its error as cause");
      }
    }
    if ((stopped || thrown !== undefined) && !finished() && !closed()) throw fail("the reader stopped before the end and the source was not closed");
    if (FAITHFUL.has(kind) && !stopped) {
      // However the text is cut, a stream reads the same: as the text in one piece.
      const streamed = outcomeOf(values, thrown);
      const onePiece = await streamOutcome(format, [given], strict);
      if (!isDeepStrictEqual(streamed, onePiece)) throw fail(`cut into pieces it reads otherwise than in one: ${JSON.stringify(streamed).slice(0, 300)} / ${JSON.stringify(onePiece).slice(0, 300)}`);
      // And as the whole text does: the same values; the same error where both are about rows (a
      // whole text reports a quote error before any schema error, a stream the first in its order).
      const whole = wholeOutcome(format, given, strict);
      const comparable = !("code" in whole) || !("code" in streamed) || (aboutRows(whole.code) && aboutRows(streamed.code));
      if (comparable && !isDeepStrictEqual("code" in whole ? pick(whole) : whole, "code" in streamed ? pick(streamed) : streamed)) {
        throw fail(`the stream and the whole text disagree: ${JSON.stringify("code" in streamed ? pick(streamed) : streamed).slice(0, 300)} / ${JSON.stringify("code" in whole ? pick(whole) : whole).slice(0, 300)}`);
      }
    }
    if (kind === "wrong chunk" && thrown === undefined && !stopped) throw fail("a chunk that is neither text nor bytes was read");
  }
  return counts;
}
