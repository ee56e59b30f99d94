import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { run, type CliIo } from "../../src/cli/run.js";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, as the bin would, capturing what it writes. */
export function cli(argv: string[], options: { cwd?: string; env?: Record<string, string>; tty?: boolean } = {}): Outcome {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text), isTTY: options.tty ?? false },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.tty ?? false },
    env: options.env ?? {},
    cwd: options.cwd ?? repoRoot,
  };
  const code = run(argv, io);
  return { code, stdout, stderr };
}

/** A throwaway folder holding the given files. */
export function folderWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "evo-codec-cli-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}
