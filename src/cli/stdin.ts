import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Standard input: `process.stdin` in the bin, a list of chunks in tests. */
export type StdinSource = AsyncIterable<Uint8Array | string>;

/** Standard input, kept in a file of its own for the run. */
export interface StdinFile {
  /** The file holding what was read. */
  readonly path: string;
  /** Deletes the file and its folder. */
  remove(): void;
}

/**
 * Copies standard input into a new private folder, a piece at a time, so that it is read as any
 * file is (strictly, streamed when big, placed by line and column) in bounded memory.
 */
export async function stdinToFile(stdin: StdinSource): Promise<StdinFile> {
  const folder = mkdtempSync(join(tmpdir(), "evo-codec-stdin-"));
  const path = join(folder, "stdin");
  const remove = () => rmSync(folder, { recursive: true, force: true });
  try {
    const fd = openSync(path, "wx", 0o600);
    try {
      for await (const chunk of stdin) writeSync(fd, typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    remove();
    throw error;
  }
  return { path, remove };
}
