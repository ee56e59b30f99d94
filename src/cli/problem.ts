import { boundPath, DECODE_ERROR_CODES } from "../core/errors.js";
import type { PathSegment } from "../core/path.js";
import type { Format } from "../formats.js";
import type { ObjectSchema } from "../schema/nodes.js";
import { FILE_START, type Place } from "./place.js";

/** One thing wrong with one file. */
export interface Problem {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
  /** Where in the value (`members[0].role`); empty at the root or for the file as a whole. */
  readonly path: string;
  /** A `DecodeError` code, or one of {@link VALIDATOR_CODES}. */
  readonly code: string;
  readonly message: string;
  /** The line of text with a caret under the column, when there is one. */
  readonly excerpt?: string;
  /** A problem with the file as a whole (its kind, its bytes), at no place in its text. */
  readonly wholeFile?: boolean;
}

/** The validator's own codes, beside the decoders' (`DECODE_ERROR_CODES`). */
export const VALIDATOR_CODES = {
  format: "not a .json, .jsv, .csv or .http file: not checked",
  encoding: "bytes that are not UTF-8 (or not UTF-16, after a UTF-16 byte-order mark)",
  binary: "a binary file (a NUL byte in its first 8,000 bytes)",
  http: "a .http recording that cannot be read: no status line, a malformed chunked body, a compressed body",
  "http-status": "a recording of a response whose status is not 2xx with no error body, or a body that holds no responseStatus",
  mismatch: "a file that decodes to another value than the first file of its base name",
  "unexpectedly-valid": "--expect-invalid: the file decodes",
  "wrong-error": "--expect-invalid: the file fails, but not with the error stated for it",
  "stale-expectation": "--expect-invalid: .evo-codec-expect.json (or the config's expect) names a file that was not checked",
  config: "a config file whose values are not valid (exit 2)",
} as const;

/** The codes a negative fixture may be expected to fail with. */
export const EXPECTABLE_CODES: ReadonlySet<string> = new Set([
  ...DECODE_ERROR_CODES,
  ...(["encoding", "binary", "http", "http-status", "mismatch"] as const),
]);

export interface FileResult {
  /** As given or found, relative to the working directory. */
  readonly file: string;
  readonly format: Format | undefined;
  readonly problems: Problem[];
  /** Whether its content was read and decoded (a file of no known kind is not). */
  checked?: boolean;
  /** The type it was read as (an error recording's is `ErrorResponse`). */
  typeName?: string;
  /** A negative fixture: its problems were judged against what it was expected to fail with. */
  expectInvalid?: boolean;
  /** Problems past `--max-problems`, counted but not kept. */
  omitted?: number;
  /** What a valid file holds that a report should say: a recorded error response's status and message. */
  note?: string;
  /** The schema of `value`, to compare files of one type only. */
  type?: ObjectSchema;
  /** The decoded value (a list for CSV), kept to compare with files of the same base name. */
  value?: unknown;
  /** A file too big to keep: its list's elements, read again for the comparison. */
  reread?: () => AsyncIterable<unknown>;
  /** Where a path in the value lies in the file, worked out only for a mismatch. */
  locate?: (segments: readonly PathSegment[]) => Promise<Place>;
}

/** A problem at a place. Its path is cut as a message shows it. */
export function problemAt(place: Place, code: string, message: string, path = ""): Problem {
  if (place === FILE_START) return { ...fileProblem(code, message), path: boundPath(path) };
  return { line: place.line, column: place.column, offset: place.offset, path: boundPath(path), code, message, excerpt: place.excerpt || undefined };
}

/** A problem with the file as a whole. */
export function fileProblem(code: string, message: string): Problem {
  return { line: 1, column: 1, offset: 0, path: "", code, message, wholeFile: true };
}
