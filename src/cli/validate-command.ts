import { appendFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { quoteText } from "../core/objects.js";
import { maxLengthOption, typeOption, UsageError } from "./arguments.js";
import { exitCodeOf } from "./exit.js";
import { githubReport, githubWarning } from "./report/github.js";
import { jsonReport } from "./report/json.js";
import { junitReport } from "./report/junit.js";
import type { Outcome } from "./report/outcome.js";
import { githubSummary } from "./report/summary.js";
import { textReport } from "./report/text.js";
import { HELP } from "./help.js";
import { metadataTypeOption } from "./metadata-type.js";
import type { CliIo } from "./run.js";
import { printable } from "./terminal.js";
import { validate } from "./validate.js";

const FORMATS = ["text", "github", "json", "junit"] as const;

/** `evo-codec validate`: checks the files, writes the report, and returns the exit code. */
export async function runValidate(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      type: { type: "string" },
      metadata: { type: "string" },
      format: { type: "string", default: "text" },
      "expect-invalid": { type: "boolean", default: false },
      "allow-empty": { type: "boolean", default: false },
      "no-compare": { type: "boolean", default: false },
      "max-length": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be text, github, json or junit, not ${quoteText(values.format)}`);
  if (positionals.length === 0) throw new UsageError("validate needs at least one file or folder");
  const type = values.metadata === undefined ? typeOption(values.type) : metadataTypeOption(values.metadata, values.type, io.cwd);
  const maxLength = maxLengthOption(values["max-length"]);
  const expectInvalid = values["expect-invalid"] === true;
  const allowEmpty = values["allow-empty"] === true;

  const progress = io.stderr.isTTY === true && format === "text";
  const report = await validate(positionals, io.cwd, {
    type,
    expectInvalid,
    maxLength,
    compare: values["no-compare"] !== true,
    onFile: progress ? (done, total) => total >= 20 && io.stderr.write(`\rvalidating ${done}/${total}…\x1b[K`) : undefined,
  });
  if (progress && report.files.length >= 20) io.stderr.write("\r\x1b[K");

  const failed = report.files.filter((file) => file.problems.length > 0).length;
  const code = exitCodeOf({ usage: false, unreadable: report.unreadable.length, checked: report.checked, failed, allowEmpty });
  const outcome: Outcome = { report, expectInvalid, valid: code === 0, nothingChecked: report.checked === 0 && !allowEmpty };
  if (format === "text") io.stdout.write(textReport(outcome, io.stdout.isTTY === true && !io.env["NO_COLOR"]));
  if (format === "json") io.stdout.write(jsonReport(outcome));
  if (format === "junit") io.stdout.write(junitReport(outcome));
  if (format === "github") {
    io.stdout.write(githubReport(outcome));
    const summary = io.env["GITHUB_STEP_SUMMARY"];
    if (summary) writeSummary(summary, githubSummary(outcome), io);
  }
  return code;
}

/** The job summary is extra: one that cannot be written is a warning, and the run's verdict stands. */
function writeSummary(path: string, markdown: string, io: CliIo): void {
  try {
    appendFileSync(path, markdown);
  } catch (error) {
    const message = `cannot write the job summary to ${path}: ${(error as Error).message}`;
    io.stderr.write(`evo-codec: ${printable(message)}\n`);
    io.stdout.write(githubWarning(message));
  }
}
