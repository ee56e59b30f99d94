import type { Report } from "../validate.js";

/** One machine-readable report: every file, its problems, and the verdict. */
export function jsonReport(report: Report, expectInvalid: boolean): string {
  const valid = report.unreadable.length === 0 && report.files.every((file) => file.problems.length === 0);
  return (
    JSON.stringify(
      {
        valid,
        expectInvalid,
        files: report.files.map(({ file, format, problems }) => ({ file, format: format ?? null, valid: problems.length === 0, problems: problems.map(({ excerpt: _, ...problem }) => problem) })),
        unreadable: report.unreadable,
      },
      null,
      2,
    ) + "\n"
  );
}
