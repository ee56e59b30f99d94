import { basename, dirname, join } from "node:path";
import { firstDifferenceAt } from "../core/compare.js";
import { formatPath, type PathSegment } from "../core/path.js";
import { csvNormalised } from "../csv/normalise.js";
import type { ObjectSchema } from "../schema/nodes.js";
import { FILE_START } from "./place.js";
import { problemAt, type FileResult } from "./problem.js";
import { StreamProblem } from "./stream.js";

/** Files in one folder whose names agree up to the first dot are siblings: `s.json`, `s.pretty.jsv`. */
export function siblingKey(file: string): string {
  return join(dirname(file), basename(file).split(".")[0]!);
}

/** The keys shared by more than one of `files`: the files whose values are worth keeping. */
export function siblingKeys(files: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const file of files) {
    const key = siblingKey(file);
    if (seen.has(key)) shared.add(key);
    else seen.add(key);
  }
  return shared;
}

/**
 * Checks that siblings decode to the same value: each against the first of its group, so the
 * work grows linearly with the files. A difference is reported on the later file, at the
 * member's line and column. Only files read as one type are siblings (`type` for a result that
 * does not say its own): a recorded error response is not compared with the DTO beside it.
 */
export async function compareSiblings(results: readonly FileResult[], type: ObjectSchema): Promise<void> {
  const groups = new Map<string, FileResult[]>();
  const typeIds = new Map<ObjectSchema, number>();
  for (const result of results) {
    if (result.value === undefined && result.reread === undefined) continue;
    const own = result.type ?? type;
    if (!typeIds.has(own)) typeIds.set(own, typeIds.size);
    const key = `${typeIds.get(own)}:${siblingKey(result.file)}`;
    const group = groups.get(key);
    if (group) group.push(result);
    else groups.set(key, [result]);
  }
  for (const [first, ...others] of groups.values()) {
    for (const other of others) {
      let difference: PathSegment[] | undefined;
      try {
        difference = await differenceOf(first!, other, other.type ?? type);
      } catch (error) {
        // A big file is read again to compare it: one that changed since it was checked may fail now.
        if (!(error instanceof StreamProblem)) throw error;
        other.problems.push(problemAt(FILE_START, "mismatch", `cannot be compared with ${first!.file}: ${error.problem.message}`));
        continue;
      }
      if (difference === undefined) continue;
      const place = (await other.locate?.(difference)) ?? FILE_START;
      other.problems.push(problemAt(place, "mismatch", `decodes to a different value from ${first!.file}`, formatPath(difference)));
    }
  }
}

/** A file's value as a sequence of elements: a list's, or the one value of a document whose root is an object. */
interface Elements {
  readonly list: boolean;
  readonly values: AsyncIterator<unknown>;
}

function elementsOf(result: FileResult): Elements {
  if (result.reread) return { list: true, values: result.reread()[Symbol.asyncIterator]() };
  const list = Array.isArray(result.value);
  return { list, values: fromArray(list ? (result.value as unknown[]) : [result.value]) };
}

async function* fromArray(values: readonly unknown[]): AsyncGenerator<unknown> {
  yield* values;
}

/**
 * Where `b` first differs from `a`, as a path in `b`'s own value, or `undefined`. CSV reads an
 * empty top-level string back as absent, so when either is CSV both are compared that way. A
 * table of one row is one value, as a single object is written in CSV.
 */
async function differenceOf(a: FileResult, b: FileResult, type: ObjectSchema): Promise<PathSegment[] | undefined> {
  const csv = a.format === "csv" || b.format === "csv";
  const normalised = (value: unknown) => (csv ? csvNormalised(type, value) : value);
  const left = elementsOf(a);
  const right = elementsOf(b);
  try {
    for (let index = 0; ; index++) {
      const [x, y] = await Promise.all([left.values.next(), right.values.next()]);
      if (x.done && y.done) return undefined;
      // Lists of different lengths differ at the first missing element; one value against a
      // list differs unless the list holds that one value alone.
      if (x.done || y.done) return left.list === right.list ? [index] : [];
      const difference = firstDifferenceAt(normalised(x.value), normalised(y.value));
      if (difference !== undefined) return right.list ? [index, ...difference] : difference;
    }
  } finally {
    await Promise.all([left.values.return?.(), right.values.return?.()]);
  }
}
