import { escapeJsonControls } from "../terminal.js";
import type { Outcome } from "./outcome.js";

/** One machine-readable report: every file, its problems, what was skipped, and the verdict. */
export function jsonReport(outcome: Outcome): string {
  const { report } = outcome;
  const text = JSON.stringify(
    {
      valid: outcome.valid,
      expectInvalid: outcome.expectInvalid,
      checked: report.checked,
      files: report.files.map(({ file, format, problems }) => ({ file, format: format ?? null, valid: problems.length === 0, problems: problems.map(({ excerpt: _, ...problem }) => problem) })),
      unreadable: report.unreadable,
      skipped: report.skipped,
    },
    null,
    2,
  );
  return escapeJsonControls(text) + "\n";
}
