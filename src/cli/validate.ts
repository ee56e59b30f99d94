import { resolve } from "node:path";
import { DEFAULT_MAX_LENGTH } from "../core/options.js";
import type { ObjectSchema } from "../schema/nodes.js";
import { checkFile } from "./check.js";
import { FolderExpectations, judgeNegative, type ExpectationSource } from "./expectations.js";
import type { IgnoreRules } from "./ignore-rules.js";
import type { FileResult } from "./problem.js";
import { DEFAULT_MAX_PROBLEMS } from "./problems-of.js";
import type { FileSettings } from "./settings.js";
import { compareSiblings, siblingKey, siblingKeys } from "./siblings.js";
import { collectFiles, type Candidate, type Skipped, type Unreadable } from "./walk.js";

export type { FileResult, Problem } from "./problem.js";
export { IGNORE_FILE } from "./walk.js";

/** Files bigger than this that are CSV or a list are read row by row, element by element. */
export const STREAM_ABOVE = 8 * 1024 * 1024;

/** Where expectations come from, and what they report beyond the files: entries that name no file, files that cannot be used. */
export type Expectations = ExpectationSource & { stale?(folders: readonly string[]): FileResult[]; readonly unreadable?: Unreadable[] };

export interface ValidateOptions {
  /** The type of every file `settingsFor` does not type. */
  readonly type: ObjectSchema;
  /** Every file is a negative fixture: it must fail (as stated, when an expectation says how). */
  readonly expectInvalid: boolean;
  /** Unknown and repeated members are problems (default `true`). */
  readonly strict?: boolean;
  /** Compare files that share a base name (default `true`). */
  readonly compare?: boolean;
  /** The longest document read whole, row or element (UTF-16 code units); default `DEFAULT_MAX_LENGTH`. */
  readonly maxLength?: number;
  /** The most problems a file reports; the rest are counted. Default {@link DEFAULT_MAX_PROBLEMS}. */
  readonly maxProblems?: number;
  /** Bytes from which a CSV or a list is streamed rather than read whole; default {@link STREAM_ABOVE}. */
  readonly streamAbove?: number;
  /** How each file is checked (by absolute path), over the options above: a config's patterns and the command line decide it. */
  readonly settingsFor?: (path: string) => Partial<FileSettings>;
  /** gitignore-style patterns (the config's `ignore`) that apply to every path, named or found. */
  readonly ignore?: IgnoreRules;
  /** Files to check beside the paths, as they are (standard input, kept in a file of its own). */
  readonly extraFiles?: readonly Candidate[];
  /** Where negative fixtures find the error each must give, before each folder's `.evo-codec-expect.json`. */
  readonly expectations?: Expectations;
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
  const collected = collectFiles(paths, cwd, { ignore: options.ignore });
  const candidates = [...(options.extraFiles ?? []), ...collected.files];
  const compare = options.compare !== false;
  const shared = compare ? siblingKeys(candidates.map((candidate) => candidate.file)) : new Set<string>();
  const defaults: FileSettings = { type: options.type, strict: options.strict ?? true, maxLength: options.maxLength ?? DEFAULT_MAX_LENGTH, expectInvalid: options.expectInvalid };
  const maxProblems = options.maxProblems ?? DEFAULT_MAX_PROBLEMS;
  const streamAbove = options.streamAbove ?? STREAM_ABOVE;
  const files: FileResult[] = [];
  const unreadable = [...collected.unreadable];
  for (const [index, candidate] of candidates.entries()) {
    const settings = { ...defaults, ...options.settingsFor?.(resolve(cwd, candidate.file)) };
    // A negative fixture is judged on all its problems, whatever --max-problems shows of a failing file.
    const limit = settings.expectInvalid ? Number.MAX_SAFE_INTEGER : maxProblems;
    const outcome = await checkFile(candidate, { ...settings, streamAbove, maxProblems: limit }, shared.has(siblingKey(candidate.file)));
    if ("unreadable" in outcome) unreadable.push(outcome.unreadable);
    else files.push(settings.expectInvalid ? { ...outcome, expectInvalid: true } : outcome);
    options.onFile?.(index + 1, candidates.length);
  }
  if (compare) await compareSiblings(files, options.type);
  for (const result of files) {
    // Kept only for the comparison: let the values go.
    delete result.value;
    delete result.reread;
    delete result.locate;
    delete result.type;
  }
  if (files.some((result) => result.expectInvalid)) {
    const sidecars = new FolderExpectations(cwd);
    const sources = options.expectations ? [options.expectations, sidecars] : [sidecars];
    for (const result of files) {
      if (!result.expectInvalid) continue;
      const path = resolve(cwd, result.file);
      // Each source is asked (so none reports the file's entry as naming no file); the first that states one wins.
      const expected = sources.map((source) => source.expectationFor(path)).find((stated) => stated !== undefined);
      result.problems.splice(0, result.problems.length, ...judgeNegative(result, expected));
      // The verdict replaces the file's problems: those past --max-problems were judged with them.
      delete result.omitted;
    }
    for (const source of sources) {
      files.push(...(source.stale?.(collected.folders) ?? []));
      unreadable.push(...(source.unreadable ?? []));
    }
  }
  for (const result of files) {
    if (result.problems.length <= maxProblems) continue;
    result.omitted = (result.omitted ?? 0) + result.problems.length - maxProblems;
    result.problems.splice(maxProblems);
  }
  return { files, unreadable, skipped: collected.skipped, checked: files.filter((result) => result.checked).length };
}
