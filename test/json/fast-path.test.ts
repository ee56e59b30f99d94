import { readdirSync, readFileSync } from "node:fs";
import * as fc from "fast-check";
import { afterAll, describe, expect, test } from "vitest";
import {
  bytes,
  DecodeError,
  dictionary,
  double,
  enumeration,
  float,
  int,
  json,
  lazy,
  listOf,
  long,
  nullable,
  object,
  SessionInfo,
  string,
  type Schema,
} from "../../src/index.js";
import { Failure } from "../../src/core/errors.js";
import { decodeJsonExact } from "../../src/json/decode.js";
import { decodeParsed } from "../../src/json/parsed.js";
import { arbitraryFor } from "../../src/testing/index.js";
import { PROPERTY_TIMEOUT, propertyParams } from "../support/property-runs.js";
import { Inherited, Sink } from "../support/property-schemas.js";
import { SLOW } from "../support/slow.js";

// json.decode reads well-formed text with JSON.parse and a walk (the fast path, `decodeParsed`),
// and falls back to the scanner (`decodeJsonExact`), which knows positions. On every sample the
// two must agree: on the value, or on the error's code, path and offset. The samples are texts
// that decode (what the encoder writes), mutated, so that every one compares something: the fast
// path's own value with the scanner's, or the error that json.decode gives with the scanner's.

type Outcome = { value: unknown } | { code: string; path: string; offset: number };

/** What a sample compared: the fast path's value, a value only the scanner read, an error, or the README's one exception. */
type Compared = "fast-path value" | "scanner value" | "error" | "a repeat under the same name";

function viaScanner(schema: Schema, text: string): Outcome {
  try {
    return { value: decodeJsonExact(schema, text, false, 64) };
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    return { code: error.code, path: error.path(), offset: error.offset };
  }
}

function viaDecode(schema: Schema, text: string): Outcome {
  try {
    return { value: json.decode(schema, text) };
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    return { code: error.code, path: error.path, offset: error.offset };
  }
}

/**
 * Whether well-formed JSON gives a member or key twice under the very same name in one object:
 * the one case where the paths may differ, as the README says, since `JSON.parse` keeps only the
 * last and lenient decoding never looks at the earlier one, while the scanner reads both.
 * Counts the names followed by `:` in the text against the keys of the parsed tree.
 */
function hasExactRepeat(text: string): boolean {
  let names = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '"') continue;
    for (i++; text[i] !== '"'; i++) if (text[i] === "\\") i++;
    let next = i + 1;
    while (text[next] === " " || text[next] === "\t" || text[next] === "\n" || text[next] === "\r") next++;
    if (text[next] === ":") names++;
  }
  let keys = 0;
  const count = (node: unknown): void => {
    if (typeof node !== "object" || node === null) return;
    if (!Array.isArray(node)) keys += Object.keys(node).length;
    for (const item of Object.values(node)) count(item);
  };
  count(JSON.parse(text.replace(/^\uFEFF/, "")));
  return names > keys;
}

/** Decodes `text` both ways and insists they agree; says what was compared. */
function agree(schema: Schema, text: string): Compared {
  const scanner = viaScanner(schema, text);
  const fast = decodeParsed(schema, text, 64);
  if (fast !== undefined) {
    if (!("value" in scanner) && hasExactRepeat(text)) {
      // The documented exception: json.decode gives the last of the two, unread by the fast path.
      expect(viaDecode(schema, text)).toEqual({ value: fast });
      return "a repeat under the same name";
    }
    expect(scanner, "the fast path read a value that the scanner refuses").toEqual({ value: fast });
    return "fast-path value";
  }
  expect(viaDecode(schema, text)).toEqual(scanner);
  return "value" in scanner ? "scanner value" : "error";
}

const Level = enumeration("Level", ["Low", "Middle", "High"]);
/**
 * The kinds SessionInfo lacks: numbers, bytes, nullable value types, recursion; and 64-bit and
 * nullable integers apart, since a text where an integer member can be reached takes the fast path
 * only when every number in it is an integer literal.
 */
const Measured: Schema = object("Measured", {
  ratio: double(),
  gain: float(),
  blob: bytes(),
  level: nullable(Level),
  children: listOf(lazy(() => Measured)),
});
const Counted = object("Counted", { count: int(), total: long(), limit: nullable(int()), levels: dictionary(Level) });

const SCHEMAS: readonly (readonly [string, Schema])[] = [
  ["SessionInfo", SessionInfo],
  ["listOf(SessionInfo)", listOf(SessionInfo)],
  ["Sink", Sink],
  ["Inherited", Inherited],
  ["Measured", Measured],
  ["Counted", Counted],
  ["dictionary(string())", dictionary(string())],
  ["string()", string()],
];

const tally: Record<Compared, number> = { "fast-path value": 0, "scanner value": 0, error: 0, "a repeat under the same name": 0 };
afterAll(() => {
  const total = Object.values(tally).reduce((sum, n) => sum + n, 0);
  // Each kind of comparison happens often, not by luck: a quarter of the samples at least.
  expect(tally["fast-path value"] / total).toBeGreaterThan(0.25);
  expect(tally.error / total).toBeGreaterThan(0.25);
  if (SLOW) {
    const share = (n: number) => `${((100 * n) / total).toFixed(1)}%`;
    console.info(
      `fast path: ${total} samples; ${share(tally["fast-path value"])} compared the fast path's value, ` +
        `${share(tally["scanner value"])} a value only the scanner read, ${share(tally.error)} an error, ` +
        `${share(tally["a repeat under the same name"])} the README's exception (a member repeated under the same name)`,
    );
  }
});

test("on every JSONTestSuite file", () => {
  const folder = new URL("../../fixtures/JSONTestSuite/test_parsing/", import.meta.url);
  for (const name of readdirSync(folder)) {
    const text = readFileSync(new URL(encodeURIComponent(name), folder), "utf8");
    for (const [, schema] of SCHEMAS) agree(schema, text);
  }
});

// Edits to a text that decodes: characters inserted, deleted or repeated, the text cut short,
// member names in another letter case or given twice, unknown members, nulls, and numbers in
// the spellings an integer member refuses (`1.0`, `1e0`) or JSON does (`01`, `+1`).
const INSERTS = ['"', ",", ":", "{", "}", "[", "]", " ", "\\", "\u0000", "\ufeff", "n", "1", ".", "e", "-", "null", "0"];
type Edit = (text: string) => string;
const at = (text: string, position: number) => position % (text.length + 1);

function matches(text: string, pattern: RegExp): RegExpExecArray[] {
  return [...text.matchAll(pattern)];
}

/** Applies `change` to the `pick`-th match of `pattern`, or leaves the text as it is when there is none. */
function atMatch(text: string, pattern: RegExp, pick: number, change: (match: RegExpExecArray) => string): string {
  const found = matches(text, pattern);
  if (found.length === 0) return text;
  const match = found[pick % found.length]!;
  return text.slice(0, match.index) + change(match) + text.slice(match.index + match[0].length);
}

const MEMBER_NAME = /"([A-Za-z_][A-Za-z0-9_]*)":/g;
const NUMBER = /(?<=[:,[])-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/g;
const MEMBER_VALUE = /(?<="[A-Za-z_][A-Za-z0-9_]*":)(?:"(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*|true|false)/g;

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.nat(), fc.constantFrom(...INSERTS)).map(([p, s]): Edit => (t) => t.slice(0, at(t, p)) + s + t.slice(at(t, p))),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 8 })).map(([p, n]): Edit => (t) => t.slice(0, at(t, p)) + t.slice(at(t, p) + n)),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 30 })).map(([p, n]): Edit => (t) => t.slice(0, at(t, p) + n) + t.slice(at(t, p))),
  fc.nat().map((p): Edit => (t) => t.slice(0, at(t, p))),
  fc.tuple(fc.nat(), fc.constantFrom("upper", "lower", "first")).map(([p, how]): Edit => (t) =>
    atMatch(t, MEMBER_NAME, p, ([, name]) => {
      const renamed = how === "upper" ? name!.toUpperCase() : how === "lower" ? name!.toLowerCase() : name![0]!.toUpperCase() + name!.slice(1);
      return `"${renamed}":`;
    }),
  ),
  fc.nat().map((p): Edit => (t) => atMatch(t, MEMBER_VALUE, p, ([value]) => `${value},"${"X"}${p % 7}":[[{"deep":${value}}]]`)),
  fc.nat().map((p): Edit => (t) => atMatch(t, MEMBER_VALUE, p, () => "null")),
  fc.tuple(fc.nat(), fc.nat()).map(([p, q]): Edit => (t) => {
    // The same member again, in another letter case, with the value of another member.
    const names = matches(t, MEMBER_NAME);
    const values = matches(t, MEMBER_VALUE);
    if (names.length === 0 || values.length === 0) return t;
    const name = names[p % names.length]![1]!;
    return atMatch(t, MEMBER_VALUE, q, ([value]) => `${value},"${name.toUpperCase()}":${values[p % values.length]![0]}`);
  }),
  fc.tuple(fc.nat(), fc.constantFrom(".0", "e0", "E+0", ".5", "0")).map(([p, suffix]): Edit => (t) => atMatch(t, NUMBER, p, ([n]) => n + suffix)),
  fc.tuple(fc.nat(), fc.constantFrom("0", "+", "-", "-0")).map(([p, prefix]): Edit => (t) => atMatch(t, NUMBER, p, ([n]) => prefix + n)),
);

describe("on texts that decode, mutated", () => {
  test.each(SCHEMAS)(
    "%s: the fast path and the scanner agree on the value, or on the error's code, path and offset",
    (_, schema) => {
      const sample = fc.record({
        value: arbitraryFor(fc, schema, { nonFinite: false }),
        nameCase: fc.constantFrom("camel" as const, "pascal" as const),
        edits: fc.array(edit, { maxLength: 3 }),
      });
      const seen: Record<Compared, number> = { "fast-path value": 0, "scanner value": 0, error: 0, "a repeat under the same name": 0 };
      fc.assert(
        fc.property(sample, ({ value, nameCase, edits }) => {
          const text = edits.reduce((mutated, change) => change(mutated), json.encode(schema, value as never, { case: nameCase }));
          seen[agree(schema, text)]++;
        }),
        propertyParams(),
      );
      // Every schema's samples reach both the fast path's values and errors.
      expect(seen["fast-path value"]).toBeGreaterThan(0);
      expect(seen.error).toBeGreaterThan(0);
      for (const kind of Object.keys(seen) as Compared[]) tally[kind] += seen[kind];
    },
    PROPERTY_TIMEOUT,
  );
});
