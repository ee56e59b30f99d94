import picomatch from "picomatch";
import { relative, sep } from "node:path";

// Glob patterns, through picomatch: the matcher of micromatch, chokidar, tinyglobby and vite, with
// no dependencies of its own. The CLI walks folders itself (so its rules for symlinks, unreadable
// folders and files reached twice hold for a glob too) and asks picomatch only whether a path
// matches.

/** Whether a path given on the command line is a glob pattern rather than a path. */
export function isGlob(pattern: string): boolean {
  return picomatch.scan(pattern).isGlob;
}

/** A glob split into the folder to walk (its part before the first wildcard) and the matcher of the files in it. */
export interface Glob {
  /** The folder the pattern's files lie under, relative to where it is read from (`""` for that folder itself). */
  readonly base: string;
  /** Whether a path (relative to where the pattern is read from, `/`-separated) matches. */
  readonly matches: (path: string) => boolean;
}

/**
 * Compiles a glob (`recorded/**\/*.jsv`, `{a,b}/*.json`), or says why it is not one. Dot files
 * match only where the pattern names them, as in a shell.
 */
export function compileGlob(pattern: string): Glob | string {
  try {
    const scanned = picomatch.scan(pattern);
    const isMatch = picomatch(pattern, { dot: false });
    return { base: scanned.base, matches: (path) => isMatch(path) };
  } catch (error) {
    return (error as Error).message;
  }
}

/** `path` relative to `from`, with `/` between its parts, as patterns are written. */
export function patternPath(from: string, path: string): string {
  const shown = relative(from, path);
  return sep === "/" ? shown : shown.split(sep).join("/");
}
