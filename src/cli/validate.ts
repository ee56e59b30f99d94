import { resolve } from "node:path";
import { DEFAULT_MAX_LENGTH } from "../core/options.js";
import type { ObjectSchema } from "../schema/nodes.js";
import { checkFile } from "./check.js";
import { FolderExpectations, judgeNegative, type ExpectationSource } from "./expectations.js";
import type { FileResult } from "./problem.js";
import { compareSiblings, siblingKey, siblingKeys } from "./siblings.js";
import { collectFiles, type Skipped, type Unreadable } from "./walk.js";

export type { FileResult, Problem } from "./problem.js";
export { IGNORE_FILE } from "./walk.js";

/** Files bigger than this that are CSV or a list are read row by row, element by element. */
export const STREAM_ABOVE = 8 * 1024 * 1024;

export interface ValidateOptions {
  readonly type: ObjectSchema;
  /** Succeed only when every file fails: for folders of known-bad inputs. */
  readonly expectInvalid: boolean;
  /** Compare files that share a base name (default `true`). */
  readonly compare?: boolean;
  /** The longest document read whole, row or element (UTF-16 code units); default `DEFAULT_MAX_LENGTH`. */
  readonly maxLength?: number;
  /** Bytes from which a CSV or a list is streamed rather than read whole; default {@link STREAM_ABOVE}. */
  readonly streamAbove?: number;
  /** Where `--expect-invalid` finds the error each file must give; default each folder's `.evo-codec-expect.json`. */
  readonly expectations?: ExpectationSource & { stale?(folders: readonly string[]): FileResult[]; readonly unreadable?: Unreadable[] };
  /** Called after each file, for progress. */
  readonly onFile?: (done: number, total: number) => void;
}

export interface Report {
  readonly files: FileResult[];
  /** Paths that could not be read at all, and `.evo-codec-*` files that could not be used (exit code 2). */
  readonly unreadable: Unreadable[];
  /** What the walk did not check, and why. */
  readonly skipped: Skipped[];
  /** How many files were read and decoded. */
  readonly checked: number;
}

/** Decodes every file strictly, then checks that files sharing a base name hold the same value. */
export async function validate(paths: readonly string[], cwd: string, options: ValidateOptions): Promise<Report> {
  const collected = collectFiles(paths, cwd);
  const compare = options.compare !== false;
  const shared = compare ? siblingKeys(collected.files.map((candidate) => candidate.file)) : new Set<string>();
  const checkOptions = { type: options.type, maxLength: options.maxLength ?? DEFAULT_MAX_LENGTH, streamAbove: options.streamAbove ?? STREAM_ABOVE };
  const files: FileResult[] = [];
  const unreadable = [...collected.unreadable];
  for (const [index, candidate] of collected.files.entries()) {
    const outcome = await checkFile(candidate, checkOptions, shared.has(siblingKey(candidate.file)));
    if ("unreadable" in outcome) unreadable.push(outcome.unreadable);
    else files.push(outcome);
    options.onFile?.(index + 1, collected.files.length);
  }
  if (compare) await compareSiblings(files, options.type);
  for (const result of files) {
    // Kept only for the comparison: let the values go.
    delete result.value;
    delete result.reread;
    delete result.locate;
  }
  if (options.expectInvalid) {
    const expectations = options.expectations ?? new FolderExpectations(cwd);
    for (const result of files) {
      const judged = judgeNegative(result, expectations.expectationFor(resolve(cwd, result.file)));
      result.problems.splice(0, result.problems.length, ...judged);
    }
    files.push(...(expectations.stale?.(collected.folders) ?? []));
    unreadable.push(...(expectations.unreadable ?? []));
  }
  return { files, unreadable, skipped: collected.skipped, checked: files.filter((result) => result.checked).length };
}
