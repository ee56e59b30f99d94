import { DecodeError, EncodeError } from "../core/errors.js";
import { codecFor, type Format } from "../formats.js";
import type { NameCase } from "../model/plan.js";
import type { ObjectSchema, Schema } from "../schema/nodes.js";
import { decodeDocument } from "./document.js";
import { BINARY_SNIFF, binaryReason, EncodingFailure, encodingOf } from "./encoding.js";
import { bytePieces, closeFile, openRegular, readWholeText } from "./files.js";
import { recordedBody, typeOfBody } from "./http-body.js";
import { placeInFile, placeInText } from "./place.js";

/** How `convert` reads and writes one document. */
export interface ConvertOptions {
  readonly to: Format;
  readonly type: ObjectSchema;
  /** Unknown and repeated members are errors, as `validate` reads them (default: passed over, as a client reads them). */
  readonly strict: boolean;
  readonly pretty: boolean;
  readonly nameCase: NameCase;
  readonly maxLength: number;
}

/** One document converted, why it could not be (exit 1), or why its file could not be read (exit 2). */
export type Converted = { readonly output: string } | { readonly problem: string } | { readonly unreadable: string };

/**
 * Reads the file at `path` strictly (UTF-8, or UTF-16 after its byte-order mark), decodes it as
 * its kind says (a format, or `http` for a recording whose body's format its Content-Type
 * gives), and writes it in `to`, as the reference serializer would.
 */
export function convertFile(path: string, kind: Format | "http", options: ConvertOptions): Converted {
  const read = readText(path, kind === "http" ? options.maxLength + 64 * 1024 : options.maxLength);
  if (!("text" in read)) return read;
  let format: Format = kind === "http" ? "json" : kind;
  let body = read.text;
  let type = options.type;
  if (kind === "http") {
    const recorded = recordedBody(read.text);
    if ("code" in recorded) {
      const place = placeInText(read.text, recorded.offset);
      return { problem: `${place.line}:${place.column}: ${recorded.code}: ${recorded.message}` };
    }
    ({ format, body } = recorded);
    // An error recording's body is ServiceStack's error body, converted as what it is.
    type = typeOfBody(recorded.status, options.type);
  }
  try {
    const { schema, value } = decodeDocument(format, body, type, { maxLength: options.maxLength, strict: options.strict });
    const output = (codecFor(options.to).encode as (schema: Schema, value: unknown, options: object) => string)(schema, value, {
      case: options.nameCase,
      ...(options.to === "jsv" ? { pretty: options.pretty } : {}),
    });
    return { output: output.endsWith("\n") ? output : output + "\n" };
  } catch (error) {
    if (error instanceof DecodeError || error instanceof EncodeError) return { problem: error.message.split("\n")[0]! };
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
