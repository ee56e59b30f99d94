import type { Report } from "../validate.js";

/** JUnit XML: a `<testsuite>`, a `<testcase>` per file, a `<failure>` per problem. */
export function junitReport(report: Report): string {
  const cases = report.files.length + report.unreadable.length;
  const failures = report.files.filter((file) => file.problems.length > 0).length + report.unreadable.length;
  let out = `<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="evo-codec validate" tests="${cases}" failures="${failures}" errors="0">\n`;
  for (const file of report.files) {
    out += `  <testcase classname="evo-codec.validate" name="${xml(file.file)}">\n`;
    for (const problem of file.problems) {
      const where = problem.path === "" ? "" : ` ${problem.path}`;
      const text = `${file.file}:${problem.line}:${problem.column}${where}\n${problem.message}${problem.excerpt ? `\n${problem.excerpt}` : ""}`;
      out += `    <failure type="${xml(problem.code)}" message="${xml(problem.message)}">${xml(text)}</failure>\n`;
    }
    out += `  </testcase>\n`;
  }
  for (const { path, message } of report.unreadable) {
    out += `  <testcase classname="evo-codec.validate" name="${xml(path)}">\n    <failure type="unreadable" message="${xml(message)}"/>\n  </testcase>\n`;
  }
  return out + "</testsuite>\n";
}

/** Escapes markup, and replaces characters XML 1.0 cannot hold at all. */
function xml(text: string): string {
  let out = "";
  for (const char of text) {
    const c = char.codePointAt(0)!;
    if (char === "&") out += "&amp;";
    else if (char === "<") out += "&lt;";
    else if (char === ">") out += "&gt;";
    else if (char === '"') out += "&quot;";
    else if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) out += "\ufffd";
    else out += char;
  }
  return out;
}
