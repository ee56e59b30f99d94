import { describe, expect, test } from "vitest";
import { DecodeError, EncodeError, json, listOf, SessionInfo, type Schema } from "../../src/index.js";
import {
  fromCSharp,
  hasNullEntries,
  sessionVectors,
  unitVectors,
  vectorCase,
  vectorSchema,
  VectorLedger,
  withDefaults,
  withoutNullEntries,
} from "../support/vectors.js";

// Every JSON vector the reference produced, in both directions, byte for byte.

/** Where evo-codec is deliberately stricter than the reference (spec §12.5), with the error it gives. */
const STRICTER_THAN_REFERENCE: Record<number, string> = {
  107: "unexpected-end", // the reference accepts a missing closing brace
};

const jsonVectors = unitVectors.filter((v) => v.format === "json");
const ledger = new VectorLedger();

describe("reference unit vectors", () => {
  for (const v of jsonVectors) {
    const schema = vectorSchema(v);
    const nameCase = vectorCase(v);
    const title = `#${v.index} ${v.direction}: ${v.note ?? v.expected.slice(0, 60)}`;
    if (typeof schema === "string" || typeof nameCase === "object") {
      ledger.skips(v, typeof schema === "string" ? schema : (nameCase as { skip: string }).skip);
      test.skip(`${title} (${typeof schema === "string" ? schema : (nameCase as { skip: string }).skip})`, () => {});
      continue;
    }
    const value = fromCSharp(schema, v.input);

    if (v.direction !== "decode") {
      ledger.runs(v, "encode");
      test(`${title}: encodes exactly`, () => {
        if (hasNullEntries(value)) {
          // The reference skips null dictionary values; evo-codec refuses them rather than lose them.
          expect(() => json.encode(schema as Schema, value as never, { case: nameCase })).toThrow(EncodeError);
        }
        expect(json.encode(schema, withoutNullEntries(schema, value) as never, { case: nameCase })).toBe(v.expected);
      });
    }
    if (v.direction !== "encode") {
      ledger.runs(v, "decode");
      const stricter = STRICTER_THAN_REFERENCE[v.index];
      test(`${title}: decodes${stricter ? ` to ${stricter}, stricter than the reference` : ""}`, () => {
        if (stricter) {
          expect(() => json.decode(schema, v.expected)).toThrow(expect.objectContaining({ code: stricter }));
        } else {
          const expected = withDefaults(schema, withoutNullEntries(schema, value));
          expect(json.decode(schema, v.expected)).toEqual(expected);
        }
      });
    }
  }

});

test("every JSON vector is run in each direction it has, or skipped with its reason", ({ task }) => {
  const { registered, expected } = ledger.accounts(jsonVectors, task.file);
  expect(registered).toEqual(expected);
});

describe("SessionInfo vectors", () => {
  const singles = sessionVectors.filter((v) => v.kind === "single");
  test.each(singles.map((v) => [v.id, v] as const))("%s: camelCase both ways", (_id, v) => {
    expect(json.encode(SessionInfo, v.value as never)).toBe(v.json);
    expect(json.decode(SessionInfo, v.json!)).toEqual(v.value);
  });
  test.each(singles.map((v) => [v.id, v] as const))("%s: PascalCase both ways", (_id, v) => {
    expect(json.encode(SessionInfo, v.value as never, { case: "pascal" })).toBe(v.jsonPascal);
    expect(json.decode(SessionInfo, v.jsonPascal!)).toEqual(v.value);
  });
  test("a list of every single vector encodes as the reference's list would and decodes back", () => {
    const values = singles.map((v) => v.value);
    const text = json.encode(listOf(SessionInfo), values as never);
    expect(text).toBe(`[${singles.map((v) => v.json).join(",")}]`);
    expect(json.decode(listOf(SessionInfo), text)).toEqual(values);
  });
  test("decode errors are DecodeErrors", () => {
    expect(() => json.decode(SessionInfo, "{")).toThrow(DecodeError);
  });
});
