import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { SLOW } from "../support/slow.js";

/** The packed tarball, installed into a throwaway consumer project: see test/package/support.ts. */
export interface Packed {
  /** The temporary directory holding both. */
  work: string;
  /** The `.tgz` that `npm pack` wrote. */
  tarball: string;
  /** A project with the tarball (and fast-check) installed in its node_modules. */
  project: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    packed: Packed;
  }
}

const root = fileURLToPath(new URL("../..", import.meta.url));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** Runs a command, failing with everything it printed. */
export function run(command: string, args: string[], cwd: string, timeout = 60_000): string {
  try {
    return execFileSync(command, args, { cwd, encoding: "utf8", timeout, stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${command} ${args.join(" ")} failed in ${cwd}\n${e.message}\n${e.stdout ?? ""}\n${e.stderr ?? ""}`);
  }
}

// Only the slow suite reads dist/ (the tarball, the browser bundles): it builds dist/ once from
// the current source, packs it, and installs the tarball into a consumer project in the OS temp
// directory, offline from the npm cache that `npm ci` filled. The everyday run does neither.
export default function setup(project: TestProject): (() => void) | undefined {
  if (!SLOW) return undefined;
  run(npm, ["run", "build"], root, 120_000);
  const work = mkdtempSync(join(tmpdir(), "evo-codec-package-"));
  const packed = JSON.parse(run(npm, ["pack", "--json", "--ignore-scripts", "--pack-destination", work], root)) as { filename: string }[];
  const tarball = join(work, packed[0]!.filename);
  const consumer = join(work, "consumer");
  mkdirSync(consumer);
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  // fast-check is the caller's: install the repo's pinned version next to the package, so the
  // `evo-codec/testing` subpath can be exercised too. `--prefer-offline` still lets npm fall back
  // to the registry on a cold cache.
  const devDependencies = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { devDependencies: Record<string, string> }).devDependencies;
  run(
    npm,
    ["install", "--no-audit", "--no-fund", "--no-package-lock", "--prefer-offline", "--ignore-scripts", tarball, `fast-check@${devDependencies["fast-check"]}`],
    consumer,
    120_000,
  );
  project.provide("packed", { work, tarball, project: consumer });
  return () => rmSync(work, { recursive: true, force: true });
}
