import { Failure } from "./errors.js";
import { describeValue, quoteText } from "./objects.js";
import { InvalidUtf8, Utf8Pieces } from "./utf8.js";

// Turns whatever a stream decoder is given into pieces of text, for every format that reads a
// stream (CSV, JSON Lines): the source's own failures are told apart from the text's, and the
// source is closed on every way out.

/**
 * Text arriving in pieces: a web `ReadableStream` (a `fetch` body), a Node `Readable`, or any
 * (async) iterable, each giving strings or UTF-8 bytes (`Uint8Array`, `Buffer`).
 */
export type TextSource = ReadableStream<string | Uint8Array> | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/**
 * The source failed (code `source-failed`, the source's own error as `cause`), or its bytes are
 * not UTF-8 (`syntax`). `offset` is in the text given so far: its end, or where bad bytes start.
 */
export class SourceFailure extends Failure {
  constructor(code: "source-failed" | "syntax", detail: string, offset: number, cause?: unknown) {
    super(code, detail, offset);
    this.cause = cause;
  }
}

/**
 * The text of `source`, piece by piece. Strings are given as they are; bytes are read as strict
 * UTF-8, a character may be cut between pieces, and a BOM is kept (it counts in offsets). Only
 * {@link SourceFailure} is thrown. The source is closed on every way out before its end: a web
 * stream is cancelled, an iterator's `return()` is called (a generator's `finally` runs, a Node
 * `Readable` is destroyed), when the reader stops early or fails. A source that fails is not
 * closed again: it has ended.
 */
export async function* textPieces(source: TextSource): AsyncGenerator<string, void, undefined> {
  const chunks = openChunks(source);
  const utf8 = new Utf8Pieces();
  let offset = 0;
  let ended = false;
  try {
    for (;;) {
      let next: IteratorResult<unknown>;
      try {
        next = await chunks.next();
      } catch (error) {
        ended = true;
        if (error instanceof SourceFailure) throw error; // a source that could not be opened
        throw new SourceFailure("source-failed", `reading the source failed: ${messageOf(error)}`, offset, error);
      }
      if (next.done) break;
      let text: string;
      const chunk = next.value;
      if (typeof chunk === "string") {
        if (utf8.cut) throw new SourceFailure("syntax", "the bytes end inside a UTF-8 sequence", offset);
        text = chunk;
      } else if (isBytes(chunk)) {
        try {
          text = utf8.decode(chunk);
        } catch (error) {
          if (!(error instanceof InvalidUtf8)) throw error;
          if (error.text.length > 0) yield error.text;
          throw new SourceFailure("syntax", "the bytes are not valid UTF-8", offset + error.text.length);
        }
      } else {
        throw new SourceFailure("source-failed", `the source gave ${describeChunk(chunk)}, not a string or bytes (a Uint8Array)`, offset);
      }
      offset += text.length;
      if (text.length > 0) yield text;
    }
    ended = true;
    if (utf8.cut) throw new SourceFailure("syntax", "the bytes end inside a UTF-8 sequence", offset);
  } finally {
    if (!ended) await chunks.close();
  }
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
    return failedChunks(new SourceFailure("source-failed", `the source is ${describeChunk(source)}, not a ReadableStream, a Node Readable or an iterable`, 0));
  }
  try {
    return open();
  } catch (error) {
    // A stream another reader holds, an iterator that cannot start.
    return failedChunks(new SourceFailure("source-failed", `the source cannot be read: ${messageOf(error)}`, 0, error));
  }
}

function failedChunks(failure: SourceFailure): Chunks {
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
