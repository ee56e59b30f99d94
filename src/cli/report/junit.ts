import { printable, printableExcerpt } from "../terminal.js";
import { NOTHING_CHECKED, omittedText, type Outcome } from "./outcome.js";

/** JUnit XML: a `<testsuite>`, a `<testcase>` per file, a `<failure>` per problem, `<skipped>` for what was skipped. */
export function junitReport(outcome: Outcome): string {
  const { report } = outcome;
  const nothing = outcome.nothingChecked ? 1 : 0;
  const cases = report.files.length + report.unreadable.length + report.skipped.length + nothing;
  const failures = report.files.filter((file) => file.problems.length > 0).length + report.unreadable.length + nothing;
  let out = `<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="evo-codec validate" tests="${cases}" failures="${failures}" errors="0" skipped="${report.skipped.length}">\n`;
  for (const file of report.files) {
    out += `  <testcase classname="evo-codec.validate" name="${xml(file.file)}">\n`;
    for (const problem of file.problems) {
      const where = problem.path === "" ? "" : ` ${problem.path}`;
      const text = `${file.file}:${problem.line}:${problem.column}${where}\n${problem.message}${problem.excerpt ? `\n${printableExcerpt(problem.excerpt)}` : ""}`;
      out += `    <failure type="${xml(problem.code)}" message="${xml(problem.message)}">${xml(text)}</failure>\n`;
    }
    const omitted = omittedText(file.omitted);
    if (omitted) out += `    <failure type="max-problems" message="${xml(omitted)}"/>\n`;
    if (file.note !== undefined) out += `    <system-out>${xml(file.note)}</system-out>\n`;
    out += `  </testcase>\n`;
  }
  for (const { path, message } of report.unreadable) {
    out += `  <testcase classname="evo-codec.validate" name="${xml(path)}">\n    <failure type="unreadable" message="${xml(message)}"/>\n  </testcase>\n`;
  }
  for (const { path, reason } of report.skipped) {
    out += `  <testcase classname="evo-codec.validate" name="${xml(path)}">\n    <skipped message="${xml(reason)}"/>\n  </testcase>\n`;
  }
  if (nothing) out += `  <testcase classname="evo-codec.validate" name="evo-codec validate">\n    <failure type="nothing-checked" message="${xml(NOTHING_CHECKED)}"/>\n  </testcase>\n`;
  return out + "</testsuite>\n";
}

/** Makes text printable (line by line: failure text keeps its line breaks), escapes markup, and replaces what XML 1.0 cannot hold. */
function xml(text: string): string {
  const shown = text.split("\n").map(printable).join("\n");
  let out = "";
  let runStart = 0;
  for (let i = 0; i < shown.length; i++) {
    const c = shown.charCodeAt(i);
    let replacement: string | undefined;
    if (c === 0x26) replacement = "&amp;";
    else if (c === 0x3c) replacement = "&lt;";
    else if (c === 0x3e) replacement = "&gt;";
    else if (c === 0x22) replacement = "&quot;";
    else if (c === 0xfffe || c === 0xffff) replacement = "\ufffd";
    else if (c >= 0xd800 && c <= 0xdbff && isLow(shown.charCodeAt(i + 1))) i++;
    else if (c >= 0xd800 && c <= 0xdfff) replacement = "\ufffd";
    if (replacement === undefined) continue;
    out += shown.slice(runStart, i) + replacement;
    runStart = i + 1;
  }
  return out + shown.slice(runStart);
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
