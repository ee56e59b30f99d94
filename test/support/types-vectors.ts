import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";

// The type-coverage vectors (fixtures/vectors/types-README.md): what ServiceStack.Text 6.0 wrote for
// values of its test DTOs in every format and case, and what it read from lenient or broken texts.

/** A `write` line: one value (`single`) or a `List<T>` (`list`) and the reference's texts. */
export interface TypesWriteLine {
  id: string;
  kind: "single" | "list";
  type: string;
  value: unknown;
  json: string;
  jsonPascal: string;
  jsv: string;
  jsvPascal: string;
  jsvPretty: string;
  jsvPrettyPascal: string;
  csv: string;
  csvPascal?: string;
  /** Paths of double/float members spelled as Mono spells them (15 digits, `0` for -0), not as .NET Core does. */
  platformSensitive?: string[];
}

/** A `read` line: what the reference read from `text` in `format` (or the exception it threw). */
export interface TypesReadLine {
  id: string;
  kind: "read";
  type: string;
  format: "json" | "jsv" | "csv";
  case: "camel";
  text: string;
  read?: unknown;
  error?: string;
}

const lines = gunzipSync(readFileSync(fileURLToPath(new URL("../../fixtures/vectors/types-4242.jsonl.gz", import.meta.url))))
  .toString("utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as TypesWriteLine | TypesReadLine);

export const typesWriteLines: TypesWriteLine[] = lines.filter((line): line is TypesWriteLine => line.kind !== "read");
export const typesReadLines: TypesReadLine[] = lines.filter((line): line is TypesReadLine => line.kind === "read");
