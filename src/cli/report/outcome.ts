import type { Report } from "../validate.js";

/** A run's report and what was asked of it: what every output format is written from. */
export interface Outcome {
  readonly report: Report;
  /** `--expect-invalid`: every file was meant to fail. */
  readonly expectInvalid: boolean;
  /** The run passes: its exit code is 0. */
  readonly valid: boolean;
  /** The run's exit code. */
  readonly exitCode: number;
  /** No file was checked and `--allow-empty` was not given: the run fails for that alone. */
  readonly nothingChecked: boolean;
  /** `--quiet`: the human-readable outputs show problems only. */
  readonly quiet?: boolean;
  /** The working directory the files' paths are relative to. */
  readonly cwd?: string;
}

/** What a run that checked nothing says, in every format. */
export const NOTHING_CHECKED = "no file was checked: no .json, .jsv, .csv, .jsonl or .http file was found under the paths given (--allow-empty lets such a run pass)";

/** `✔ 3 files valid`, `✔ 2 files invalid, as expected`, `✔ 3 files valid and 2 invalid, as expected`. */
export function verdictOf(outcome: Outcome): string {
  const checked = outcome.report.files.filter((file) => file.checked);
  const negative = checked.filter((file) => file.expectInvalid).length;
  const positive = checked.length - negative;
  const files = (n: number) => `${n} ${n === 1 ? "file" : "files"}`;
  if (negative === 0) return `${files(positive)} valid`;
  if (positive === 0) return `${files(negative)} invalid, as expected`;
  return `${files(positive)} valid and ${negative} invalid, as expected`;
}

/** `and 12 more problems (--max-problems)`, for a file with problems past the limit. */
export function omittedText(omitted: number | undefined): string | undefined {
  if (!omitted) return undefined;
  return `and ${omitted} more ${omitted === 1 ? "problem" : "problems"} in this file (--max-problems raises the limit)`;
}
