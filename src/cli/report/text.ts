import { printable, printableExcerpt } from "../terminal.js";
import { NOTHING_CHECKED, omittedText, verdictOf, type Outcome } from "./outcome.js";

const paint = (on: boolean, code: string, text: string) => (on ? `\x1b[${code}m${text}\x1b[0m` : text);

/**
 * For people: `file:line:col  error  code  path: message`, the line with a caret, what was
 * skipped, what a valid file holds worth saying (a recorded error response), a summary. With
 * `quiet`, problems only. Everything from the repository is made printable, terminal or not.
 */
export function textReport(outcome: Outcome, colour: boolean): string {
  const { report, quiet } = outcome;
  let out = "";
  for (const { path, message } of report.unreadable) out += `${paint(colour, "1", printable(path))}  ${paint(colour, "31", "error")}  unreadable: ${printable(message)}\n`;
  if (!quiet) for (const { path, reason } of report.skipped) out += `${paint(colour, "1", printable(path))}  ${paint(colour, "33", "skipped")}  ${printable(reason)}\n`;
  let problems = 0;
  let failed = 0;
  for (const file of report.files) {
    if (file.problems.length > 0) failed++;
    if (file.note !== undefined && !quiet) out += `${paint(colour, "1", printable(file.file))}  ${paint(colour, "36", "note")}  ${printable(file.note)}\n`;
    for (const problem of file.problems) {
      problems++;
      const where = problem.path === "" ? "" : `${printable(problem.path)}: `;
      out += `${paint(colour, "1", `${printable(file.file)}:${problem.line}:${problem.column}`)}  ${paint(colour, "31", "error")}  ${paint(colour, "33", printable(problem.code))}  ${where}${printable(problem.message)}\n`;
      if (problem.excerpt) out += printableExcerpt(problem.excerpt).split("\n").map((line) => paint(colour, "2", `    ${line}`)).join("\n") + "\n";
    }
    const omitted = omittedText(file.omitted);
    if (omitted) {
      problems += file.omitted!;
      out += `${paint(colour, "1", printable(file.file))}  ${paint(colour, "31", "error")}  ${omitted}\n`;
    }
  }
  const total = report.files.length;
  const skipped = report.skipped.length > 0 ? `, ${report.skipped.length} skipped` : "";
  if (outcome.nothingChecked) {
    out += paint(colour, "31", `✖ ${NOTHING_CHECKED}${skipped}`) + "\n";
  } else if (problems === 0 && report.unreadable.length === 0) {
    if (!quiet) out += paint(colour, "32", `✔ ${verdictOf(outcome)}${skipped}`) + "\n";
  } else {
    const unreadable = report.unreadable.length > 0 ? `, ${report.unreadable.length} unreadable` : "";
    out += paint(colour, "31", `✖ ${problems} ${problems === 1 ? "problem" : "problems"} in ${failed} of ${total} files${unreadable}${skipped}`) + "\n";
  }
  return out;
}
