import { ByteDecoder } from "./byte-decoder.js";
import { Failure } from "./errors.js";
import { describeValue, quoteText } from "./objects.js";

// Turns whatever a stream decoder is given into pieces of text, for every reader of a stream
// (CSV, JSON Lines, HTTP bodies): the source's own failures are told apart from the text's, and
// the source is closed on every way out.

/**
 * Text arriving in pieces: a web `ReadableStream` (a `fetch` body), a Node `Readable`, or any
 * (async) iterable, each giving strings or bytes (`Uint8Array`, `Buffer`).
 */
export type TextSource = ReadableStream<string | Uint8Array> | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/**
 * The text of `source`, piece by piece. Strings are given as they are; bytes are decoded by a
 * {@link ByteDecoder} (strict UTF-8 unless `charset` names another encoding), a character may be
 * cut between pieces, and a BOM is kept (it counts in offsets). Only a `Failure` is thrown, its
 * offset in the text given so far:
 * - `source-failed`: the source threw (its error is the `cause`), cannot be read, or gave a chunk
 *   that is neither a string nor bytes (named in the message); at the end of the text it gave;
 * - `syntax` (an `InvalidBytes`): bytes that are not text in their encoding, where they start,
 *   after the text before them has been given; bytes that end inside a character, at the end;
 * - `unsupported-charset`: no `TextDecoder` knows `charset`.
 *
 * The source is closed on every way out before its end: a web stream is cancelled and released,
 * an iterator's `return()` is called (a generator's `finally` runs, a Node `Readable` is
 * destroyed), when the reader stops early or the text fails. A source that throws is not closed
 * again: it has ended.
 */
export async function* textPieces(source: TextSource, charset = "utf-8"): AsyncGenerator<string, void, undefined> {
  const chunks = openChunks(source);
  let ended = false;
  try {
    const bytes = new ByteDecoder(charset);
    for (;;) {
      let next: IteratorResult<unknown>;
      try {
        next = await chunks.next();
      } catch (error) {
        ended = true;
        if (error instanceof Failure) throw error; // a source that could not be opened
        throw sourceFailed(`reading the source failed: ${messageOf(error)}`, bytes.offset, error);
      }
      if (next.done) break;
      const text = textOf(next.value, bytes);
      if (text.length > 0) yield text;
      if (bytes.problem) throw bytes.problem;
    }
    ended = true;
    const rest = bytes.end();
    if (rest.length > 0) yield rest;
    if (bytes.problem) throw bytes.problem;
  } finally {
    if (!ended) await chunks.close();
  }
}

function textOf(chunk: unknown, bytes: ByteDecoder): string {
  if (typeof chunk === "string") return bytes.text(chunk);
  if (isBytes(chunk)) return bytes.decode(chunk);
  throw sourceFailed(`the source gave ${describeChunk(chunk)}, not a string or bytes (a Uint8Array)`, bytes.offset);
}

function sourceFailed(detail: string, offset: number, cause?: unknown): Failure {
  const failure = new Failure("source-failed", detail, offset);
  failure.cause = cause;
  return failure;
}

/** A source's chunks, and how to stop it early. */
interface Chunks {
  next(): Promise<IteratorResult<unknown>>;
  close(): Promise<void>;
}

function openChunks(source: TextSource): Chunks {
  let open: (() => Chunks) | undefined;
  if (typeof (source as Partial<ReadableStream>)?.getReader === "function") open = () => streamChunks(source as ReadableStream<unknown>);
  else {
    const iterable = source as Partial<AsyncIterable<unknown> & Iterable<unknown>> | null | undefined;
    const iterate: unknown = iterable?.[Symbol.asyncIterator] ?? iterable?.[Symbol.iterator];
    if (typeof iterate === "function") open = () => iteratorChunks((iterate as () => AsyncIterator<unknown> | Iterator<unknown>).call(source));
  }
  if (open === undefined) {
    return failedChunks(sourceFailed(`the source is ${describeChunk(source)}, not a ReadableStream, a Node Readable or an iterable`, 0));
  }
  try {
    return open();
  } catch (error) {
    // A stream another reader holds, an iterator that cannot start.
    return failedChunks(sourceFailed(`the source cannot be read: ${messageOf(error)}`, 0, error));
  }
}

function failedChunks(failure: Failure): Chunks {
  return { next: () => Promise.reject(failure), close: async () => undefined };
}

function streamChunks(stream: ReadableStream<unknown>): Chunks {
  const reader = stream.getReader();
  return {
    next: async () => {
      try {
        const next = await reader.read();
        if (next.done) reader.releaseLock();
        return next;
      } catch (error) {
        reader.releaseLock();
        throw error;
      }
    },
    close: async () => {
      // A `fetch` body's connection is released only when its stream is cancelled.
      await reader.cancel().catch(() => undefined);
      reader.releaseLock();
    },
  };
}

function iteratorChunks(iterator: AsyncIterator<unknown> | Iterator<unknown>): Chunks {
  return {
    next: async () => iterator.next(),
    close: async () => {
      // Closing is courtesy: the reader's own outcome (a break, a DecodeError) is what counts.
      await Promise.resolve()
        .then(() => iterator.return?.())
        .catch(() => undefined);
    },
  };
}

function isBytes(chunk: unknown): chunk is Uint8Array {
  // `Buffer` is a `Uint8Array`; the tag also recognises one made in another realm (a worker, an iframe).
  return chunk instanceof Uint8Array || (ArrayBuffer.isView(chunk) && Object.prototype.toString.call(chunk) === "[object Uint8Array]");
}

/** What a chunk that is neither text nor bytes is, for the message: `number 5`, `an object (ArrayBuffer)`. */
function describeChunk(chunk: unknown): string {
  if (chunk === undefined) return "undefined";
  if (typeof chunk === "function") return "a function";
  if (typeof chunk === "object" && chunk !== null && !Array.isArray(chunk)) {
    try {
      const name: unknown = Object.getPrototypeOf(chunk)?.constructor?.name;
      if (typeof name === "string" && name !== "" && name !== "Object") return `an object (${name})`;
    } catch {
      // A Proxy or a getter that throws: say what it is without asking it more.
      return "an object";
    }
  }
  return describeValue(chunk);
}

/** A source's error as a message may quote it, whatever was thrown. */
function messageOf(error: unknown): string {
  try {
    return quoteText(error instanceof Error ? error.message : String(error));
  } catch {
    return "(an error that cannot be shown as text)";
  }
}
