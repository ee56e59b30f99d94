import ignore, { type Ignore } from "ignore";
import { join } from "node:path";
import { readSmallText } from "./files.js";
import { patternPath } from "./patterns.js";

// gitignore-style patterns, through `ignore` (the matcher ESLint and many others use for
// .gitignore rules, with no dependencies): `*.tmp`, `drafts/`, `/top-only.json`, `!keep.json`.

/** A folder's `.evo-codec-ignore`: gitignore-style patterns for that folder and everything below it. */
export const IGNORE_FILE = ".evo-codec-ignore";

/** One file's patterns (or the config's `ignore`), relative to its folder. */
export interface IgnoreSet {
  /** The folder the patterns are relative to (absolute). */
  readonly base: string;
  /** Where they were written, for the reason a path is passed over. */
  readonly source: string;
  readonly rules: Ignore;
}

export function ignoreSet(base: string, source: string, patterns: readonly string[] | string): IgnoreSet {
  return { base, source, rules: ignore().add(patterns) };
}

/**
 * The sets that apply to a path, outermost first: as in git, a deeper file's pattern (a `!keep`)
 * overrides an outer one, and a folder passed over takes everything below it along.
 */
export class IgnoreRules {
  static readonly NONE = new IgnoreRules([]);

  constructor(private readonly sets: readonly IgnoreSet[]) {}

  with(set: IgnoreSet | undefined): IgnoreRules {
    return set ? new IgnoreRules([...this.sets, set]) : this;
  }

  /** Why `path` (absolute; a folder when `folder`) is passed over (`.evo-codec-ignore: drafts/`), or `undefined`. */
  reason(path: string, folder: boolean): string | undefined {
    let verdict: string | undefined;
    for (const set of this.sets) {
      const relative = patternPath(set.base, path);
      if (relative === "" || relative.startsWith("../") || relative === ".." || relative.startsWith("/")) continue;
      const tested = set.rules.test(folder ? `${relative}/` : relative);
      if (tested.ignored) verdict = `${set.source}: ${tested.rule?.pattern ?? relative}`;
      else if (tested.unignored) verdict = undefined;
    }
    return verdict;
  }
}

/**
 * A folder's `.evo-codec-ignore`, read only when it is a regular file of sane size (a symlink to
 * `/dev/zero` or a FIFO is not read), or why it could not be used.
 */
export function readIgnoreFile(folder: string, shown: (path: string) => string): IgnoreSet | { reason: string } {
  const path = join(folder, IGNORE_FILE);
  const read = readSmallText(path);
  if ("reason" in read) return read;
  return ignoreSet(folder, shown(path), read.text);
}
