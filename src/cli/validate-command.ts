import { appendFileSync } from "node:fs";
import { resolve } from "node:path";
import { DEFAULT_MAX_PROBLEMS } from "./problems-of.js";
import { typeOption, UsageError } from "./arguments.js";
import { ConfigError, loadConfig, type LoadedConfig } from "./config/load.js";
import { findConfig, readConfigAt } from "./config/find.js";
import { exitCodeOf, EXIT } from "./exit.js";
import { HELP } from "./help.js";
import { colourOf, outputTargets, render, writeReportFile } from "./outputs.js";
import { githubWarning } from "./report/github.js";
import type { Outcome } from "./report/outcome.js";
import { githubSummary } from "./report/summary.js";
import type { CliIo } from "./run.js";
import type { FileSettings } from "./settings.js";
import { stdinToFile, type StdinFile } from "./stdin.js";
import { printable, printableExcerpt } from "./terminal.js";
import { isModuleReference, TypeLoader, TypeLoadError } from "./user-types.js";
import { metadataTypeOption } from "./metadata-type.js";
import { parseValidateArgs } from "./validate-args.js";
import { validate } from "./validate.js";
import { SessionInfo } from "../dto/session-info.js";

/** `evo-codec validate`: checks the files, writes the reports, and returns the exit code. */
export async function runValidate(args: readonly string[], io: CliIo): Promise<number> {
  const options = parseValidateArgs(args);
  if (options.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  const targets = outputTargets(options.formats, options.outputFile, io.cwd);
  const loader = new TypeLoader();
  let config: LoadedConfig | undefined;
  try {
    config = await configOf(options.config, io, loader);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) {
      const where = problem.path === "" ? "" : `${printable(problem.path)}: `;
      io.stderr.write(`${printable(error.file)}:${problem.line}:${problem.column}  error  ${printable(problem.code)}  ${where}${printable(problem.message)}\n`);
      if (problem.excerpt) io.stderr.write(printableExcerpt(problem.excerpt).split("\n").map((line) => `    ${line}\n`).join(""));
    }
    io.stderr.write(`evo-codec: the config ${printable(error.file)} is not valid: nothing was checked\n`);
    return EXIT.usage;
  }
  if (config?.shadows) io.stderr.write(`evo-codec: using ${printable(config.file)}; the "evo-codec" member of ${printable(config.shadows)} is not read\n`);

  // The command line decides over the config, the config over the defaults.
  const overrides: { -readonly [K in keyof FileSettings]?: FileSettings[K] } = {};
  const reference = options.schema ?? options.type;
  if (options.metadata !== undefined) {
    overrides.type = metadataTypeOption(options.metadata, options.type, io.cwd);
  } else if (options.type !== undefined && !isModuleReference(options.type)) {
    overrides.type = typeOption(options.type);
  } else if (reference !== undefined) {
    try {
      overrides.type = await loader.load(reference, io.cwd);
    } catch (error) {
      if (error instanceof TypeLoadError) throw new UsageError(`--${options.schema === undefined ? "type" : "schema"}: ${error.message}`);
      throw error;
    }
  }
  if (options.expectInvalid) overrides.expectInvalid = true;
  if (options.maxLength !== undefined) overrides.maxLength = options.maxLength;

  const paths = options.paths.length > 0 ? options.paths.filter((path) => path !== "-") : (config?.paths ?? []);
  const readsStdin = options.paths.includes("-");
  if (options.paths.length === 0 && paths.length === 0) throw new UsageError(`validate needs at least one file or folder${config ? ` (or "paths" in ${config.file})` : ""}`);
  if (options.stdinFilepath !== undefined && !readsStdin) throw new UsageError("--stdin-filepath names standard input: give - among the paths");
  let stdin: StdinFile | undefined;
  if (readsStdin) {
    if (!io.stdin) throw new UsageError("- reads standard input, which this run does not have");
    stdin = await stdinToFile(io.stdin);
  }
  try {
    const text = targets.some((target) => target.format === "text" && target.file === undefined);
    const progress = io.stderr.isTTY === true && text && !options.quiet;
    const stdinName = options.stdinFilepath ?? "<stdin>";
    const report = await validate(paths, io.cwd, {
      type: SessionInfo,
      expectInvalid: false,
      maxProblems: options.maxProblems ?? config?.maxProblems ?? DEFAULT_MAX_PROBLEMS,
      compare: options.compare && config?.compare !== false,
      settingsFor: (path) => ({ ...config?.settingsFor(path), ...overrides }),
      ignore: config?.ignore,
      expectations: config?.expectations,
      extraFiles: stdin ? [{ path: stdin.path, file: stdinName, kindFrom: options.stdinFilepath ?? "stdin.json" }] : [],
      onFile: progress ? (done, total) => total >= 20 && io.stderr.write(`\rvalidating ${done}/${total}…\x1b[K`) : undefined,
    });
    if (progress && report.files.length >= 20) io.stderr.write("\r\x1b[K");

    const failed = report.files.filter((file) => file.problems.length > 0).length;
    let code = exitCodeOf({ usage: false, unreadable: report.unreadable.length, checked: report.checked, failed, allowEmpty: options.allowEmpty });
    const outcome: Outcome = { report, expectInvalid: options.expectInvalid, valid: code === 0, exitCode: code, nothingChecked: report.checked === 0 && !options.allowEmpty, quiet: options.quiet, cwd: io.cwd };
    for (const target of targets) {
      const output = render(target.format, outcome, colourOf(options.colour, io.env, target.file === undefined && io.stdout.isTTY === true));
      if (target.file === undefined) io.stdout.write(output);
      else {
        const failure = writeReportFile(io.cwd, target.file, output);
        // A report that cannot be written leaves the run unchecked for whoever reads it.
        if (failure !== undefined) {
          io.stderr.write(`evo-codec: ${printable(`cannot write the ${target.format} report to ${target.file}: ${failure}`)}\n`);
          code = EXIT.usage;
        }
      }
      if (target.format === "github" && io.env["GITHUB_STEP_SUMMARY"]) writeSummary(io.env["GITHUB_STEP_SUMMARY"], githubSummary(outcome), io);
    }
    return code;
  } finally {
    stdin?.remove();
  }
}

/** The config a run uses: none with `--no-config`, the file `--config` names, or the nearest one found from the working directory up. */
async function configOf(option: string | false | undefined, io: CliIo, loader: TypeLoader): Promise<LoadedConfig | undefined> {
  if (option === false) return undefined;
  const found = option === undefined ? findConfig(io.cwd) : readConfigAt(resolve(io.cwd, option));
  if (found === undefined) return undefined;
  if (!("text" in found)) throw new ConfigError(found.path, [{ line: 1, column: 1, offset: 0, path: "", code: "config", message: `cannot be used: ${found.reason}`, wholeFile: true }]);
  return loadConfig(found, io.cwd, loader);
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
