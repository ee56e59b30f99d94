import { lstatSync, mkdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { quoteText } from "../core/objects.js";
import { FORMAT_NAMES, FORMATS, isFormat, type Format } from "../formats.js";
import { maxLengthOption, typeOption, UsageError } from "./arguments.js";
import { convertFile, type ConvertOptions } from "./convert-file.js";
import { kindOfFile } from "./document.js";
import { EXIT } from "./exit.js";
import { HELP } from "./help.js";
import type { CliIo } from "./run.js";
import { stdinToFile, type StdinFile } from "./stdin.js";
import { printable } from "./terminal.js";
import { isModuleReference, TypeLoader, TypeLoadError } from "./user-types.js";

/** One document to convert: where it is read from, how it is named, what it holds, where it goes (`undefined`: stdout). */
interface Job {
  readonly path: string;
  readonly shown: string;
  readonly kind: Format | "http";
  readonly target?: string;
}

/**
 * `evo-codec convert`: decodes files (or standard input) and writes each in another format: one
 * to stdout or `-o FILE`, several into `--out-dir`. A file already there is not overwritten
 * without `--force`; that is checked for every output before anything is written.
 */
export async function runConvert(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      to: { type: "string" },
      pretty: { type: "boolean", default: false },
      case: { type: "string", default: "camel" },
      type: { type: "string" },
      schema: { type: "string" },
      strict: { type: "boolean", default: false },
      "max-length": { type: "string" },
      "output-file": { type: "string", short: "o" },
      "out-dir": { type: "string" },
      force: { type: "boolean", default: false },
      "stdin-filepath": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  const to = values.to;
  if (to === undefined || !isFormat(to)) throw new UsageError(`convert needs --to ${FORMAT_NAMES.slice(0, -1).join(", ")} or ${FORMAT_NAMES.at(-1)}`);
  if (values.pretty && to !== "jsv") throw new UsageError("--pretty is for --to jsv only");
  const nameCase = values.case;
  if (nameCase !== "camel" && nameCase !== "pascal") throw new UsageError(`--case must be camel or pascal, not ${JSON.stringify(nameCase)}`);
  if (positionals.length === 0) throw new UsageError("convert needs a file (or - for standard input)");
  const outputFile = values["output-file"];
  const outDir = values["out-dir"];
  if (outputFile !== undefined && outDir !== undefined) throw new UsageError("give -o FILE or --out-dir DIR, not both");
  if (positionals.length > 1 && outDir === undefined) throw new UsageError("several files are converted into a folder: add --out-dir DIR");
  if (values["stdin-filepath"] !== undefined && !positionals.includes("-")) throw new UsageError("--stdin-filepath names standard input: give -");
  const options: ConvertOptions = {
    to,
    type: await typeOf(values.type, values.schema, io.cwd),
    strict: values.strict === true,
    pretty: values.pretty === true,
    nameCase,
    maxLength: maxLengthOption(values["max-length"]),
  };

  let stdin: StdinFile | undefined;
  try {
    const jobs: Job[] = [];
    for (const given of positionals) {
      const named = given === "-" ? (values["stdin-filepath"] ?? "stdin.json") : given;
      const kind = kindOfFile(named);
      if (!kind) throw new UsageError(`cannot tell the format of ${quoteText(named)}: use .json, .jsv, .csv, .jsonl or a .http recording${given === "-" ? " in --stdin-filepath" : ""}`);
      if (given === "-" && !io.stdin) throw new UsageError("- reads standard input, which this run does not have");
      if (given === "-") stdin ??= await stdinToFile(io.stdin!);
      const target = outDir !== undefined ? join(outDir, `${baseName(named)}${FORMATS[to].extensions[0]}`) : outputFile;
      jobs.push({ path: given === "-" ? stdin!.path : resolve(io.cwd, given), shown: given === "-" ? (values["stdin-filepath"] ?? "<stdin>") : given, kind, target });
    }
    refuseClashes(jobs, io.cwd, values.force === true);
    let code: number = EXIT.ok;
    for (const job of jobs) code = Math.max(code, convertOne(job, options, io, values.force === true));
    return code;
  } finally {
    stdin?.remove();
  }
}

function convertOne(job: Job, options: ConvertOptions, io: CliIo, force: boolean): number {
  const converted = convertFile(job.path, job.kind, options);
  if ("unreadable" in converted) {
    io.stderr.write(`evo-codec: ${printable(`cannot read ${job.shown}: ${converted.unreadable}`)}\n`);
    return EXIT.usage;
  }
  if ("problem" in converted) {
    io.stderr.write(`evo-codec: ${printable(`${job.shown}: ${converted.problem}`)}\n`);
    return EXIT.invalid;
  }
  if (job.target === undefined) {
    io.stdout.write(converted.output);
    return EXIT.ok;
  }
  const path = resolve(io.cwd, job.target);
  try {
    mkdirSync(dirname(path), { recursive: true });
    // "wx": a file that appeared since the check is not overwritten either.
    writeFileSync(path, converted.output, { flag: force ? "w" : "wx" });
    return EXIT.ok;
  } catch (error) {
    io.stderr.write(`evo-codec: ${printable(`cannot write ${job.target}: ${(error as Error).message}`)}\n`);
    return EXIT.usage;
  }
}

/** Two inputs that would be written to one file, or a file already there (without `--force`): a usage error before anything is written. */
function refuseClashes(jobs: readonly Job[], cwd: string, force: boolean): void {
  const seen = new Map<string, string>();
  for (const job of jobs) {
    if (job.target === undefined) continue;
    const path = resolve(cwd, job.target);
    const first = seen.get(path);
    if (first !== undefined) throw new UsageError(`${quoteText(first)} and ${quoteText(job.shown)} would both be written to ${quoteText(job.target)}`);
    seen.set(path, job.shown);
    if (!force && existsQuietly(path)) throw new UsageError(`${quoteText(job.target)} exists: --force overwrites it`);
  }
}

/** `sample.jsv` → `sample`; `sample.jsv.http` → `sample`: the name an output keeps. */
function baseName(file: string): string {
  let name = basename(file);
  if (name.toLowerCase().endsWith(".http")) name = name.slice(0, -5);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}

async function typeOf(type: string | undefined, schema: string | undefined, cwd: string) {
  if (type !== undefined && schema !== undefined) throw new UsageError("give --type or --schema, not both");
  const reference = schema ?? type;
  if (reference === undefined || (schema === undefined && !isModuleReference(reference))) return typeOption(type);
  try {
    return await new TypeLoader().load(reference, cwd);
  } catch (error) {
    if (error instanceof TypeLoadError) throw new UsageError(`--${schema === undefined ? "type" : "schema"}: ${error.message}`);
    throw error;
  }
}

/** Whether anything is at `path`, a symlink to nothing included. */
function existsQuietly(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
