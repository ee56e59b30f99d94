import type { Report } from "../validate.js";

/** GitHub Actions workflow commands: one `::error` annotation per problem. */
export function githubReport(report: Report): string {
  let out = "";
  for (const { path, message } of report.unreadable) out += `::error title=evo-codec unreadable::${data(`${path}: ${message}`)}\n`;
  for (const file of report.files) {
    for (const problem of file.problems) {
      const where = problem.path === "" ? "" : `${problem.path}: `;
      out += `::error file=${property(file.file)},line=${problem.line},col=${problem.column},title=${property(`evo-codec ${problem.code}`)}::${data(where + problem.message)}\n`;
    }
  }
  return out;
}

/** A Markdown summary for `$GITHUB_STEP_SUMMARY`. */
export function githubSummary(report: Report): string {
  const failed = report.files.filter((file) => file.problems.length > 0);
  let out = `### evo-codec validate: ${failed.length === 0 && report.unreadable.length === 0 ? "✅ all valid" : `❌ ${failed.length} of ${report.files.length} files invalid`}\n\n`;
  out += "| File | Format | Result |\n|---|---|---|\n";
  for (const file of report.files) {
    const result = file.problems.length === 0 ? "✅ valid" : file.problems.map((p) => `❌ ${p.line}:${p.column} \`${p.code}\` ${cell(p.message)}`).join("<br>");
    out += `| ${cell(file.file)} | ${file.format ?? ""} | ${result} |\n`;
  }
  for (const { path, message } of report.unreadable) out += `| ${cell(path)} | | ❌ unreadable: ${cell(message)} |\n`;
  return out + "\n";
}

// https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts escapes these.
function data(text: string): string {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

function property(text: string): string {
  return data(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\r", " ").replaceAll("\n", " ");
}
