import { relative, resolve } from "node:path";
import { DecodeError } from "../../core/errors.js";
import { quoteText } from "../../core/objects.js";
import type { PathSegment } from "../../core/path.js";
import { json } from "../../json/index.js";
import type { ObjectSchema } from "../../schema/nodes.js";
import type { Expectation } from "../expectations.js";
import { ignoreSet, IgnoreRules } from "../ignore-rules.js";
import { locatePath } from "../locate.js";
import { compileGlob, patternPath } from "../patterns.js";
import { placeInText } from "../place.js";
import { EXPECTABLE_CODES, problemAt, type Problem } from "../problem.js";
import type { FileSettings } from "../settings.js";
import { TypeLoadError, type TypeLoader } from "../user-types.js";
import { ConfigExpectations, type StatedError } from "./expectations.js";
import { memberValueAt, type ConfigText } from "./find.js";
import { Config } from "./schema.js";

/** A config that is not valid: each problem at its line and column in the config's file. Exit 2. */
export class ConfigError extends Error {
  constructor(
    /** The config's file, relative to the working directory. */
    readonly file: string,
    readonly problems: readonly Problem[],
  ) {
    super(`${file}: ${problems.map((p) => `${p.line}:${p.column} ${p.message}`).join("; ")}`);
  }
}

/** What a config decides, read, checked and resolved (its types loaded). */
export interface LoadedConfig {
  /** The config's file, relative to the working directory. */
  readonly file: string;
  /** A `package.json` config the config file shadowed (relative to the working directory). */
  readonly shadows?: string;
  /** What to check when the command line names nothing: absolute paths and globs. */
  readonly paths: readonly string[];
  /** The settings of a file, as far as the config decides them (top level, then each `files` pattern that matches, in order). */
  readonly settingsFor: (path: string) => Partial<FileSettings>;
  readonly maxProblems?: number;
  readonly compare?: boolean;
  readonly ignore: IgnoreRules;
  readonly expectations: ConfigExpectations;
}

/**
 * Reads a config strictly as its described schema, then checks what a schema cannot say (types
 * that exist, codes that exist, positive limits, patterns that compile) and loads its types.
 * Every problem found is reported at once, each at its place; throws {@link ConfigError}.
 */
export async function loadConfig(found: ConfigText, cwd: string, loader: TypeLoader): Promise<LoadedConfig> {
  const file = relative(cwd, found.path) || found.path;
  let config: Config;
  try {
    config = json.decode(Config, found.text, { strict: true, maxLength: found.text.length });
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    const place = { offset: error.offset, line: error.line, column: error.column, excerpt: error.excerpt };
    throw new ConfigError(file, [problemAt(place, error.code, error.detail, error.path)]);
  }
  const problems: Problem[] = [];
  // At the member's value (a type, a code, a number), or at a key (a pattern) when `key` is set.
  const at = (segments: PathSegment[], message: string, key = false) => {
    const nameAt = locatePath("json", found.text, segments);
    problems.push(problemAt(placeInText(found.text, key ? nameAt : memberValueAt(found.text, nameAt)), "config", message));
  };
  const positive = (value: number | undefined, segments: PathSegment[]) => {
    if (value !== undefined && value !== null && value < 1) at(segments, `${segments.at(-1)} must be at least 1, not ${value}`);
    return value ?? undefined;
  };
  const typeAt = async (reference: string | undefined, segments: PathSegment[]): Promise<ObjectSchema | undefined> => {
    if (reference === undefined) return undefined;
    try {
      return await loader.load(reference, found.folder);
    } catch (error) {
      if (!(error instanceof TypeLoadError)) throw error;
      at(segments, error.message);
      return undefined;
    }
  };

  const top: Partial<FileSettings> = compact({
    type: await typeAt(config.type, ["type"]),
    strict: config.strict ?? undefined,
    maxLength: positive(config.maxLength, ["maxLength"]),
  });
  const rules: { matches: (path: string) => boolean; settings: Partial<FileSettings> }[] = [];
  for (const [pattern, rule] of Object.entries(config.files ?? {})) {
    const glob = compileGlob(pattern);
    if (typeof glob === "string") at(["files", pattern], `${quoteText(pattern)} is not a glob pattern: ${glob}`, true);
    const settings = compact({
      type: await typeAt(rule.type, ["files", pattern, "type"]),
      strict: rule.strict ?? undefined,
      maxLength: positive(rule.maxLength, ["files", pattern, "maxLength"]),
      expectInvalid: rule.expectInvalid ?? undefined,
    });
    if (typeof glob !== "string") rules.push({ matches: (path) => glob.matches(patternPath(found.folder, path)), settings });
  }
  const expected = new Map<string, StatedError>();
  for (const [name, entry] of Object.entries(config.expect ?? {})) {
    if (entry.code === undefined) at(["expect", name], "an expected error needs its code");
    else if (!EXPECTABLE_CODES.has(entry.code)) at(["expect", name, "code"], `unknown code ${quoteText(entry.code)}`);
    positive(entry.line, ["expect", name, "line"]);
    positive(entry.column, ["expect", name, "column"]);
    const stated: Expectation = compact({ code: entry.code ?? "", path: entry.path, line: entry.line ?? undefined, column: entry.column ?? undefined });
    expected.set(resolve(found.folder, name), { key: name, expected: stated });
  }
  const maxProblems = positive(config.maxProblems, ["maxProblems"]);
  if (problems.length > 0) throw new ConfigError(file, problems);

  const expectations = new ConfigExpectations(file, found.text, expected);
  return {
    file,
    shadows: found.shadows === undefined ? undefined : relative(cwd, found.shadows),
    paths: (config.paths ?? []).map((path) => resolve(found.folder, path)),
    settingsFor: (path) => {
      let settings = top;
      for (const rule of rules) if (rule.matches(path)) settings = { ...settings, ...rule.settings };
      // Stating the error a file must fail with makes it a negative fixture.
      return expectations.states(path) ? { ...settings, expectInvalid: true } : settings;
    },
    maxProblems,
    compare: config.compare ?? undefined,
    ignore: config.ignore && config.ignore.length > 0 ? IgnoreRules.NONE.with(ignoreSet(found.folder, `${file} "ignore"`, config.ignore)) : IgnoreRules.NONE,
    expectations,
  };
}

/** `object` without its undefined properties, so that spreading it overrides only what it states. */
function compact<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}
