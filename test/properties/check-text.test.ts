import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csv } from "../../src/csv/index.js";
import { categoryOf, DecodeError, json, jsonl, jsv, listOf, SessionInfo, type Schema } from "../../src/index.js";
import { arbitraryFor } from "../../src/testing/index.js";
import { PROPERTY_ARBITRARY, PROPERTY_RUNS, PROPERTY_TIMEOUT, propertyParams } from "../support/property-runs.js";
import { PROPERTY_SCHEMAS, Sink } from "../support/property-schemas.js";
import { Struct, TreeNode } from "../support/types-dtos.js";

// The collecting mode against `decode`, on texts of every kind: what a codec writes, with pieces
// replaced, removed or put in. Where `decode` gives a value, `check` gives that very value; where
// it throws, its error (code, path, offset) is among `check`'s problems, every problem before it
// is a schema-level one, and when it is a schema-level error it is the first problem.

type AnyCheckCodec = typeof json | typeof jsv | typeof csv | typeof jsonl;

/** Pieces of text that break or bend a document in each format: values of other kinds, brackets, separators, names. */
const PIECES = ['"x"', "null", "1", "-1.5e999", "true", "Nope", "[", "]", "{", "}", ",", ":", '"', "\n", '{"zz":1}', "{zz:1}", "[null]", "[,]", "Ended", ",,", "\r\n"];

/** A text: one the codec wrote, changed in up to three places. */
function texts(codec: AnyCheckCodec, schema: Schema): fc.Arbitrary<string> {
  // JSON holds no NaN or infinity.
  const nonFinite = codec !== json && codec !== jsonl;
  const written = arbitraryFor(fc, schema, { ...PROPERTY_ARBITRARY, nonFinite }).map((value) => (codec.encode as (s: Schema, v: unknown) => string)(schema, value));
  const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 6 }), piece: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })) });
  return fc.tuple(written, fc.array(edit, { maxLength: 3 })).map(([text, edits]) =>
    edits.reduce((changed, { at, length, piece }) => {
      const from = changed.length === 0 ? 0 : at % (changed.length + 1);
      return changed.slice(0, from) + piece + changed.slice(from + length);
    }, text),
  );
}

function decodeOutcome(codec: AnyCheckCodec, schema: Schema, text: string, strict: boolean): { value: unknown } | { error: DecodeError } {
  try {
    return { value: (codec.decode as (s: Schema, t: string, o: object) => unknown)(schema, text, { strict }) };
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    return { error };
  }
}

const where = (error: DecodeError) => ({ code: error.code, path: error.path, offset: error.offset });

function expectAgreement(codec: AnyCheckCodec, schema: Schema, text: string, strict: boolean): void {
  const checked = (codec.check as (s: Schema, t: string, o: object) => ReturnType<typeof json.check>)(schema, text, { strict });
  const decoded = decodeOutcome(codec, schema, text, strict);
  if ("value" in decoded) {
    expect(checked).toEqual({ value: decoded.value });
    return;
  }
  expect(checked.issues, "check found no problem where decode failed").toBeDefined();
  const issues = checked.issues!.map(where);
  const expected = where(decoded.error);
  const index = issues.findIndex((issue) => issue.code === expected.code && issue.path === expected.path && issue.offset === expected.offset);
  expect(index, `decode's ${JSON.stringify(expected)} is not among ${JSON.stringify(issues)}`).toBeGreaterThanOrEqual(0);
  if (categoryOf(expected.code) === "schema") expect(index).toBe(0);
  expect(issues.slice(0, index).every((issue) => categoryOf(issue.code) === "schema")).toBe(true);
}

const TABLES: readonly (readonly [string, Schema])[] = [
  ["listOf(SessionInfo)", listOf(SessionInfo)],
  ["SessionInfo", SessionInfo],
  ["listOf(Sink)", listOf(Sink)],
  ["listOf(TreeNode)", listOf(TreeNode)],
  ["Struct (a dictionary class)", Struct],
];

const CASES: readonly (readonly [string, AnyCheckCodec, readonly (readonly [string, Schema])[]])[] = [
  ["json", json, PROPERTY_SCHEMAS],
  ["jsv", jsv, PROPERTY_SCHEMAS],
  ["csv", csv, TABLES],
  ["jsonl", jsonl, [["listOf(SessionInfo)", listOf(SessionInfo)], ["SessionInfo", SessionInfo], ["listOf(Sink)", listOf(Sink)]]],
];

describe(`check agrees with decode on any text (${PROPERTY_RUNS} runs each)`, () => {
  describe.each(CASES)("%s", (_, codec, schemas) => {
    it.each(schemas)(
      "%s: the value decode gives, or decode's error among the problems, after schema problems only",
      (_, schema) => {
        fc.assert(
          fc.property(texts(codec, schema), fc.boolean(), (text, strict) => expectAgreement(codec, schema, text, strict)),
          propertyParams(),
        );
      },
      PROPERTY_TIMEOUT,
    );
  });
});
