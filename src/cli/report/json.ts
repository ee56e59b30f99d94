import { escapeJsonControls } from "../terminal.js";
import type { Outcome } from "./outcome.js";

/**
 * One machine-readable report: every file (the type it was read as, whether it is a negative
 * fixture, its problems, how many more there were, what a recorded error response says), what
 * could not be read or was skipped, and the verdict.
 */
export function jsonReport(outcome: Outcome): string {
  const { report } = outcome;
  const text = JSON.stringify(
    {
      valid: outcome.valid,
      expectInvalid: outcome.expectInvalid,
      checked: report.checked,
      files: report.files.map(({ file, format, typeName, expectInvalid, problems, omitted, note }) => ({
        file,
        format: format ?? null,
        type: typeName ?? null,
        ...(expectInvalid ? { expectInvalid: true } : {}),
        valid: problems.length === 0,
        problems: problems.map(({ excerpt: _, wholeFile: __, ...problem }) => problem),
        ...(omitted ? { omitted } : {}),
        ...(note === undefined ? {} : { note }),
      })),
      unreadable: report.unreadable,
      skipped: report.skipped,
    },
    null,
    2,
  );
  return escapeJsonControls(text) + "\n";
}
