import { printable } from "../terminal.js";
import { NOTHING_CHECKED, omittedText, type Outcome } from "./outcome.js";

/**
 * GitHub Actions workflow commands: an `::error` annotation per problem and per path that cannot
 * be read, a `::warning` per thing skipped, a `::notice` per recorded error response (with
 * `quiet`, errors only). The log shows them raw: everything is printable.
 */
export function githubReport(outcome: Outcome): string {
  const { report, quiet } = outcome;
  let out = "";
  for (const { path, message } of report.unreadable) out += `::error title=evo-codec unreadable::${data(`${path}: ${message}`)}\n`;
  if (!quiet) for (const { path, reason } of report.skipped) out += `::warning file=${property(path)},title=evo-codec skipped::${data(reason)}\n`;
  for (const file of report.files) {
    if (file.note !== undefined && !quiet) out += `::notice file=${property(file.file)},title=evo-codec error response::${data(file.note)}\n`;
    const omitted = omittedText(file.omitted);
    if (omitted) out += `::error file=${property(file.file)},title=evo-codec::${data(omitted)}\n`;
    for (const problem of file.problems) {
      const where = problem.path === "" ? "" : `${problem.path}: `;
      out += `::error file=${property(file.file)},line=${problem.line},col=${problem.column},title=${property(`evo-codec ${problem.code}`)}::${data(where + problem.message)}\n`;
    }
  }
  if (outcome.nothingChecked) out += `::error title=evo-codec::${data(NOTHING_CHECKED)}\n`;
  return out;
}

/** A `::warning` annotation of the run itself. */
export function githubWarning(message: string): string {
  return `::warning title=evo-codec::${data(message)}\n`;
}

// https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts escapes these.
function data(text: string): string {
  return printable(text).replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

function property(text: string): string {
  return data(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
