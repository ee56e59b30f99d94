import * as fc from "fast-check";
import { isDeepStrictEqual } from "node:util";
import { csv } from "../../src/csv/index.js";
import { csvNormalised } from "../../src/csv/normalise.js";
import { EncodeError, json, jsonl, jsv, listOf, type Format, type Schema } from "../../src/index.js";
import { arbitraryFor } from "../../src/testing/index.js";
import { keptBy } from "../support/kept.js";
import { Everything } from "../support/property-schemas.js";

// The fuzz's third kind of document: a DTO holding every issue-12 type (dates, decimals, enums
// spelled every way, flags, dictionaries keyed by int, enum and Guid, untyped values), its valid
// documents in every format, and the round trip every value read from a mutation of one must make.

const EverythingList = listOf(Everything);

/** Values of the DTO holding every issue-12 block (dates, decimals, enums, flags, keyed and untyped dictionaries), drawn once. */
export const EVERYTHING_VALUES: readonly unknown[] = fc.sample(arbitraryFor(fc, Everything, { nonFinite: false, maxRecursion: 1, maxListLength: 3, maxDictionarySize: 3 }), { numRuns: 40, seed: 20261128 });

/** Valid documents of that DTO to mutate, per format: both cases, pretty JSV, CSV and JSON Lines of one to three rows. */
export const EVERYTHING_SEEDS: Record<Format, string[]> = {
  json: EVERYTHING_VALUES.flatMap((v, i) => [json.encode(Everything, v as never, { case: i % 2 ? "pascal" : "camel" })]).concat(json.encode(EverythingList, EVERYTHING_VALUES.slice(0, 3) as never)),
  jsv: EVERYTHING_VALUES.map((v, i) => jsv.encode(Everything, v as never, { case: i % 2 ? "pascal" : "camel", pretty: i % 4 === 0 })),
  csv: EVERYTHING_VALUES.map((_, i) => csv.encode(EverythingList as never, EVERYTHING_VALUES.slice(i, i + 1 + (i % 3)) as never)),
  jsonl: EVERYTHING_VALUES.map((_, i) => jsonl.encode(EverythingList, EVERYTHING_VALUES.slice(i, i + 1 + (i % 3)) as never)),
};

/** The codec a format's round trip goes through, and the schema of a text of that DTO. */
export const EVERYTHING_CODECS: Record<Format, { schema: (text: string) => Schema; encode: (schema: Schema, value: unknown) => string; decode: (schema: Schema, text: string, strict?: boolean) => unknown }> = {
  json: { schema: (text) => (text.trimStart().startsWith("[") ? EverythingList : Everything), encode: (s, v) => json.encode(s, v as never), decode: (s, t, strict) => json.decode(s, t, { strict }) },
  jsv: { schema: (text) => (text.trimStart().startsWith("[") ? EverythingList : Everything), encode: (s, v) => jsv.encode(s, v as never), decode: (s, t, strict) => jsv.decode(s, t, { strict }) },
  csv: { schema: () => EverythingList, encode: (s, v) => csv.encode(s as never, v as never), decode: (s, t, strict) => csv.decode(s as never, t, { strict }) },
  jsonl: { schema: () => EverythingList, encode: (s, v) => jsonl.encode(s as never, v as never), decode: (s, t, strict) => jsonl.decode(s as never, t, { strict }) },
};

export const UNWRITABLE = "unwritable";

/**
 * Why a decoded value does not round-trip: it must encode (JSON alone may refuse what it read, a
 * bare NaN or infinity, spec §13.2: {@link UNWRITABLE}) and read back as the format keeps it.
 */
export function wrongRoundTrip(format: Format, schema: Schema, value: unknown): string | undefined {
  const codec = EVERYTHING_CODECS[format];
  const keeps = format === "jsonl" ? "json" : format;
  let text: string;
  try {
    text = codec.encode(schema, value);
  } catch (error) {
    if (error instanceof EncodeError && error.code === "invalid-number" && (format === "json" || format === "jsonl")) return UNWRITABLE;
    return `a value it read does not encode: ${String(error)}`;
  }
  let back: unknown;
  try {
    back = codec.decode(schema, text);
  } catch (error) {
    return `the text written for a value it read does not decode: ${String(error)} in ${JSON.stringify(text.slice(0, 300))}`;
  }
  const kept = keptBy(keeps, schema, value);
  const expected = format === "csv" ? csvNormalised(schema, kept) : kept;
  const at = difference(back, expected);
  return at === undefined ? undefined : `read back something else at ${at}: ${describe(pick(back, at))} where the format keeps ${describe(pick(expected, at))} (written ${JSON.stringify(text.slice(0, 300))})`;
}

/** Where `actual` first differs from `expected` (a path such as `[0].objects[2]`), honouring the matchers kept.ts gives for long TimeSpans; `undefined` where they agree. */
function difference(actual: unknown, expected: unknown, path = ""): string | undefined {
  const here = path === "" ? "the value" : path;
  if (typeof expected === "object" && expected !== null && "asymmetricMatch" in expected) {
    return (expected as { asymmetricMatch: (x: unknown) => boolean }).asymmetricMatch(actual) ? undefined : here;
  }
  if (expected instanceof Map) {
    if (!(actual instanceof Map) || actual.size !== expected.size) return here;
    for (const [key, item] of expected) {
      const found = actual.has(key) ? difference(actual.get(key), item, `${path}[${String(key)}]`) : `${path}[${String(key)}] (missing)`;
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return here;
    for (let i = 0; i < expected.length; i++) {
      const found = difference(actual[i], expected[i], `${path}[${i}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof expected === "object" && expected !== null && !(expected instanceof Uint8Array)) {
    if (typeof actual !== "object" || actual === null || Object.keys(actual).length !== Object.keys(expected).length) return here;
    for (const key of Object.keys(expected)) {
      const found = Object.hasOwn(actual, key) ? difference((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`) : `${path}.${key} (missing)`;
      if (found !== undefined) return found;
    }
    return undefined;
  }
  return isDeepStrictEqual(actual, expected) ? undefined : here;
}

/** The part of a value at a path `difference` gave, for the message. */
function pick(value: unknown, path: string): unknown {
  let at = value;
  for (const [, key, index] of path.matchAll(/\.([^.[]+)|\[([^\]]+)\]/g)) {
    if (at instanceof Map) at = [...at].find(([k]) => String(k) === index)?.[1];
    else if (typeof at === "object" && at !== null) at = (at as Record<string, unknown>)[key ?? index!];
  }
  return at;
}

function describe(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (typeof item === "bigint" ? `${item}n` : item instanceof Map ? [...item] : item))?.slice(0, 300) ?? String(value);
}

