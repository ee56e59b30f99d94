import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { run, type CliIo } from "../../src/cli/run.js";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

/**
 * The library's source entry, for a user's DTO module written by a test run in-process: vitest
 * loads it as it loads the CLI, so the module describes its types with the same builders. (The
 * installed bin's tests import `evo-codec` itself.)
 */
export const SRC_INDEX = join(repoRoot, "src", "index.ts");

/** Tests that take seconds (files of hundreds of megabytes) run only with `EVO_SLOW=1`. */
export const SLOW = process.env["EVO_SLOW"] === "1";

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, as the bin would, capturing what it writes. */
export async function cli(argv: string[], options: { cwd?: string; env?: Record<string, string>; tty?: boolean; stdin?: string | Uint8Array } = {}): Promise<Outcome> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text), isTTY: options.tty ?? false },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.tty ?? false },
    env: options.env ?? {},
    cwd: options.cwd ?? repoRoot,
    stdin: options.stdin === undefined ? undefined : chunks(options.stdin),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** Standard input as a reader would get it: in pieces of at most 7 bytes, so that no piece boundary is special. */
async function* chunks(input: string | Uint8Array): AsyncGenerator<Uint8Array> {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
}

/** A throwaway folder holding the given files (a Buffer is written as bytes). */
export function folderWith(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), "evo-codec-cli-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

const IS_ROOT = process.getuid?.() === 0;

/**
 * Runs the built bin (`dist/cli/main.js`) in a child process. With `unprivileged`, as a user
 * file permissions apply to: `nobody` when the tests run as root (root reads every file), so
 * that `chmod 000` makes a file or folder unreadable.
 */
export function bin(argv: string[], options: { cwd: string; unprivileged?: boolean; shell?: string; timeout?: number }): Outcome {
  if (options.unprivileged && IS_ROOT) chmodSync(options.cwd, 0o755);
  const identity = options.unprivileged && IS_ROOT ? { uid: 65534, gid: 65534 } : {};
  const main = join(repoRoot, "dist", "cli", "main.js");
  const outcome = options.shell
    ? spawnSync("bash", ["-c", options.shell.replaceAll("$EVO", `${JSON.stringify(process.execPath)} ${JSON.stringify(main)}`)], { cwd: options.cwd, encoding: "utf8", timeout: options.timeout })
    : spawnSync(process.execPath, [main, ...argv], { cwd: options.cwd, encoding: "utf8", timeout: options.timeout, ...identity });
  return { code: outcome.status ?? -1, stdout: outcome.stdout, stderr: outcome.stderr };
}
