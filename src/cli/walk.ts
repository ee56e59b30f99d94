import { readdirSync, realpathSync, statSync, type Dirent } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { CONFIG_FILE } from "./config/find.js";
import { kindOfFile } from "./document.js";
import { kindOfEntry } from "./files.js";
import { IGNORE_FILE, IgnoreRules, readIgnoreFile } from "./ignore-rules.js";
import { compileGlob, isGlob, patternPath } from "./patterns.js";

export { IGNORE_FILE } from "./ignore-rules.js";

/** A file to check. */
export interface Candidate {
  /** Absolute, as found (through a symlink, if that is how it was reached). */
  readonly path: string;
  /** As reported: relative to the working directory. */
  readonly file: string;
  /** The name whose extension tells its format, when `file` does not (standard input). */
  readonly kindFrom?: string;
}

/** A path that could not be read (exit 2), or a `.evo-codec-*` file that could not be used. */
export interface Unreadable {
  readonly path: string;
  readonly message: string;
}

/** Something the walk did not check, and why: never passed over without a word. */
export interface Skipped {
  readonly path: string;
  readonly reason: string;
}

export interface WalkOptions {
  /** The config's `ignore`: applies to paths named on the command line too, and before any folder's `.evo-codec-ignore`. */
  readonly ignore?: IgnoreRules;
}

export interface Collected {
  readonly files: Candidate[];
  readonly unreadable: Unreadable[];
  readonly skipped: Skipped[];
  /** Every folder walked (absolute, as found). */
  readonly folders: string[];
}

/**
 * Finds the files to check: given files as they are, folders walked for the formats' extensions
 * (`.json .jsv .csv .jsonl`) and `.http`, and a quoted glob (`'recorded/**\/*.jsv'`) by walking
 * the folder before its first wildcard for the files it matches. Each file is checked once,
 * however often it is reached. A symlink met in a walk is followed when its target lies inside
 * a path given (a loop is walked once), and reported as skipped otherwise. A folder that cannot
 * be read is reported, and the walk goes on. gitignore-style patterns pass paths over: a
 * folder's `.evo-codec-ignore` in the walk below that folder, the config's `ignore` everywhere
 * (a path named on the command line that it passes over is reported as skipped).
 */
export function collectFiles(paths: readonly string[], cwd: string, options: WalkOptions = {}): Collected {
  const collected: Collected = { files: [], unreadable: [], skipped: [], folders: [] };
  const shown = (path: string) => relative(cwd, path) || ".";
  const ignoreFileIn = (folder: string, entries: readonly Dirent[]) => {
    if (!entries.some((entry) => entry.name === IGNORE_FILE)) return undefined;
    const read = readIgnoreFile(folder, shown);
    if ("rules" in read) return read;
    collected.unreadable.push({ path: shown(join(folder, IGNORE_FILE)), message: `${read.reason}; the folder is walked as if it had none` });
    return undefined;
  };
  const configRules = options.ignore ?? IgnoreRules.NONE;
  const roots: string[] = [];
  const given: { path: string; real: string; folder: boolean; pattern?: string; matches?: (path: string) => boolean }[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    try {
      if (isGlob(path) && !existsQuietly(absolute)) {
        const glob = compileGlob(path);
        if (typeof glob === "string") throw new Error(`not a pattern: ${glob}`);
        const base = resolve(cwd, glob.base);
        const real = realpathSync(base);
        given.push({ path: base, real, folder: true, pattern: path, matches: (file) => glob.matches(patternPath(cwd, file)) || glob.matches(file) });
        roots.push(real);
        continue;
      }
      const folder = statSync(absolute).isDirectory();
      const real = realpathSync(absolute);
      given.push({ path: absolute, real, folder });
      if (folder) roots.push(real);
    } catch (error) {
      collected.unreadable.push({ path, message: (error as Error).message });
    }
  }
  const inside = (real: string) => roots.some((root) => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep));
  const seenFiles = new Map<string, string>();
  const walkedFolders = new Map<string, string>();

  let matches: ((path: string) => boolean) | undefined;
  const addFile = (path: string, real: string, viaLink: boolean): void => {
    if (matches && !matches(path)) return;
    const first = seenFiles.get(real);
    if (first !== undefined) {
      if (viaLink) collected.skipped.push({ path: shown(path), reason: `the same file as ${first}, already checked` });
      return;
    }
    seenFiles.set(real, shown(path));
    collected.files.push({ path, file: shown(path) });
  };

  // Depth first, in name order, with an explicit stack: no recursion follows the tree.
  const stack: { folder: string; real: string; entries: Dirent[]; next: number; rules: IgnoreRules }[] = [];
  const enter = (folder: string, real: string, viaLink: boolean, rules: IgnoreRules): void => {
    const first = walkedFolders.get(real);
    if (first !== undefined) {
      if (viaLink) collected.skipped.push({ path: shown(folder), reason: `the folder ${first}, already walked (a symlink loop or a second way in)` });
      return;
    }
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (error) {
      collected.unreadable.push({ path: shown(folder), message: (error as Error).message });
      return;
    }
    walkedFolders.set(real, shown(folder));
    collected.folders.push(folder);
    stack.push({ folder, real, entries, next: 0, rules: rules.with(ignoreFileIn(folder, entries)) });
  };

  for (const root of given) {
    const { path, real, folder } = root;
    const ignored = root.matches ? undefined : configRules.reason(path, folder);
    if (ignored !== undefined) {
      collected.skipped.push({ path: shown(path), reason: `named on the command line, but passed over by ${ignored}` });
      continue;
    }
    matches = root.matches;
    if (!folder) {
      addFile(path, real, false);
      continue;
    }
    const before = collected.files.length;
    enter(path, real, false, configRules);
    walk();
    if (root.pattern !== undefined && collected.files.length === before) collected.unreadable.push({ path: root.pattern, message: "no file matches this pattern" });
  }
  return collected;

  function walk(): void {
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const entry = frame.entries[frame.next++];
      if (entry === undefined) {
        stack.pop();
        continue;
      }
      const name = entry.name;
      if (name.startsWith(".") || name === "node_modules" || name === CONFIG_FILE) continue;
      const path = join(frame.folder, name);
      if (frame.rules.reason(path, entry.isDirectory()) !== undefined) continue;
      if (entry.isDirectory()) enter(path, join(frame.real, name), false, frame.rules);
      else if (entry.isSymbolicLink()) followLink(path, frame.rules);
      else if (!kindOfFile(name)) continue;
      else if (entry.isFile()) addFile(path, join(frame.real, name), false);
      else collected.skipped.push({ path: shown(path), reason: `not a regular file (${kindOfEntry(entry)})` });
    }
  }

  function followLink(path: string, rules: IgnoreRules): void {
    let real: string;
    let stats;
    try {
      real = realpathSync(path);
      stats = statSync(real);
    } catch (error) {
      // A broken link may have pointed at a folder of fixtures: only a name of another kind (notes.txt) passes silently.
      if (kindOfFile(path) || !hasExtension(path)) {
        collected.unreadable.push({ path: shown(path), message: `a symlink whose target cannot be read: ${(error as Error).message}` });
      }
      return;
    }
    const folder = stats.isDirectory();
    if (!folder && !kindOfFile(path)) return; // like any file of no known kind
    if (!inside(real)) {
      collected.skipped.push({ path: shown(path), reason: `a symlink to a ${folder ? "folder" : "file"} outside the paths given (${real}): not followed` });
    } else if (folder) {
      enter(path, real, true, rules);
    } else if (stats.isFile()) {
      addFile(path, real, true);
    } else {
      collected.skipped.push({ path: shown(path), reason: `a symlink to something that is not a regular file (${kindOfEntry(stats)})` });
    }
  }
}

function hasExtension(path: string): boolean {
  const name = path.slice(path.lastIndexOf(sep) + 1);
  return name.lastIndexOf(".") > 0;
}

function existsQuietly(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
