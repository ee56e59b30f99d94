import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { locatePath } from "../locate.js";
import { readSmallText } from "../files.js";

/** The config file's name; an `"evo-codec"` member of `package.json` is the other place a config lives. */
export const CONFIG_FILE = "evo-codec.config.json";
/** The member of `package.json` that holds a config. */
export const PACKAGE_KEY = "evo-codec";

/** A config's text, found and read. */
export interface ConfigText {
  /** Absolute path of the file holding it. */
  readonly path: string;
  /** The folder patterns, paths and modules in it are relative to. */
  readonly folder: string;
  /**
   * The config as JSON text with the file's offsets: the whole file, or `package.json` with
   * everything but the `"evo-codec"` member's value blanked out (line breaks kept), so that a
   * decoder's line and column are the file's.
   */
  readonly text: string;
  /** A `package.json` config that this one shadows, in the same folder: said, never silently passed over. */
  readonly shadows?: string;
}

/** A config that cannot be read at all. */
export interface UnusableConfig {
  readonly path: string;
  readonly reason: string;
}

/**
 * The config for a run in `cwd`: the nearest folder, from `cwd` up, holding an
 * `evo-codec.config.json` or a `package.json` with an `"evo-codec"` member. In one folder the
 * config file wins over the `package.json` member (and the run says so).
 */
export function findConfig(cwd: string): ConfigText | UnusableConfig | undefined {
  for (let folder = resolve(cwd); ; folder = dirname(folder)) {
    const found = configIn(folder);
    if (found) return found;
    if (dirname(folder) === folder) return undefined;
  }
}

/** The config at a path named with `--config`: a JSON file of its own (or a `package.json`, read for its member). */
export function readConfigAt(path: string): ConfigText | UnusableConfig {
  if (path.endsWith("package.json")) {
    const found = packageConfig(path);
    return found ?? { path, reason: `it has no ${JSON.stringify(PACKAGE_KEY)} member` };
  }
  const read = readSmallText(path);
  if ("reason" in read) return { path, reason: read.reason };
  return { path, folder: dirname(path), text: read.text };
}

function configIn(folder: string): ConfigText | UnusableConfig | undefined {
  const file = join(folder, CONFIG_FILE);
  const inPackage = packageConfig(join(folder, "package.json"));
  if (existsSync(file) && !isFolder(file)) {
    const own = readConfigAt(file);
    return inPackage && "text" in own ? { ...own, shadows: inPackage.path } : own;
  }
  return inPackage;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** `package.json`'s `"evo-codec"` member as a config, if it has one. A `package.json` that is not JSON is npm's to report. */
function packageConfig(path: string): ConfigText | UnusableConfig | undefined {
  if (!existsSync(path)) return undefined;
  const read = readSmallText(path);
  if ("reason" in read) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(read.text);
  } catch {
    return undefined;
  }
  if (typeof data !== "object" || data === null || !Object.hasOwn(data, PACKAGE_KEY)) return undefined;
  const start = memberValueAt(read.text, locatePath("json", read.text, [PACKAGE_KEY]));
  return { path, folder: dirname(path), text: blankOutside(read.text, start, valueEnd(read.text, start)) };
}

/** Where the value of the JSON member whose name starts at `nameAt` starts (`nameAt` itself when no member starts there). */
export function memberValueAt(text: string, nameAt: number): number {
  if (text.charCodeAt(nameAt) !== 0x22) return nameAt;
  let close = nameAt + 1;
  while (close < text.length && text.charCodeAt(close) !== 0x22) close += text.charCodeAt(close) === 0x5c ? 2 : 1;
  let i = text.indexOf(":", close + 1);
  if (i < 0) return nameAt;
  i++;
  while (isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Where the JSON value starting at `start` ends, in a text already known to be JSON. */
function valueEnd(text: string, start: number): number {
  let depth = 0;
  let i = start;
  do {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      for (i++; text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    } else if (depth === 0) {
      // A scalar: up to the comma or brace after it.
      while (i < text.length && !isSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== 0x2c && text.charCodeAt(i) !== 0x7d) i++;
      return i;
    }
    i++;
  } while (depth > 0 && i < text.length);
  return i;
}

/** `text` with every character outside `[start, end)` but line breaks made a space. */
function blankOutside(text: string, start: number, end: number): string {
  const blank = (part: string) => part.replace(/[^\r\n]/g, " ");
  return blank(text.slice(0, start)) + text.slice(start, end) + blank(text.slice(end));
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}
