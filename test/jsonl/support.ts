import { listOf, SessionInfo } from "../../src/index.js";
import { sessionVectors } from "../support/vectors.js";

export const Sessions = listOf(SessionInfo);

/** The reference vectors' sessions, and their JSON as the reference wrote it (what each line must be). */
export const vectorValues = sessionVectors.filter((v) => v.kind === "single").map((v) => v.value);
export const vectorJson = sessionVectors.filter((v) => v.kind === "single").map((v) => v.json!);

/** Cuts a text into pieces of varying sizes, so that pieces end inside lines, CRLFs and surrogate pairs. */
export function* pieces(text: string, sizes = [1, 7, 64, 3, 1000, 2]): Generator<string> {
  let at = 0;
  for (let i = 0; at < text.length; i++) {
    const size = sizes[i % sizes.length]!;
    yield text.slice(at, at + size);
    at += size;
  }
}

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
