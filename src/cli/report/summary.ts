import { printable } from "../terminal.js";
import { NOTHING_CHECKED, omittedText, verdictOf, type Outcome } from "./outcome.js";

/**
 * A Markdown summary for `$GITHUB_STEP_SUMMARY`. Every text from the repository (names,
 * messages, reasons) goes in a code span, where GitHub reads no emphasis, link, image, autolink
 * or HTML; a `|` in it is escaped so that it splits no table cell.
 */
export function githubSummary(outcome: Outcome): string {
  const { report } = outcome;
  const failed = report.files.filter((file) => file.problems.length > 0);
  const verdict = outcome.nothingChecked
    ? `❌ ${NOTHING_CHECKED}`
    : outcome.valid
      ? `✅ ${verdictOf(outcome)}`
      : `❌ ${failed.length} of ${report.files.length} files invalid${report.unreadable.length > 0 ? `, ${report.unreadable.length} unreadable` : ""}`;
  let out = `### evo-codec validate: ${verdict}\n\n`;
  out += "| File | Format | Result |\n|---|---|---|\n";
  for (const file of report.files) {
    const omitted = omittedText(file.omitted);
    const problems = file.problems.map((p) => `❌ ${p.line}:${p.column} ${code(p.code)} ${code(p.path === "" ? p.message : `${p.path}: ${p.message}`)}`);
    const valid = file.expectInvalid ? "✅ invalid, as expected" : file.note === undefined ? "✅ valid" : `✅ valid: ${code(file.note)}`;
    const result = file.problems.length === 0 ? valid : [...problems, ...(omitted ? [`❌ ${omitted}`] : [])].join("<br>");
    out += `| ${code(file.file)} | ${file.format ?? ""} | ${result} |\n`;
  }
  for (const { path, message } of report.unreadable) out += `| ${code(path)} | | ❌ unreadable: ${code(message)} |\n`;
  for (const { path, reason } of report.skipped) out += `| ${code(path)} | | ⚠️ skipped: ${code(reason)} |\n`;
  return out + "\n";
}

/** `text` as a Markdown code span: printable, fenced by more backticks than it holds in a row, `|` escaped for the table. */
export function code(text: string): string {
  const shown = printable(text);
  let longest = 0;
  let run = 0;
  for (let i = 0; i < shown.length; i++) {
    run = shown.charCodeAt(i) === 0x60 ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  const fence = "`".repeat(longest + 1);
  const padded = shown.startsWith("`") || shown.endsWith("`") || shown.startsWith(" ") || shown.endsWith(" ") ? ` ${shown} ` : shown;
  return `${fence}${padded.replaceAll("|", "\\|")}${fence}`;
}
