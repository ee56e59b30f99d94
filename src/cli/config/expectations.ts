import { dirname } from "node:path";
import { quoteText } from "../../core/objects.js";
import type { Expectation, ExpectationSource } from "../expectations.js";
import { locatePath } from "../locate.js";
import { placeInText } from "../place.js";
import { problemAt, type FileResult, type Problem } from "../problem.js";

/** One `expect` entry: the key as written, and the error stated. */
export interface StatedError {
  readonly key: string;
  readonly expected: Expectation;
}

/** The config's `expect` entries: the error each negative fixture must fail with, by path. */
export class ConfigExpectations implements ExpectationSource {
  private readonly used = new Set<string>();

  constructor(
    /** The config's file, relative to the working directory. */
    private readonly file: string,
    private readonly text: string,
    /** By absolute path. */
    private readonly entries: ReadonlyMap<string, StatedError>,
  ) {}

  /** Whether the config states an error for the file at this absolute path. */
  states(path: string): boolean {
    return this.entries.has(path);
  }

  expectationFor(path: string): Expectation | undefined {
    const entry = this.entries.get(path);
    if (entry) this.used.add(path);
    return entry?.expected;
  }

  /** Entries for files in the walked folders that were not checked as negative fixtures, as problems of the config file. */
  stale(folders: readonly string[]): FileResult[] {
    const walked = new Set(folders);
    const problems: Problem[] = [];
    for (const [path, { key }] of this.entries) {
      if (this.used.has(path) || !walked.has(dirname(path))) continue;
      const place = placeInText(this.text, locatePath("json", this.text, ["expect", key]));
      problems.push(problemAt(place, "stale-expectation", `${quoteText(key)} names no file checked as a negative fixture`));
    }
    return problems.length === 0 ? [] : [{ file: this.file, format: undefined, problems, checked: false }];
  }
}
