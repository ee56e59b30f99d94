import type { Report } from "../validate.js";

export interface TextStyle {
  readonly colour: boolean;
  /** The files were meant to fail (`--expect-invalid`): say so in the summary. */
  readonly expectInvalid: boolean;
}

const paint = (on: boolean, code: string, text: string) => (on ? `\x1b[${code}m${text}\x1b[0m` : text);

/** For people: `file:line:col  error  code  path: message`, the line with a caret, a summary. */
export function textReport(report: Report, style: TextStyle): string {
  const { colour } = style;
  let out = "";
  for (const { path, message } of report.unreadable) out += `${paint(colour, "1", path)}  ${paint(colour, "31", "error")}  unreadable: ${message}\n`;
  let problems = 0;
  let failed = 0;
  for (const file of report.files) {
    if (file.problems.length > 0) failed++;
    for (const problem of file.problems) {
      problems++;
      const where = problem.path === "" ? "" : `${problem.path}: `;
      out += `${paint(colour, "1", `${file.file}:${problem.line}:${problem.column}`)}  ${paint(colour, "31", "error")}  ${paint(colour, "33", problem.code)}  ${where}${problem.message}\n`;
      if (problem.excerpt) out += problem.excerpt.split("\n").map((line) => paint(colour, "2", `    ${line}`)).join("\n") + "\n";
    }
  }
  const total = report.files.length;
  if (problems === 0 && report.unreadable.length === 0) {
    const verdict = style.expectInvalid ? "invalid, as expected" : "valid";
    out += paint(colour, "32", `✔ ${total} ${total === 1 ? "file" : "files"} ${verdict}`) + "\n";
  } else {
    const unreadable = report.unreadable.length > 0 ? `, ${report.unreadable.length} unreadable` : "";
    out += paint(colour, "31", `✖ ${problems} ${problems === 1 ? "problem" : "problems"} in ${failed} of ${total} files${unreadable}`) + "\n";
  }
  return out;
}
