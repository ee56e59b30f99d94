import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { DecodeError, EncodeError } from "../core/errors.js";
import { codecFor, FORMAT_NAMES, isFormat, type Format } from "../formats.js";
import type { Schema } from "../schema/nodes.js";
import type { NameCase } from "../model/plan.js";
import { maxLengthOption, typeOption, UsageError } from "./arguments.js";
import { decodeDocument, kindOfFile } from "./document.js";
import { BINARY_SNIFF, binaryReason, EncodingFailure, encodingOf } from "./encoding.js";
import { EXIT } from "./exit.js";
import { bytePieces, closeFile, openRegular, readWholeText } from "./files.js";
import { HELP } from "./help.js";
import { recordedBody } from "./http-body.js";
import { placeInFile, placeInText } from "./place.js";
import type { CliIo } from "./run.js";
import { printable } from "./terminal.js";

/** `evo-codec convert`: decodes one file and writes it to stdout in another format. */
export function runConvert(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      to: { type: "string" },
      pretty: { type: "boolean", default: false },
      case: { type: "string", default: "camel" },
      type: { type: "string" },
      "max-length": { type: "string" },
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
  const maxLength = maxLengthOption(values["max-length"]);
  const file = positionals[0]!;
  const kind = kindOfFile(file);
  if (!kind) throw new UsageError(`cannot tell the format of ${file}: use .json, .jsv, .csv or a .http recording`);
  const fail = (message: string) => {
    io.stderr.write(`evo-codec: ${printable(`${file}: ${message}`)}\n`);
    return EXIT.invalid;
  };

  const read = readText(resolve(io.cwd, file), kind === "http" ? maxLength + 64 * 1024 : maxLength);
  if ("unreadable" in read) {
    io.stderr.write(`evo-codec: ${printable(`cannot read ${file}: ${read.unreadable}`)}\n`);
    return EXIT.usage;
  }
  if ("problem" in read) return fail(read.problem);
  let format: Format = kind === "http" ? "json" : kind;
  let body = read.text;
  if (kind === "http") {
    const recorded = recordedBody(read.text);
    if ("code" in recorded) {
      const place = placeInText(read.text, recorded.offset);
      return fail(`${place.line}:${place.column}: ${recorded.code}: ${recorded.message}`);
    }
    ({ format, body } = recorded);
  }
  try {
    const { schema, value } = decodeDocument(format, body, type, { maxLength });
    const output = (codecFor(to).encode as (schema: Schema, value: unknown, options: object) => string)(schema, value, {
      case: nameCase as NameCase,
      ...(to === "jsv" ? { pretty: values.pretty } : {}),
    });
    io.stdout.write(output.endsWith("\n") ? output : output + "\n");
    return EXIT.ok;
  } catch (error) {
    if (error instanceof DecodeError || error instanceof EncodeError) return fail(error.message.split("\n")[0]!);
    throw error;
  }
}

/** A file's whole text, decoded strictly; why it cannot be read (exit 2) or is not text (exit 1). */
function readText(path: string, maxUnits: number): { text: string } | { unreadable: string } | { problem: string } {
  const file = openRegular(path);
  if (typeof file === "string") return { unreadable: file };
  try {
    const head = bytePieces(file, 0, BINARY_SNIFF).next().value ?? new Uint8Array(0);
    const encoding = encodingOf(head);
    const binary = encoding === "utf-8" ? binaryReason(head) : undefined;
    if (binary) return { problem: binary };
    try {
      const read = readWholeText(file, encoding, maxUnits);
      return "text" in read ? read : { problem: `input-too-long: the text is longer than ${read.tooLong} characters (--max-length raises the limit)` };
    } catch (error) {
      if (!(error instanceof EncodingFailure)) throw error;
      const place = placeInFile(path, encoding, { bytes: error.byteOffset });
      return { problem: `${place.line}:${place.column}: ${error.message}` };
    }
  } finally {
    closeFile(file);
  }
}
