import { existsSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { quoteText } from "../core/objects.js";
import { readSmallText } from "./files.js";
import { locatePath } from "./locate.js";
import { placeInText } from "./place.js";
import { EXPECTABLE_CODES, problemAt, type FileResult, type Problem } from "./problem.js";
import type { Unreadable } from "./walk.js";

/** The file in a folder of negative fixtures that states the error each must give. */
export const EXPECT_FILE = ".evo-codec-expect.json";

/** The error a negative fixture must fail with: its code, and where when that is stated. */
export interface Expectation {
  readonly code: string;
  readonly path?: string;
  readonly line?: number;
  readonly column?: number;
}

/** Where expectations come from: a folder's `.evo-codec-expect.json`; a config file can be another. */
export interface ExpectationSource {
  /** The expectation stated for the file at this absolute path, if any. */
  expectationFor(path: string): Expectation | undefined;
}

/**
 * Judges a negative fixture (`--expect-invalid`) and returns the problems left to report. A file
 * that was not checked keeps its problems; one that decodes is unexpectedly valid; one that
 * fails is as expected when nothing more is stated, or when one of its problems matches the
 * expectation (the code, and the path, line and column that are stated).
 */
export function judgeNegative(result: FileResult, expected: Expectation | undefined): Problem[] {
  if (!result.checked) return result.problems;
  if (result.problems.length === 0) {
    const message = `this file was expected to be invalid${expected ? ` (${describe(expected)})` : ""}, but it decodes`;
    return [{ line: 1, column: 1, offset: 0, path: "", code: "unexpectedly-valid", message }];
  }
  if (!expected || result.problems.some((problem) => matches(problem, expected))) return [];
  const actual = result.problems[0]!;
  const message = `expected ${describe(expected)}, but it fails with ${describe(actual)}: ${actual.message}`;
  return [{ ...actual, code: "wrong-error", message }];
}

function matches(problem: Problem, expected: Expectation): boolean {
  return (
    problem.code === expected.code &&
    (expected.path === undefined || expected.path === problem.path) &&
    (expected.line === undefined || expected.line === problem.line) &&
    (expected.column === undefined || expected.column === problem.column)
  );
}

function describe(what: Expectation): string {
  const at = what.line === undefined ? "" : what.column === undefined ? ` on line ${what.line}` : ` at ${what.line}:${what.column}`;
  return `${what.code}${at}${what.path ? ` in ${what.path}` : ""}`;
}

/** Expectations read from each folder's `.evo-codec-expect.json`, once per folder. */
export class FolderExpectations implements ExpectationSource {
  readonly unreadable: Unreadable[] = [];
  private readonly folders = new Map<string, { text: string; entries: Map<string, Expectation> } | undefined>();
  private readonly used = new Set<string>();

  constructor(private readonly cwd: string) {}

  expectationFor(path: string): Expectation | undefined {
    this.used.add(path);
    return this.load(dirname(path))?.entries.get(basename(path));
  }

  /** Entries of the walked folders' files that name no file checked, as problems of those files. */
  stale(folders: readonly string[]): FileResult[] {
    const results: FileResult[] = [];
    for (const folder of folders) {
      const loaded = this.load(folder);
      if (!loaded) continue;
      const problems = [...loaded.entries.keys()]
        .filter((name) => !this.used.has(join(folder, name)))
        .map((name) => problemAt(placeInText(loaded.text, locatePath("json", loaded.text, [name])), "stale-expectation", `${quoteText(name)} names no file checked in this folder`));
      if (problems.length > 0) results.push({ file: relative(this.cwd, join(folder, EXPECT_FILE)), format: undefined, problems, checked: false });
    }
    return results;
  }

  private load(folder: string): { text: string; entries: Map<string, Expectation> } | undefined {
    if (this.folders.has(folder)) return this.folders.get(folder);
    const path = join(folder, EXPECT_FILE);
    let loaded: { text: string; entries: Map<string, Expectation> } | undefined;
    if (existsSync(path)) {
      const read = readSmallText(path);
      const entries = "text" in read ? parseExpectations(read.text) : read.reason;
      if (typeof entries === "string") this.unreadable.push({ path: relative(this.cwd, path), message: `cannot use it: ${entries}` });
      else loaded = { text: (read as { text: string }).text, entries };
    }
    this.folders.set(folder, loaded);
    return loaded;
  }
}

const PROPERTIES = new Set(["code", "path", "line", "column"]);

/**
 * `{ "file name": "code" }` or `{ "file name": { "code": …, "path": …, "line": …, "column": … } }`,
 * or why the text is not that.
 */
export function parseExpectations(text: string): Map<string, Expectation> | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return `it is not JSON: ${(error as Error).message}`;
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return "it must be an object whose keys are file names in its folder";
  const entries = new Map<string, Expectation>();
  for (const [name, value] of Object.entries(data)) {
    const stated = typeof value === "string" ? { code: value } : value;
    if (typeof stated !== "object" || stated === null || Array.isArray(stated)) return `${quoteText(name)}: a code, or an object with a code`;
    const fields = stated as Record<string, unknown>;
    const unknown = Object.keys(fields).find((key) => !PROPERTIES.has(key));
    if (unknown !== undefined) return `${quoteText(name)}: unknown property ${quoteText(unknown)} (code, path, line and column are known)`;
    if (typeof fields["code"] !== "string" || !EXPECTABLE_CODES.has(fields["code"])) return `${quoteText(name)}: unknown code ${quoteText(String(fields["code"]))}`;
    if (fields["path"] !== undefined && typeof fields["path"] !== "string") return `${quoteText(name)}: path must be a string`;
    for (const key of ["line", "column"]) {
      const n = fields[key];
      if (n !== undefined && !(typeof n === "number" && Number.isInteger(n) && n >= 1)) return `${quoteText(name)}: ${key} must be a positive integer`;
    }
    entries.set(name, stated as Expectation);
  }
  return entries;
}
