import { readSync } from "node:fs";
import { quoteText } from "../core/objects.js";
import { FORMATS, type Format } from "../formats.js";
import { kindOfFile, startsList } from "./document.js";
import { BINARY_SNIFF, binaryReason, EncodingFailure, encodingOf } from "./encoding.js";
import { closeFile, LONGEST_STRING, openRegular, readWholeText, type OpenFile } from "./files.js";
import { errorResponseNote, recordedBody, typeOfBody, type RecordedBody } from "./http-body.js";
import { isSuccess } from "./http.js";
import { locatePath } from "./locate.js";
import { FILE_START, placeInFile, placeInText, type Place } from "./place.js";
import { fileProblem, problemAt, type FileResult, type Problem } from "./problem.js";
import { problemsOf } from "./problems-of.js";
import type { FileSettings } from "./settings.js";
import { locateStreamed } from "./stream-locate.js";
import { streamedValues, validateStreamed, type StreamedFile } from "./stream.js";
import type { Candidate, Unreadable } from "./walk.js";

/** How one file is checked: its settings (`maxLength` also bounds a streamed row or element), and the run's. */
export interface CheckOptions extends Omit<FileSettings, "expectInvalid"> {
  /** Files bigger than this (bytes) that are CSV or a list are streamed rather than read whole. */
  readonly streamAbove: number;
  /** The most problems a file reports (the rest are counted). */
  readonly maxProblems: number;
}

/** How much more than `maxLength` a `.http` file may hold: its status line and headers. */
const HEADER_ALLOWANCE = 64 * 1024;

/**
 * Reads one file strictly and decodes it as the type. `keep`: the file has siblings to be
 * compared with, so its value (or a way to read it again) and a way to place a path are kept.
 */
export async function checkFile(candidate: Candidate, options: CheckOptions, keep: boolean): Promise<FileResult | { unreadable: Unreadable }> {
  const kind = kindOfFile(candidate.kindFrom ?? candidate.file);
  if (!kind) return { file: candidate.file, format: undefined, problems: [fileProblem("format", "not a .json, .jsv, .csv, .jsonl or .http file: its format is unknown, so it was not checked")], checked: false };
  const format = kind === "http" ? undefined : kind;
  const file = openRegular(candidate.path);
  if (typeof file === "string") return { unreadable: { path: candidate.file, message: file } };
  const result = (code: string, place: Place, message: string, path = ""): FileResult => ({ file: candidate.file, format, problems: [problemAt(place, code, message, path)], checked: true });
  try {
    const head = readHead(file);
    const encoding = encodingOf(head);
    const binary = encoding === "utf-8" ? binaryReason(head) : undefined;
    if (binary) return result("binary", FILE_START, binary);
    const streamFrom = Math.min(options.streamAbove, options.maxLength);
    if (format && file.size > streamFrom && (FORMATS[format].tabular || (!FORMATS[format].listRoot && startsList(new TextDecoder(encoding).decode(head))))) {
      return await checkStreamed(candidate, { path: candidate.path, encoding, format, type: options.type, strict: options.strict, maxLength: options.maxLength }, options.maxProblems, keep);
    }
    let read: { text: string } | { tooLong: number };
    try {
      read = readWholeText(file, encoding, kind === "http" ? options.maxLength + HEADER_ALLOWANCE : options.maxLength);
    } catch (error) {
      if (!(error instanceof EncodingFailure)) throw error;
      return result("encoding", placeInFile(candidate.path, encoding, { bytes: error.byteOffset }), error.message);
    }
    if ("tooLong" in read) {
      const hint = read.tooLong === LONGEST_STRING ? "the longest string Node.js can hold" : "--max-length raises the limit";
      return result("input-too-long", FILE_START, `the text is longer than ${read.tooLong} characters (${hint}); only CSV and lists are read row by row`);
    }
    return checkText(candidate, kind === "http" ? undefined : kind, read.text, options, keep);
  } finally {
    closeFile(file);
  }
}

function readHead(file: OpenFile): Uint8Array {
  const head = Buffer.alloc(Math.min(BINARY_SNIFF, file.size));
  const read = head.length === 0 ? 0 : readSync(file.fd, head, 0, head.length, 0);
  return head.subarray(0, read);
}

/** Decodes a file's whole text: a document of `format`, or the body of a `.http` recording (`format` undefined). */
function checkText(candidate: Candidate, format: Format | undefined, text: string, options: CheckOptions, keep: boolean): FileResult {
  let body = text;
  let toFile = (offset: number) => offset;
  let note = "";
  let type = options.type;
  let response: RecordedBody | undefined;
  const result = (problems: Problem[]): FileResult => ({ file: candidate.file, format, problems, checked: true, typeName: type.typeName });
  if (format === undefined) {
    const recorded = recordedBody(text);
    if ("code" in recorded) return result([problemAt(placeInText(text, recorded.offset), recorded.code, recorded.message)]);
    ({ format, body, toFile } = recorded);
    response = recorded;
    type = typeOfBody(recorded.status, options.type);
    const looksLike = format !== "json" && looksLikeJson(body) ? "; the body looks like JSON" : "";
    const status = isSuccess(recorded.status) ? "" : `${recorded.status} `;
    note = ` (the body of a ${status}${quoteText(recorded.contentType)} response${type === options.type ? "" : `, read as ${type.typeName}`}${looksLike})`;
  }
  const found = problemsOf(format, body, type, { strict: options.strict, maxLength: options.maxLength, maxProblems: options.maxProblems });
  const problems = found.problems.map((error) => {
    const place = body === text ? { offset: error.offset, line: error.line, column: error.column, excerpt: error.excerpt } : placeInText(text, toFile(error.offset));
    const hint = error.code === "input-too-long" ? " (--max-length raises the limit)" : "";
    return problemAt(place, error.code, error.detail + hint + note, error.path);
  });
  const checked = result(problems);
  if (found.more > 0) checked.omitted = found.more;
  if (problems.length > 0) return checked;
  if (response && !isSuccess(response.status)) {
    // An error body is valid as what it is; one that holds no responseStatus is not one.
    checked.note = errorResponseNote(response, found.value);
    if (checked.note === undefined) return result([problemAt(placeInText(text, toFile(0)), "http-status", `the response has status ${response.status}, but its body holds no responseStatus${note}`)]);
  }
  if (keep) {
    const documentFormat = format;
    checked.value = found.value;
    checked.type = type;
    checked.locate = async (segments) => placeInText(text, toFile(locatePath(documentFormat, body, segments)));
  }
  return checked;
}

async function checkStreamed(candidate: Candidate, source: StreamedFile, maxProblems: number, keep: boolean): Promise<FileResult> {
  const { problems, more } = await validateStreamed(source, maxProblems);
  const checked: FileResult = { file: candidate.file, format: source.format, problems, checked: true, typeName: source.type.typeName };
  if (more > 0) checked.omitted = more;
  if (keep && problems.length === 0) {
    checked.type = source.type;
    checked.reread = () => streamedValues(source);
    checked.locate = async (segments) => locateStreamed(source, segments);
  }
  return checked;
}

/** A body that starts like a JSON object or list of objects: `{"` or `[{"`, after white space. */
function looksLikeJson(body: string): boolean {
  let i = 0;
  const skip = () => {
    while (i < body.length && (body.charCodeAt(i) === 0x20 || body.charCodeAt(i) === 0x09 || body.charCodeAt(i) === 0x0a || body.charCodeAt(i) === 0x0d)) i++;
  };
  skip();
  const first = body.charCodeAt(i);
  if (first !== 0x7b && first !== 0x5b) return false;
  i++;
  skip();
  return body.charCodeAt(i) === 0x22;
}
