import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { firstDifference } from "../core/compare.js";
import { DecodeError, type Format } from "../core/errors.js";
import { positionAt } from "../core/position.js";
import { csvNormalised } from "../csv/normalise.js";
import { listOf } from "../schema/build.js";
import type { ObjectSchema } from "../schema/nodes.js";
import { decodeDocument, kindOfFile } from "./document.js";
import { formatOfContentType, parseRecordedResponse } from "./http.js";

/** One thing wrong with one file. */
export interface Problem {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
  /** Where in the value (`members[0].role`); empty at the root or for the file as a whole. */
  readonly path: string;
  /** A `DecodeError` code, or one of the validator's: `format`, `content-type`, `http`, `mismatch`, `unexpectedly-valid`, `unreadable`. */
  readonly code: string;
  readonly message: string;
  /** The line of text with a caret under the column, when there is one. */
  readonly excerpt?: string;
}

export interface FileResult {
  /** As given or found, relative to the working directory. */
  readonly file: string;
  readonly format: Format | undefined;
  readonly problems: Problem[];
  /** The decoded value, for comparing files that share a base name. */
  value?: unknown;
  /** Whether the value came from CSV (whose empty strings read back absent). */
  fromCsv?: boolean;
}

export interface ValidateOptions {
  readonly type: ObjectSchema;
  /** Succeed only when every file fails: for folders of known-bad inputs. */
  readonly expectInvalid: boolean;
  /** Called after each file, for progress. */
  readonly onFile?: (done: number, total: number) => void;
}

export interface Report {
  readonly files: FileResult[];
  /** Paths that could not be read at all (a usage problem: exit code 2). */
  readonly unreadable: { path: string; message: string }[];
}

/** A folder's `.evo-codec-ignore` lists names in that folder the walk passes over. */
export const IGNORE_FILE = ".evo-codec-ignore";

/** Finds the files to check: given files as they are, folders walked for `.json .jsv .csv .jsonl .http`. */
export function collectFiles(paths: readonly string[], cwd: string): { files: string[]; unreadable: Report["unreadable"] } {
  const files: string[] = [];
  const unreadable: Report["unreadable"] = [];
  const walk = (folder: string): void => {
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    const ignored = new Set(
      entries.some((e) => e.name === IGNORE_FILE)
        ? readFileSync(join(folder, IGNORE_FILE), "utf8")
            .split(/\r?\n/)
            .map((line) => line.trim().replace(/\/$/, ""))
            .filter((line) => line !== "" && !line.startsWith("#"))
        : [],
    );
    for (const entry of entries) {
      if (ignored.has(entry.name) || entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && kindOfFile(entry.name)) files.push(path);
    }
  };
  for (const given of paths) {
    const path = resolve(cwd, given);
    try {
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    } catch (error) {
      unreadable.push({ path: given, message: (error as Error).message });
    }
  }
  return { files: files.map((file) => relative(cwd, file) || file), unreadable };
}

/** Decodes every file strictly, then checks that files sharing a base name hold the same value. */
export function validate(paths: readonly string[], cwd: string, options: ValidateOptions): Report {
  const { files, unreadable } = collectFiles(paths, cwd);
  const results = files.map((file, index) => {
    const result = checkFile(file, cwd, options.type);
    options.onFile?.(index + 1, files.length);
    return result;
  });
  compareSiblings(results, options.type);
  if (options.expectInvalid) {
    for (const result of results) {
      if (result.problems.length === 0) {
        result.problems.push({ line: 1, column: 1, offset: 0, path: "", code: "unexpectedly-valid", message: "this file was expected to be invalid, but it decodes" });
      } else {
        result.problems.length = 0; // a known-bad file that fails is what was expected
      }
    }
  }
  return { files: results, unreadable };
}

function checkFile(file: string, cwd: string, type: ObjectSchema): FileResult {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), "utf8");
  } catch (error) {
    return { file, format: undefined, problems: [{ line: 1, column: 1, offset: 0, path: "", code: "unreadable", message: (error as Error).message }] };
  }
  const kind = kindOfFile(file);
  if (kind !== "http") return decodeFile(file, text, kind, text, 0, type);

  const response = parseRecordedResponse(text);
  if ("message" in response) {
    return { file, format: undefined, problems: [problemAt(text, response.offset, "http", response.message)] };
  }
  const contentType = response.headers.get("content-type");
  const format = formatOfContentType(contentType);
  if (!format) {
    const message = contentType === undefined ? "the response has no Content-Type" : `Content-Type ${contentType} is not JSON, JSV, CSV or JSON Lines`;
    return { file, format: undefined, problems: [problemAt(text, response.bodyOffset, "content-type", message)] };
  }
  const result = decodeFile(file, response.body, format, text, response.bodyOffset, type);
  const looksLike = format !== "json" && /^\s*[{[]\s*"/.test(response.body) ? "; the body looks like JSON" : "";
  for (const problem of result.problems) {
    (problem as { message: string }).message += ` (the body of a ${contentType} response${looksLike})`;
  }
  return result;
}

/** Decodes a body of `format`; errors are placed in `whole`, where the body starts at `bodyOffset`. */
function decodeFile(file: string, body: string, format: Format | undefined, whole: string, bodyOffset: number, type: ObjectSchema): FileResult {
  if (!format) {
    return { file, format, problems: [{ line: 1, column: 1, offset: 0, path: "", code: "format", message: "not a .json, .jsv, .csv, .jsonl or .http file: its format is unknown" }] };
  }
  try {
    const { value } = decodeDocument(format, body, type, { strict: true });
    return { file, format, problems: [], value, fromCsv: format === "csv" };
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    const problem = problemAt(whole, bodyOffset + error.offset, error.code, error.detail, error.path);
    return { file, format, problems: [problem] };
  }
}


function problemAt(text: string, offset: number, code: string, message: string, path = ""): Problem {
  const position = positionAt(text, offset);
  const excerpt = DecodeError.at("json", "syntax", "", "", text, offset).excerpt;
  return { line: position.line, column: position.column, offset: position.offset, path, code, message, excerpt };
}

function single(value: unknown): unknown {
  return Array.isArray(value) && value.length === 1 ? value[0] : value;
}

/** Files in one folder whose names agree up to the first dot must decode to the same value. */
function compareSiblings(results: FileResult[], type: ObjectSchema): void {
  // CSV reads an empty top-level string back as absent: compare the others the same way.
  const normalised = (value: unknown) => csvNormalised(Array.isArray(value) ? listOf(type) : type, value);
  const groups = new Map<string, FileResult[]>();
  for (const result of results) {
    if (result.value === undefined) continue;
    const key = join(dirname(result.file), basename(result.file).split(".")[0]!);
    groups.set(key, [...(groups.get(key) ?? []), result]);
  }
  for (const group of groups.values()) {
    const [first, ...others] = group;
    for (const other of others) {
      const csvInvolved = first!.fromCsv || other.fromCsv;
      // A one-row table is read as one value: a list of one compares as that one value too.
      const a = single(csvInvolved ? normalised(first!.value) : first!.value);
      const b = single(csvInvolved ? normalised(other.value) : other.value);
      const path = firstDifference(a, b);
      if (path !== undefined) {
        other.problems.push({
          line: 1,
          column: 1,
          offset: 0,
          path,
          code: "mismatch",
          message: `decodes to a different value from ${first!.file}${path === "" ? "" : ` at ${path}`}`,
        });
      }
    }
  }
}

