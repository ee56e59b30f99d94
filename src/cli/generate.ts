import { readFileSync, writeFileSync } from "node:fs";
import { extname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { quoteText } from "../core/objects.js";
import type { GenerateProblem } from "../generate/api.js";
import { generateFromDtos } from "../generate/dtos.js";
import { generateModule, type GeneratedModule } from "../generate/generate.js";
import { MetadataError } from "../generate/read-metadata.js";
import { UsageError } from "./arguments.js";
import { EXIT } from "./exit.js";
import type { CliIo } from "./run.js";
import { printable } from "./terminal.js";

// `evo-codec generate`: descriptions of a whole API from its metadata (a file, stdin or a live
// server's /types/metadata), or from the TypeScript DTOs `get-dtos` writes.

/** The longest metadata document read, in bytes: far beyond any API's, and bounded. */
const MAX_BYTES = 256 * 1024 * 1024;

/** Runs `evo-codec generate`; resolves to the exit code. */
export async function runGenerate(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      out: { type: "string", short: "o" },
      url: { type: "string" },
      metadata: { type: "string" },
      dtos: { type: "string" },
      language: { type: "string" },
      "import-from": { type: "string", default: "evo-codec" },
      strict: { type: "boolean", default: false },
    },
  });
  if (positionals.length > 1) throw new UsageError("generate takes one metadata document");
  const metadataPath = values.metadata ?? positionals[0];
  const sources = [metadataPath, values.url, values.dtos].filter((s) => s !== undefined).length;
  if (sources === 0) throw new UsageError("generate needs a metadata document (a file, - for stdin, or --url), or --dtos");
  if (metadataPath !== undefined && values.url !== undefined) throw new UsageError("give the metadata as a file or as --url, not both");
  const language = languageOf(values.language, values.out);
  const options = { language, importFrom: values["import-from"] };

  let generated: GeneratedModule;
  try {
    if (metadataPath !== undefined || values.url !== undefined) {
      if (values.dtos !== undefined) io.stderr.write(`evo-codec: ${printable(values.dtos)} is not read: the metadata is exact where DTOs guess\n`);
      const { text, source } = values.url !== undefined ? await fetchText(values.url) : readText(metadataPath!, io.cwd);
      generated = generateModule(parseJson(text, source), { ...options, source });
    } else {
      generated = generateFromDtos(readText(values.dtos!, io.cwd).text, { ...options, source: values.dtos });
    }
  } catch (error) {
    if (error instanceof InputError || error instanceof MetadataError) {
      io.stderr.write(`evo-codec: ${printable(error.message)}\n`);
      return EXIT.usage;
    }
    throw error;
  }

  for (const problem of generated.problems) io.stderr.write(problemLine(problem));
  if (generated.types === 0) {
    io.stderr.write("evo-codec: the metadata describes no type the model can describe: nothing was written\n");
    return EXIT.usage;
  }
  if (values.out === undefined) io.stdout.write(generated.code);
  else writeFileSync(resolve(io.cwd, values.out), generated.code);
  const refused = generated.problems.filter((p) => p.refused).length;
  const where = values.out === undefined ? "" : `wrote ${printable(values.out)}: `;
  io.stderr.write(`evo-codec: ${where}${generated.types} types, ${generated.operations} operations${refused > 0 ? `, ${refused} left out` : ""}\n`);
  return values.strict && refused > 0 ? EXIT.invalid : EXIT.ok;
}

/** A source that cannot be read: exit 2, with the message. */
class InputError extends Error {}

function languageOf(language: string | undefined, out: string | undefined): "ts" | "mjs" {
  if (language === "ts" || language === "mjs") return language;
  if (language !== undefined) throw new UsageError(`--language must be ts or mjs, not ${quoteText(language)}`);
  const ext = out === undefined ? ".ts" : extname(out).toLowerCase();
  if (ext === ".mjs" || ext === ".js") return "mjs";
  if (ext === ".ts" || ext === ".mts") return "ts";
  throw new UsageError(`cannot tell the language of ${quoteText(out ?? "")}: name it .ts or .mjs, or give --language`);
}

function problemLine(problem: GenerateProblem): string {
  return `evo-codec: ${problem.refused ? "left out" : "note"} ${printable(problem.subject)}: ${printable(problem.message)}\n`;
}

function decodeUtf8(bytes: Uint8Array, source: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${source} is not UTF-8 text`);
  }
}

function readText(path: string, cwd: string): { text: string; source: string } {
  const source = path === "-" ? "stdin" : path;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path === "-" ? 0 : resolve(cwd, path));
  } catch (error) {
    throw new InputError(`cannot read ${source}: ${(error as Error).message}`);
  }
  if (bytes.length > MAX_BYTES) throw new InputError(`${source} is longer than ${MAX_BYTES} bytes`);
  return { text: decodeUtf8(bytes, source), source };
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${source} is not JSON: ${(error as Error).message}`);
  }
}

/** GETs the metadata (JSON), reading at most {@link MAX_BYTES}. */
async function fetchText(url: string): Promise<{ text: string; source: string }> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`--url is not an absolute URL: ${quoteText(url)}`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new UsageError(`--url must be http or https, not ${quoteText(parsed.protocol)}`);
  let response: Response;
  try {
    response = await fetch(parsed, { headers: { Accept: "application/json" }, signal: AbortSignal.timeout(60_000) });
  } catch (error) {
    throw new InputError(`cannot fetch ${url}: ${(error as Error).message}`);
  }
  if (response.status < 200 || response.status > 299) {
    await response.body?.cancel();
    throw new InputError(`${url} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`);
  }
  const pieces: Uint8Array[] = [];
  let length = 0;
  const reader = response.body?.getReader();
  for (let piece = await reader?.read(); piece && !piece.done; piece = await reader!.read()) {
    length += piece.value.length;
    if (length > MAX_BYTES) {
      await reader!.cancel();
      throw new InputError(`${url} answered more than ${MAX_BYTES} bytes`);
    }
    pieces.push(piece.value);
  }
  return { text: decodeUtf8(Buffer.concat(pieces), url), source: url };
}
