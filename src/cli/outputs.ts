import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { quoteText } from "../core/objects.js";
import { UsageError } from "./arguments.js";
import { githubReport } from "./report/github.js";
import { jsonReport } from "./report/json.js";
import { junitReport } from "./report/junit.js";
import type { Outcome } from "./report/outcome.js";
import { sarifReport } from "./report/sarif.js";
import { textReport } from "./report/text.js";

/** The report formats `--format` names. */
export const REPORT_FORMATS = ["text", "github", "json", "junit", "sarif"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** One report to write: a format, to a file or (without one) to stdout. */
export interface OutputTarget {
  readonly format: ReportFormat;
  /** As given, relative to the working directory; `undefined` for stdout. */
  readonly file?: string;
}

/**
 * The reports a run writes: each `--format NAME[=FILE]` (default `text`), a format without a file
 * going to `-o FILE` when given, else to stdout. At most one report goes to stdout or `-o`,
 * and no two to one file: interleaved reports would be read as neither.
 */
export function outputTargets(formats: readonly string[], outputFile: string | undefined, cwd: string): OutputTarget[] {
  const targets = (formats.length === 0 ? ["text"] : formats).map((given): OutputTarget => {
    const equals = given.indexOf("=");
    const name = equals < 0 ? given : given.slice(0, equals);
    const file = equals < 0 ? outputFile : given.slice(equals + 1);
    if (!(REPORT_FORMATS as readonly string[]).includes(name)) throw new UsageError(`--format must be ${REPORT_FORMATS.join(", ")} (optionally =FILE), not ${quoteText(given)}`);
    if (file === "") throw new UsageError(`--format ${name}= needs a file name after the =`);
    return { format: name as ReportFormat, file };
  });
  const unnamed = targets.filter((target) => !target.file || target.file === outputFile);
  if (unnamed.length > 1) {
    const where = outputFile === undefined ? "stdout" : quoteText(outputFile);
    throw new UsageError(`${unnamed.map((t) => t.format).join(" and ")} would both be written to ${where}: give each but one its own file (--format ${unnamed[1]!.format}=FILE)`);
  }
  const files = new Set<string>();
  for (const { file } of targets) {
    if (file === undefined) continue;
    if (files.has(resolve(cwd, file))) throw new UsageError(`two reports would be written to ${quoteText(file)}`);
    files.add(resolve(cwd, file));
  }
  return targets;
}

/** Whether text output is coloured: `--color`/`--no-color` (the last given), then FORCE_COLOR, then NO_COLOR, then whether it goes to a terminal. */
export function colourOf(flag: boolean | undefined, env: Readonly<Record<string, string | undefined>>, terminal: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env["FORCE_COLOR"];
  // As Node.js reads it: set, and not "0" or "false", forces colour, and wins over NO_COLOR.
  if (force !== undefined) return force !== "0" && force.toLowerCase() !== "false";
  if (env["NO_COLOR"]) return false;
  return terminal;
}

/** The report in one format. */
export function render(format: ReportFormat, outcome: Outcome, colour: boolean): string {
  switch (format) {
    case "text":
      return textReport(outcome, colour);
    case "github":
      return githubReport(outcome);
    case "json":
      return jsonReport(outcome);
    case "junit":
      return junitReport(outcome);
    case "sarif":
      return sarifReport(outcome);
  }
}

/** Writes a report to its file (making its folder), or says why it could not be written. */
export function writeReportFile(cwd: string, file: string, text: string): string | undefined {
  const path = resolve(cwd, file);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
