import { csv } from "../../src/csv/index.js";
import { DECODE_ERROR_CODES, DecodeError, json, jsonl, jsv, listOf, SessionInfo, type Format, type Schema } from "../../src/index.js";
import { fixtureText, sessionVectors } from "../support/vectors.js";
import { EVERYTHING_CODECS, EVERYTHING_SEEDS, UNWRITABLE, wrongRoundTrip } from "./fuzz-everything.js";

// The fuzz contract (README, "Hostile input"): for any text, a decoder returns a value or throws
// evo-codec's DecodeError with a code, a path and a 1-based line and column; nothing else
// escapes, Object.prototype is untouched, and the decoder works normally afterwards.

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same inputs. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const Sessions = listOf(SessionInfo);
const singles = sessionVectors.filter((v) => v.kind === "single");

/** Valid documents to mutate, per format. */
export const SEEDS: Record<Format, string[]> = {
  json: [...singles.slice(0, 60).map((v) => v.json!), fixtureText("samples/documented-sample.json"), `[${singles.slice(0, 3).map((v) => v.json).join(",")}]`],
  jsv: [
    ...singles.slice(0, 40).map((v) => v.jsv!),
    ...singles.slice(-20).map((v) => v.jsvPretty!),
    fixtureText("samples/documented-sample.jsv"),
    fixtureText("samples/documented-sample.reindented.jsv"),
  ],
  csv: [...sessionVectors.filter((v) => v.kind === "list").slice(0, 20).map((v) => v.csv), ...singles.slice(0, 20).map((v) => v.csv)],
  jsonl: [...singles.slice(0, 20).map((v) => v.json!), ...[0, 20, 40].map((i) => singles.slice(i, i + 5).map((v) => `${v.json}\n`).join(""))],
};

const DECODERS: Record<Format, (text: string, strict: boolean) => unknown> = {
  json: (text, strict) => json.decode(text.trimStart().startsWith("[") ? Sessions : SessionInfo, text, { strict }),
  jsv: (text, strict) => jsv.decode(text.trimStart().startsWith("[") ? Sessions : SessionInfo, text, { strict }),
  csv: (text, strict) => csv.decode(Sessions as Schema as never, text, { strict }),
  jsonl: (text, strict) => jsonl.decode(Sessions, text, { strict }),
};

const STRUCTURAL = ['{', '}', '[', ']', ',', ':', '"', "\r", "\n", "\r\n", '""', "\t", " ", "\\", "\u0000", "\ufeff", "\ud800", "\udc00", "é", "🎉", "a", "1", "null", "true"];

/** One input: a mutation of a valid document (of `seeds`, by default the sessions'), or a random string. */
export function fuzzInput(format: Format, next: () => number, seeds: readonly string[] = SEEDS[format]): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const at = (text: string) => Math.floor(next() * (text.length + 1));
  const kind = next();
  if (kind < 0.15) {
    // A random string of structural and other characters.
    const length = Math.floor(next() * 120);
    let out = "";
    for (let i = 0; i < length; i++) out += pick(STRUCTURAL);
    return out;
  }
  let text = pick(seeds);
  const edits = 1 + Math.floor(next() * 3);
  for (let e = 0; e < edits; e++) {
    const edit = next();
    if (edit < 0.25) {
      text = text.slice(0, at(text)); // truncation
    } else if (edit < 0.55) {
      const i = at(text);
      text = text.slice(0, i) + pick(STRUCTURAL) + text.slice(i); // insertion
    } else if (edit < 0.8) {
      const i = at(text);
      text = text.slice(0, i) + text.slice(i + 1 + Math.floor(next() * 20)); // deletion
    } else {
      const i = at(text);
      const span = text.slice(i, i + 1 + Math.floor(next() * 40));
      text = text.slice(0, i) + span + span + text.slice(i + span.length); // duplication
    }
  }
  return text;
}

export interface FuzzCounts {
  format: Format;
  seed: number;
  inputs: number;
  values: number;
  errors: number;
  codes: Record<string, number>;
  slowestMs: number;
  slowestInput: string;
  /** Inputs mutated from a document of every issue-12 block, the values read from them, and of those the ones written again and read back as the format keeps them. */
  everything: { inputs: number; values: number; roundTrips: number };
}

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).join(",");

/** Runs `count` inputs; throws (with the seed and the input) at the first broken promise. */
export function fuzz(format: Format, count: number, seed: number): FuzzCounts {
  const next = random(seed);
  const counts: FuzzCounts = { format, seed, inputs: 0, values: 0, errors: 0, codes: {}, slowestMs: 0, slowestInput: "", everything: { inputs: 0, values: 0, roundTrips: 0 } };
  const sessionDecode = DECODERS[format];
  const dto = EVERYTHING_CODECS[format];
  const check = SEEDS[format][0]!;
  const expected = JSON.stringify(sessionDecode(check, false));
  for (let i = 0; i < count; i++) {
    // Half the inputs come from the sessions, half from the DTO of every issue-12 block, whose values must also round-trip.
    const everything = next() < 0.5;
    const input = fuzzInput(format, next, everything ? EVERYTHING_SEEDS[format] : SEEDS[format]);
    const strict = next() < 0.5;
    const schema = dto.schema(input);
    const decode = everything ? (text: string, strict: boolean) => dto.decode(schema, text, strict) : sessionDecode;
    if (everything) counts.everything.inputs++;
    const started = performance.now();
    try {
      const value = decode(input, strict);
      counts.values++;
      if (everything) {
        counts.everything.values++;
        const problem = wrongRoundTrip(format, schema, value);
        if (problem === undefined) counts.everything.roundTrips++;
        else if (problem !== UNWRITABLE) throw new Error(`${format} fuzz, seed ${seed}, input #${i} ${JSON.stringify(input.slice(0, 300))}: ${problem}`);
      }
    } catch (error) {
      if (error instanceof Error && !(error instanceof DecodeError) && error.message.startsWith(`${format} fuzz, seed`)) throw error;
      counts.errors++;
      const problem = brokenPromise(error, input);
      if (problem) throw new Error(`${format} fuzz, seed ${seed}, input #${i} ${JSON.stringify(input.slice(0, 300))}: ${problem}`, { cause: error });
      const code = (error as DecodeError).code;
      counts.codes[code] = (counts.codes[code] ?? 0) + 1;
    }
    const elapsed = performance.now() - started;
    if (elapsed > counts.slowestMs) [counts.slowestMs, counts.slowestInput] = [elapsed, input];
    counts.inputs++;
    if (Object.getOwnPropertyNames(Object.prototype).join(",") !== PROTOTYPE_KEYS || ({} as Record<string, unknown>)["polluted"] !== undefined) {
      throw new Error(`${format} fuzz, seed ${seed}, input #${i}: Object.prototype changed`);
    }
    if (i % 997 === 0 && JSON.stringify(sessionDecode(check, false)) !== expected) {
      throw new Error(`${format} fuzz, seed ${seed}, input #${i}: the decoder no longer reads a valid document the same`);
    }
  }
  return counts;
}

function brokenPromise(error: unknown, input: string): string | undefined {
  if (!(error instanceof DecodeError)) return `threw ${String(error)} instead of a DecodeError`;
  if (!(DECODE_ERROR_CODES as readonly string[]).includes(error.code)) return `unknown code ${error.code}`;
  if (error.code === "internal") return `an internal error: ${String((error as { cause?: unknown }).cause)}`;
  if (typeof error.path !== "string") return "no path";
  if (!(error.line >= 1 && error.column >= 1)) return `line ${error.line}, column ${error.column}`;
  if (!(error.offset >= 0 && error.offset <= input.length)) return `offset ${error.offset} outside the text`;
  return undefined;
}
