import { boolean, dictionary, int, list, nullable, object, string } from "../../schema/build.js";
import type { Infer } from "../../schema/infer.js";

// The config file, described with the project's own building blocks and read with its own
// strict JSON decoder: a misspelt member, a string where a list belongs or a repeated pattern is
// a positioned problem (line:column in the config file), as in any document evo-codec reads.
// Member names are matched ignoring letter case, as every decoder matches them.

/** The error a negative fixture must fail with (as in `.evo-codec-expect.json`, the object form). */
export const ExpectedError = object("ExpectedError", {
  code: string(),
  path: string(),
  line: nullable(int()),
  column: nullable(int()),
});

/** What applies to the files a pattern matches; what an entry leaves out, an earlier entry or the top level decides. */
export const FileRule = object("FileRule", {
  /** A built-in type's name, or `module#Export` relative to the config file's folder. */
  type: string(),
  strict: nullable(boolean()),
  maxLength: nullable(int()),
  expectInvalid: nullable(boolean()),
});

/** `evo-codec.config.json`, or the `"evo-codec"` member of `package.json`. */
export type Config = Infer<typeof Config>;
export const Config = object("EvoCodecConfig", {
  /** What `evo-codec validate` with no path checks: paths or quoted globs, relative to the config's folder. */
  paths: list(string()),
  /** The type of every file no `files` entry types (default `SessionInfo`). */
  type: string(),
  /** Unknown and repeated members are problems (default `true`). */
  strict: nullable(boolean()),
  maxLength: nullable(int()),
  maxProblems: nullable(int()),
  /** Compare files that share a base name (default `true`). */
  compare: nullable(boolean()),
  /** gitignore-style patterns, relative to the config's folder, of paths never checked. */
  ignore: list(string()),
  /** Glob pattern (relative to the config's folder) to what applies to the files it matches; later entries win. */
  files: dictionary(FileRule),
  /** Path of a negative fixture (relative to the config's folder) to the error it must fail with. */
  expect: dictionary(ExpectedError),
});
