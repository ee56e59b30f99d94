import type { Report } from "../validate.js";

/** A run's report and what was asked of it: what every output format is written from. */
export interface Outcome {
  readonly report: Report;
  /** `--expect-invalid`: the files were meant to fail. */
  readonly expectInvalid: boolean;
  /** The run passes: its exit code is 0. */
  readonly valid: boolean;
  /** No file was checked and `--allow-empty` was not given: the run fails for that alone. */
  readonly nothingChecked: boolean;
}

/** What a run that checked nothing says, in every format. */
export const NOTHING_CHECKED = "no file was checked: no .json, .jsv, .csv or .http file was found under the paths given (--allow-empty lets such a run pass)";
