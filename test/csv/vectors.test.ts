import { describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { EncodeError, listOf, SessionInfo } from "../../src/index.js";
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
import { csvNormalised } from "../../src/csv/normalise.js";

// Every CSV vector the reference produced, in both directions, byte for byte, modulo the one
// normalisation CSV forces (spec §12.6): an empty top-level string comes back absent.

/** Cells the reference reads leniently, and the DecodeError code evo-codec gives. */
const STRICTER: Record<number, string> = {
  192: "invalid-boolean", // an empty bool cell: the reference reads false
};

/** Cells the reference reads wrongly, which evo-codec reads as written. */
const READS_AS_WRITTEN: Record<number, unknown> = {
  // Quoted strings inside nested objects keep their quotes in the reference's reader.
  193: { name: "n", flag: false, e: "One", tags: ["a", "b,c"], map: { k: "v", "x,y": "1,2" }, people: [{ id: 1, name: "p,q" }] },
};

const csvVectors = unitVectors.filter((v) => v.format === "csv");
const ledger = new VectorLedger();

describe("reference unit vectors", () => {
  for (const v of csvVectors) {
    const schema = vectorSchema(v);
    const nameCase = vectorCase(v);
    const title = `#${v.index} ${v.direction}: ${v.note ?? v.expected.slice(0, 50)}`;
    if (typeof schema === "string" || typeof nameCase === "object") {
      ledger.skips(v, typeof schema === "string" ? schema : (nameCase as { skip: string }).skip);
      test.skip(`${title} (${typeof schema === "string" ? schema : (nameCase as { skip: string }).skip})`, () => {});
      continue;
    }
    if (v.direction !== "decode") {
      ledger.runs(v, "encode");
      test(`${title}: encodes exactly`, () => {
        const value = fromCSharp(schema, v.input);
        if (hasNullEntries(value)) expect(() => csv.encode(schema as never, value as never, { case: nameCase })).toThrow(EncodeError);
        expect(csv.encode(schema as never, withoutNullEntries(schema, value) as never, { case: nameCase })).toBe(v.expected);
      });
    }
    if (v.direction !== "encode") {
      ledger.runs(v, "decode");
      const stricter = STRICTER[v.index];
      const asWritten = READS_AS_WRITTEN[v.index];
      test(`${title}: ${stricter ? `gives ${stricter}, stricter than the reference` : asWritten ? "reads what was written" : "decodes"}`, () => {
        if (stricter) {
          expect(() => csv.decode(schema as never, v.expected)).toThrow(expect.objectContaining({ code: stricter }));
        } else {
          const expected = asWritten ?? csvNormalised(schema, withDefaults(schema, withoutNullEntries(schema, fromCSharp(schema, v.input))));
          expect(csv.decode(schema as never, v.expected)).toEqual(withDefaults(schema, expected));
        }
      });
    }
  }
});

test("every CSV vector is run in each direction it has, or skipped with its reason", ({ task }) => {
  const { registered, expected } = ledger.accounts(csvVectors, task.file);
  expect(registered).toEqual(expected);
});

describe("SessionInfo vectors", () => {
  test.each(sessionVectors.map((v) => [v.id, v.kind, v] as const))("%s (%s) both ways", (_id, kind, v) => {
    const schema = kind === "list" ? listOf(SessionInfo) : SessionInfo;
    expect(csv.encode(schema as never, v.value as never)).toBe(v.csv);
    expect(csv.decode(schema as never, v.csv)).toEqual(csvNormalised(schema, v.value));
  });
});
