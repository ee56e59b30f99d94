import * as fc from "fast-check";
import { afterAll, afterEach, describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { DecodeError, EncodeError, int, json, jsonl, jsv, lazy, listOf, member, object, SessionInfo, string, type Schema } from "../../src/index.js";
import { guardDecode } from "../../src/core/errors.js";
import { decodeJsonExact } from "../../src/json/decode.js";
import { fastPaths } from "../../src/model/fast-paths.js";
import { arbitraryFor } from "../../src/testing/index.js";
import { fuzzInput, random } from "../hostile/fuzz-harness.js";
import { Inherited, Sink } from "../support/property-schemas.js";
import { keyOrders } from "../support/key-orders.js";

// The model's fast paths (members matched in declaration order: JSV and JSON names read from the text, an
// encoded value's own keys; JSON objects written with their quotes merged into the labels) hand
// anything unusual to the general path. Run both ways over mutated texts and values, every
// sample must give the same value or text, or the same error code, path and position.
// JSON's own fast path (`JSON.parse` and a walk) has its agreement test in test/json/fast-path.test.ts.

type Outcome = { value: unknown; keys: string[][] } | { code: string; path: string; offset?: number; message?: string };

function outcome(run: () => unknown): Outcome {
  try {
    const value = run();
    return { value, keys: keyOrders(value) };
  } catch (error) {
    if (error instanceof DecodeError) return { code: error.code, path: error.path, offset: error.offset, message: error.detail };
    if (error instanceof EncodeError) return { code: error.code, path: error.path, message: error.message };
    throw error;
  }
}

const tally = { values: 0, errors: 0 };

/** Runs `run` with the fast paths and without, and insists on one outcome. */
function agree(run: () => unknown, what: () => string): void {
  fastPaths.enabled = true;
  const fast = outcome(run);
  fastPaths.enabled = false;
  const general = outcome(run);
  fastPaths.enabled = true;
  expect(fast, what()).toEqual(general);
  tally["value" in fast ? "values" : "errors"]++;
}

afterEach(() => {
  fastPaths.enabled = true;
});
afterAll(() => {
  // Both kinds of outcome are compared often, not by luck.
  expect(tally.values).toBeGreaterThan(500);
  expect(tally.errors).toBeGreaterThan(500);
  console.log(`fast and general paths: ${tally.values} values, ${tally.errors} errors compared`);
});

const Sessions = listOf(SessionInfo);
const SAMPLES = 100;
const sessions = fc.sample(arbitraryFor(fc, SessionInfo), { seed: 1313, numRuns: SAMPLES }) as Record<string, unknown>[];
const sinks = fc.sample(arbitraryFor(fc, Sink, { nonFinite: false }), { seed: 1314, numRuns: SAMPLES }) as Record<string, unknown>[];
const inherited = fc.sample(arbitraryFor(fc, Inherited), { seed: 1315, numRuns: 40 }) as Record<string, unknown>[];

/**
 * Texts of `values` a decoder may meet, in JSV or JSON: as written (both cases), with a BOM, cut
 * short, with a member moved, repeated, unknown, emptied or (the last) left out, or the first
 * name's first letter upper-cased.
 */
function mutated(codec: typeof jsv | typeof json, schema: Schema, values: readonly Record<string, unknown>[], next: () => number): string[] {
  const quoted = codec === json;
  const extra = quoted ? '"extra":1' : "extra:1";
  return values.flatMap((value) => {
    const text = codec.encode(schema, value as never);
    const pascal = codec.encode(schema, value as never, { case: "pascal" });
    const cut = Math.floor(next() * text.length);
    const members = splitMembers(text, quoted);
    const moved = members.length > 1 ? `{${[...members.slice(1), members[0]].join(",")}}` : text;
    const repeated = members.length > 0 ? `{${[...members, members[Math.floor(next() * members.length)]].join(",")}}` : text;
    const unknown = `{${extra},${text.slice(1)}`;
    const lastDropped = members.length > 1 ? `{${members.slice(0, -1).join(",")}}` : text;
    const emptied = members.length > 0 ? `{${members.map((m, i) => (i === 0 ? m.slice(0, m.indexOf(":") + 1) : m)).join(",")}}` : text;
    const first = quoted ? 2 : 1;
    const shouting = text.length > first ? text.slice(0, first) + text.charAt(first).toUpperCase() + text.slice(first + 1) : text;
    return [text, pascal, "\ufeff" + text, text.slice(0, cut), moved, repeated, unknown, emptied, shouting, lastDropped];
  });
}

/**
 * The top-level members of a compact object (`{a:1,b:[x,y]}` → `a:1`, `b:[x,y]`), counting
 * brackets outside quotes; `escapes`: a backslash in quotes escapes the next character (JSON).
 */
function splitMembers(text: string, escapes: boolean): string[] {
  const members: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 1;
  for (let i = 1; i < text.length - 1; i++) {
    const c = text[i];
    if (escapes && quoted && c === "\\") i++;
    else if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") depth--;
    else if (c === "," && depth === 0) {
      members.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (text.length > 2) members.push(text.slice(start, text.length - 1));
  return members;
}

describe("decoders: the fast path and the general one read alike", () => {
  test.each([false, true])("jsv.decode (strict: %s) over mutated texts of SessionInfo, Sink and Inherited and the fuzz corpus", (strict) => {
    const next = random(13);
    const cases: [Schema, string][] = [
      ...mutated(jsv, SessionInfo, sessions, next).map((text) => [SessionInfo, text] as [Schema, string]),
      ...mutated(jsv, Sink, sinks, next).map((text) => [Sink, text] as [Schema, string]),
      ...mutated(jsv, Inherited, inherited, next).map((text) => [Inherited, text] as [Schema, string]),
      ...Array.from({ length: 1500 }, () => {
        const text = fuzzInput("jsv", next);
        return [text.trimStart().startsWith("[") ? Sessions : SessionInfo, text] as [Schema, string];
      }),
    ];
    for (const [schema, text] of cases) agree(() => jsv.decode(schema, text, { strict }), () => JSON.stringify(text));
  });

  // The scanner itself: leniently, `json.decode` takes `JSON.parse` first wherever it can.
  test.each([false, true])("JSON's scanner (strict: %s) over mutated texts of SessionInfo, Sink and Inherited and the fuzz corpus", (strict) => {
    const next = random(15);
    const cases: [Schema, string][] = [
      ...mutated(json, SessionInfo, sessions, next).map((text) => [SessionInfo, text] as [Schema, string]),
      ...mutated(json, Sink, sinks, next).map((text) => [Sink, text] as [Schema, string]),
      ...mutated(json, Inherited, inherited, next).map((text) => [Inherited, text] as [Schema, string]),
      ...Array.from({ length: 1500 }, () => {
        const text = fuzzInput("json", next);
        return [text.trimStart().startsWith("[") ? Sessions : SessionInfo, text] as [Schema, string];
      }),
    ];
    for (const [schema, text] of cases) agree(() => guardDecode("json", text, () => decodeJsonExact(schema, text, strict, 64)), () => JSON.stringify(text));
  });

  test.each([false, true])("json.check (strict: %s) over mutated JSON texts: the same value, or the same problems", (strict) => {
    const next = random(16);
    const texts = [...mutated(json, SessionInfo, sessions, next), ...Array.from({ length: 500 }, () => fuzzInput("json", next))];
    for (const text of texts) {
      agree(() => {
        const checked = json.check(SessionInfo, text, { strict });
        return checked.issues !== undefined ? checked.issues.map((issue) => [issue.code, issue.path, issue.offset, issue.detail]) : checked.value;
      }, () => JSON.stringify(text));
    }
  });

  // Member names the writer escapes: a label is recognised only as the writer spells it.
  const Escaped = object("Escaped", {
    plain: int(),
    backslash: member(int(), { alias: "a\\b" }),
    quote: member(int(), { alias: 'q"r' }),
    control: member(int(), { alias: "c\u0001" }),
  });
  test.each([false, true])("JSON's scanner (strict: %s) over names that need escapes, as written and not", (strict) => {
    const texts = [
      '{"a\\b":1}',
      '{"a\\\\b":1}',
      '{"q"r":1}',
      '{"q\\"r":1}',
      '{"c\u0001":1}',
      '{"c\\u0001":1}',
      json.encode(Escaped, { plain: 1, backslash: 2, quote: 3, control: 4 }),
      json.encode(Escaped, { plain: 1, backslash: 2, quote: 3, control: 4 }, { case: "pascal" }),
    ];
    for (const text of texts) agree(() => guardDecode("json", text, () => decodeJsonExact(Escaped, text, strict, 64)), () => JSON.stringify(text));
  });

  test.each([false, true])("csv.decode (strict: %s) over mutated tables and the fuzz corpus", (strict) => {
    const next = random(14);
    const table = csv.encode(Sessions, sessions.slice(0, 40));
    const texts = [
      table,
      "\ufeff" + table,
      csv.encode(Sessions, sessions.slice(40, 80), { headers: "camel" }),
      ...Array.from({ length: 60 }, () => table.slice(0, Math.floor(next() * table.length))),
      ...Array.from({ length: 600 }, () => fuzzInput("csv", next)),
    ];
    for (const text of texts) agree(() => csv.decode(Sessions, text, { strict }), () => JSON.stringify(text.slice(0, 200)));
  });
});

/** A chain of `Link`s `depth` deep, every level's keys out of declaration order, whose last `name` is read by a getter that counts its reads and gives a number. */
function outOfOrderChain(depth: number): { chain: Record<string, unknown>; reads: () => number } {
  let reads = 0;
  let chain: Record<string, unknown> = {};
  Object.defineProperty(chain, "name", {
    enumerable: true,
    get: () => {
      reads++;
      return 42;
    },
  });
  for (let level = 0; level < depth; level++) chain = { next: chain, name: `level ${level}` };
  return { chain, reads: () => reads };
}

const Link: Schema = object("Link", { name: string(), next: lazy(() => Link) });
const encodeAny = (encode: (schema: Schema, value: never, options: { maxDepth: number }) => string) => (value: unknown) => encode(Link, value as never, { maxDepth: 100 });

describe("a refused value deep inside objects the fast path hands over is read once, not once per way of writing each level above it", () => {
  test.each([
    ["json", encodeAny(json.encode)],
    ["jsv", encodeAny(jsv.encode)],
  ])("%s", (_, encode) => {
    const { chain, reads } = outOfOrderChain(40);
    const error = outcome(() => encode(chain));
    expect(error).toMatchObject({ code: "type-mismatch", path: "next.".repeat(40) + "name" });
    expect(reads()).toBe(1);
  });
});

/** Values an encoder may be given for `value`: as it is, keys reversed, a member null, an extra key, a wrong type, a class instance, a prototype. */
function mutatedValues(value: Record<string, unknown>, next: () => number): unknown[] {
  const keys = Object.keys(value);
  const key = keys[Math.floor(next() * keys.length)] ?? "id";
  const wrong = [42, "text", [], {}, true, null, undefined][Math.floor(next() * 7)];
  class Dto {
    constructor() {
      Object.assign(this, value);
    }
    get computed(): string {
      return "from a getter";
    }
  }
  return [
    value,
    Object.fromEntries(Object.entries(value).reverse()),
    { ...value, [key]: null },
    { ...value, extra: "kept?" },
    { ...value, extra: null },
    { ...value, [key]: wrong },
    Object.fromEntries(Object.entries({ ...value, [key]: wrong }).reverse()),
    Object.assign(Object.create(null) as object, value),
    new Dto(),
    Object.create(value) as unknown,
    { ...Object.fromEntries(Object.entries(value).slice(keys.length >> 1)), ...Object.fromEntries(Object.entries(value).slice(0, keys.length >> 1)) },
  ];
}

describe("encoders: the fast path and the general one write alike", () => {
  const cases: [string, Schema, Record<string, unknown>[]][] = [
    ["SessionInfo", SessionInfo, sessions],
    ["Sink", Sink, sinks],
    ["Inherited", Inherited, inherited],
  ];
  test.each(cases)("json, jsv, csv and jsonl over mutated %s values", (name, schema, values) => {
    const next = random(15);
    for (const value of values) {
      for (const mutated of mutatedValues(value, next)) {
        const what = () => `${name}: ${String(Object.keys(mutated as object))}`;
        agree(() => json.encode(schema, mutated), what);
        agree(() => json.encode(schema, mutated, { case: "pascal" }), what);
        agree(() => jsv.encode(schema, mutated), what);
        agree(() => csv.encode(listOf(schema), [mutated]), what);
        agree(() => jsonl.encode(listOf(schema), [mutated, value]), what);
      }
    }
  });
});
