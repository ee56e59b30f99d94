import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csv } from "../../src/csv/index.js";
import { listOf, SessionInfo, type NameCase, type Schema } from "../../src/index.js";
import { arbitraryFor } from "../../src/testing/index.js";
import { csvNormalised } from "../../src/csv/normalise.js";
import { PROPERTY_ARBITRARY, PROPERTY_RUNS, PROPERTY_TIMEOUT, propertyParams } from "../support/property-runs.js";
import { Derived, DotNet, Inherited, Numbers, Sink, Untyped } from "../support/property-schemas.js";
import { drifts, keptBy, withoutSeconds } from "../support/kept.js";
import { Item, ListResponse, Struct, StructDto, TreeNode } from "../support/types-dtos.js";

// CSV round trips hold modulo its one normalisation (spec §12.6): an empty top-level string is an
// empty cell, like a missing one, and comes back absent. Strings inside JSV cells stay exact.
// Cells are JSV, so what JSV drops by design is dropped here too (test/support/kept.ts).

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
  ["DotNet (issue 12's types)", DotNet],
  ["listOf(DotNet)", listOf(DotNet)],
  ["Untyped (object values)", Untyped],
  ["listOf(Untyped)", listOf(Untyped)],
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
            expect(decoded).toEqual(csvNormalised(schema, keptBy("csv", schema, value)));
            expect(csv.decode(schema as never, text, { strict: true })).toEqual(decoded);
            // A long TimeSpan's seconds drift by a digit on each trip (kept.ts): read back as much
            // again, and everything else written again the same.
            const again = csv.encode(schema as never, decoded as never, { case: nameCase });
            if (drifts(schema, value)) {
              expect(csv.decode(schema as never, again)).toEqual(csvNormalised(schema, keptBy("csv", schema, decoded)));
              expect(withoutSeconds(again)).toBe(withoutSeconds(text));
            } else {
              expect(again).toBe(text);
            }
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
