import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csv } from "../../src/csv/index.js";
import { listOf, SessionInfo, type NameCase, type Schema } from "../../src/index.js";
import { arbitraryFor } from "../../src/testing/index.js";
import { csvNormalised } from "../../src/csv/normalise.js";
import { PROPERTY_ARBITRARY, PROPERTY_RUNS, PROPERTY_TIMEOUT, propertyParams } from "../support/property-runs.js";
import { Derived, Inherited, Numbers, Sink } from "../support/property-schemas.js";
import { Item, ListResponse, Struct, StructDto, TreeNode } from "../support/types-dtos.js";

// CSV round trips hold modulo its one normalisation (spec §12.6): an empty top-level string is an
// empty cell, like a missing one, and comes back absent. Strings inside JSV cells stay exact.

const TABLES: readonly (readonly [string, Schema])[] = [
  ["SessionInfo", SessionInfo],
  ["listOf(SessionInfo)", listOf(SessionInfo)],
  ["listOf(Sink)", listOf(Sink)],
  ["Inherited", Inherited],
  ["Numbers", Numbers],
  ["listOf(Numbers)", listOf(Numbers)],
  ["TreeNode (recursive)", TreeNode],
  ["listOf(TreeNode)", listOf(TreeNode)],
  ["Struct (a dictionary class: Key,Value and one row of pairs)", Struct],
  ["StructDto", StructDto],
  ["ListResponse(Item) (generic)", ListResponse(Item)],
  ["listOf(Derived) (with a base class)", listOf(Derived)],
];

describe(`CSV round trips (${PROPERTY_RUNS} runs each)`, () => {
  describe.each(TABLES)("%s", (_, schema) => {
    const values = arbitraryFor(fc, schema, PROPERTY_ARBITRARY);
    it.each<NameCase>(["camel", "pascal"])(
      "decodes what it encodes (%s case in cells), empty top-level strings aside, and encodes that again to the same text",
      (nameCase) => {
        fc.assert(
          fc.property(values, fc.boolean(), (value, guarded) => {
            const text = csv.encode(schema as never, value as never, { case: nameCase });
            const decoded = csv.decode(schema as never, text);
            expect(decoded).toEqual(csvNormalised(schema, value));
            expect(csv.decode(schema as never, text, { strict: true })).toEqual(decoded);
            expect(csv.encode(schema as never, decoded as never, { case: nameCase })).toBe(text);
            // The formula guard only ever adds a leading apostrophe to a string cell.
            if (guarded) expect(csv.encode(schema as never, value as never, { case: nameCase, escapeFormulae: true }).length).toBeGreaterThanOrEqual(text.length);
          }),
          propertyParams(),
        );
      },
      PROPERTY_TIMEOUT,
    );
  });
});
