import { appendFileSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { DecodeError, EncodeError } from "../core/errors.js";
import type { NameCase } from "../schema/plan.js";
import type { Schema } from "../schema/nodes.js";
import { version } from "../../package.json";
import { loadEveryCodec } from "../all-codecs.js";
import { codecFor, FORMAT_NAMES, isFormat } from "../formats.js";
import { decodeDocument, kindOfFile } from "./document.js";
import { formatOfContentType, parseRecordedResponse } from "./http.js";
import { githubReport, githubSummary } from "./report/github.js";
import { jsonReport } from "./report/json.js";
import { junitReport } from "./report/junit.js";
import { textReport } from "./report/text.js";
import { DTO_TYPES, dtoType } from "./types.js";
import { validate } from "./validate.js";

/** Where the CLI reads and writes; `process` in the bin, a fake in tests. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/** Exit codes: everything valid, something invalid, a usage error or a path that cannot be read. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

export const HELP = `evo-codec ${version}: JSON, JSV, CSV and JSON Lines for the Evo Voice API, exactly as ServiceStack writes them

Usage:
  evo-codec validate <files or folders...> [options]
  evo-codec convert <file> --to json|jsv|csv|jsonl [--pretty] [--case camel|pascal] [--type NAME]
  evo-codec --help | --version

validate
  Decodes every .json, .jsv, .csv and .jsonl file (folders are walked; a folder's
  .evo-codec-ignore lists names to pass over) and every .http recording (request optional, then status line,
  headers, blank line, body; the format comes from its Content-Type) strictly: unknown members,
  bad enums and bools, truncation and trailing text are all errors. A document whose root is
  a list is read as a list. Files in one folder whose names agree up to the first dot
  (sample.json, sample.jsv, sample.reindented.jsv) must decode to the same value.

  --type NAME          the DTO to expect: ${DTO_TYPES.map((t) => t.typeName).join(", ")} (default SessionInfo)
  --format FORMAT      text (default; colour on a terminal unless NO_COLOR is set), github
                       (::error annotations, and a summary appended to $GITHUB_STEP_SUMMARY),
                       json (one report on stdout), junit (a <testsuite> on stdout)
  --expect-invalid     succeed only when every file fails validation (negative fixtures)

convert
  Decodes a file (format by extension, or by Content-Type for .http) and writes it to stdout
  in another format, as the reference serializer would.

  --to FORMAT          json, jsv, csv or jsonl
  --pretty             JSV only: the reference's pretty (Dump) form
  --case CASE          member names: camel (default) or pascal
  --type NAME          as for validate

Exit status: 0 valid, 1 invalid (or a file that could not be converted), 2 usage error or
unreadable path.
`;

/** Runs the CLI with `argv` (without `node` and the script) and returns the exit code. */
export function run(argv: readonly string[], io: CliIo): number {
  // The CLI reads and writes every format synchronously: CSV is loaded up front.
  loadEveryCodec();
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      io.stdout.write(HELP);
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    if (command === "--version" || command === "-v") {
      io.stdout.write(`${version}\n`);
      return EXIT.ok;
    }
    if (command === "validate") return runValidate(rest, io);
    if (command === "convert") return runConvert(rest, io);
    throw new UsageError(`unknown command ${JSON.stringify(command)}`);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr.write(`evo-codec: ${(error as Error).message}\nRun \`evo-codec --help\` for usage.\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

class UsageError extends Error {}

function typeOption(name: string | undefined) {
  const type = dtoType(name ?? "SessionInfo");
  if (!type) throw new UsageError(`unknown --type ${JSON.stringify(name)}; one of ${DTO_TYPES.map((t) => t.typeName).join(", ")}`);
  return type;
}

function runValidate(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      type: { type: "string" },
      format: { type: "string", default: "text" },
      "expect-invalid": { type: "boolean", default: false },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  const format = values.format;
  if (format !== "text" && format !== "github" && format !== "json" && format !== "junit") {
    throw new UsageError(`--format must be text, github, json or junit, not ${JSON.stringify(format)}`);
  }
  if (positionals.length === 0) throw new UsageError("validate needs at least one file or folder");
  const type = typeOption(values.type);
  const expectInvalid = values["expect-invalid"] === true;

  const progress = io.stderr.isTTY === true && format === "text";
  const report = validate(positionals, io.cwd, {
    type,
    expectInvalid,
    onFile: progress ? (done, total) => total >= 20 && io.stderr.write(`\rvalidating ${done}/${total}…\x1b[K`) : undefined,
  });
  if (progress && report.files.length >= 20) io.stderr.write("\r\x1b[K");

  if (format === "text") io.stdout.write(textReport(report, { colour: io.stdout.isTTY === true && !io.env["NO_COLOR"], expectInvalid }));
  if (format === "json") io.stdout.write(jsonReport(report, expectInvalid));
  if (format === "junit") io.stdout.write(junitReport(report));
  if (format === "github") {
    io.stdout.write(githubReport(report));
    const summary = io.env["GITHUB_STEP_SUMMARY"];
    if (summary) appendFileSync(summary, githubSummary(report));
  }
  if (report.unreadable.length > 0) return EXIT.usage;
  return report.files.every((file) => file.problems.length === 0) ? EXIT.ok : EXIT.invalid;
}

function runConvert(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      to: { type: "string" },
      pretty: { type: "boolean", default: false },
      case: { type: "string", default: "camel" },
      type: { type: "string" },
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
  if (positionals.length !== 1) throw new UsageError("convert takes exactly one file");
  const type = typeOption(values.type);
  const file = positionals[0]!;

  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, file), "utf8");
  } catch (error) {
    io.stderr.write(`evo-codec: cannot read ${file}: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
  const kind = kindOfFile(file);
  let format = kind === "http" ? undefined : kind;
  let body = text;
  if (kind === "http") {
    const response = parseRecordedResponse(text);
    if ("message" in response) {
      io.stderr.write(`evo-codec: ${file}: ${response.message}\n`);
      return EXIT.invalid;
    }
    format = formatOfContentType(response.headers.get("content-type"));
    body = response.body;
  }
  if (!format) throw new UsageError(`cannot tell the format of ${file}: use .json, .jsv, .csv, .jsonl or a .http recording`);

  try {
    const { schema, value } = decodeDocument(format, body, type);
    const output = (codecFor(to).encode as (schema: Schema, value: unknown, options: object) => string)(schema, value, {
      case: nameCase as NameCase,
      pretty: values.pretty,
    });
    // CSV rows and JSON Lines lists end with their own line break.
    io.stdout.write(output.endsWith("\n") ? output : output + "\n");
    return EXIT.ok;
  } catch (error) {
    if (error instanceof DecodeError || error instanceof EncodeError) {
      io.stderr.write(`evo-codec: ${file}: ${error.message}\n`);
      return EXIT.invalid;
    }
    throw error;
  }
}

