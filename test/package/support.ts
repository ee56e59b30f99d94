// The published package, as a consumer sees it: test/setup/build.ts builds dist/, packs it with
// `npm pack` and installs the tarball into a throwaway project (slow suite only). These helpers
// run scripts inside that project, from separate `node` processes.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";
import { run, type Packed } from "../setup/build.js";
import { SLOW } from "../support/slow.js";

export { run };

export const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));
export const dist = join(root, "dist");
export const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  version: string;
  name: string;
  license: string;
  files: string[];
  engines: { node: string };
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};

/** The tarball and the consumer project it is installed in (only while the slow suite runs). */
export function packed(): Packed {
  if (!SLOW) throw new Error("the packed tarball exists only in the slow suite (EVO_SLOW=1)");
  return inject("packed");
}

/** Runs a script file with `node` inside the consumer project and parses what it prints as JSON. */
export function node(file: string, source: string): unknown {
  const { project } = packed();
  writeFileSync(join(project, file), source);
  return JSON.parse(run(process.execPath, [file], project, 20_000));
}
