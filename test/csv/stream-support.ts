import { expect } from "vitest";
import { csv } from "../../src/csv/index.js";
import { DecodeError, type Schema } from "../../src/index.js";

/** Cuts a text into pieces of varying sizes, so that pieces end inside quotes, CRLFs and surrogate pairs. */
export function* pieces(text: string, sizes = [1, 7, 64, 3, 1000, 2]): Generator<string> {
  let at = 0;
  for (let i = 0; at < text.length; i++) {
    const size = sizes[i % sizes.length]!;
    yield text.slice(at, at + size);
    at += size;
  }
}

/** Everything a stream or an (async) iterable gives, in order. */
export async function collect<T>(items: AsyncIterable<T> | ReadableStream<T>): Promise<T[]> {
  const out: T[] = [];
  if ("getReader" in items) {
    const reader = items.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) out.push(next.value);
  } else {
    for await (const item of items) out.push(item);
  }
  return out;
}

/** Reads a stream that must fail, insisting that the failure is a CSV `DecodeError` and nothing else. */
export async function streamError(rows: AsyncIterable<unknown>): Promise<DecodeError> {
  try {
    await collect(rows);
  } catch (error) {
    expect(error).toBeInstanceOf(DecodeError);
    expect((error as DecodeError).format).toBe("csv");
    return error as DecodeError;
  }
  return expect.unreachable("the stream was read to its end");
}

/**
 * What decoding gives, in a shape both readers can be compared on: the rows, or the error's
 * code, path, offset, line and column.
 */
export type Outcome = { rows: unknown[] } | { code: string; path: string; offset: number; line: number; column: number };

function outcomeOf(error: unknown): Outcome {
  expect(error).toBeInstanceOf(DecodeError);
  const { code, path, offset, line, column } = error as DecodeError;
  return { code, path, offset, line, column };
}

/** `csv.decode` of the whole text, as an {@link Outcome}. */
export function decodeOutcome(schema: Schema, text: string, options?: { strict?: boolean }): Outcome {
  try {
    const value = csv.decode(schema as never, text, options);
    return { rows: Array.isArray(value) ? value : [value] };
  } catch (error) {
    return outcomeOf(error);
  }
}

/** `csv.decodeStream` of the pieces, as an {@link Outcome}. */
export async function streamOutcome(schema: Schema, source: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>, options?: { strict?: boolean }): Promise<Outcome> {
  try {
    return { rows: await collect(csv.decodeStream(schema as never, source, options)) };
  } catch (error) {
    return outcomeOf(error);
  }
}

/** The fastest of three runs, in milliseconds, to keep a busy machine's pauses out of a ratio. */
export async function fastest(run: () => Promise<unknown>): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    await run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}
