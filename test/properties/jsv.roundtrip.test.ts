import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsv, type NameCase } from "../../src/index.js";
import { arbitraryFor } from "../../src/testing/index.js";
import { PROPERTY_ARBITRARY, PROPERTY_RUNS, PROPERTY_TIMEOUT, propertyParams } from "../support/property-runs.js";
import { PROPERTY_SCHEMAS } from "../support/property-schemas.js";
import { drifts, keptBy, withoutSeconds } from "../support/kept.js";

// JSV is lossless in both forms: whatever the arbitrary draws (strings aimed at every quoting
// rule, TABs and spaces at line starts, empty strings, U+200B, `__proto__` keys) comes back equal,
// except what JSV's wire forms drop by design (test/support/kept.ts): a DateTime's kind at
// midnight and when Unspecified, a TimeSpan's ticks past a double's precision, and the types of
// untyped scalars, which read back as the text JSV wrote (`1` and "1" read the same).

const FORMS: readonly { name: string; options: { case: NameCase; pretty?: boolean; newline?: "\n" | "\r\n" } }[] = [
  { name: "compact camelCase", options: { case: "camel" } },
  { name: "compact PascalCase", options: { case: "pascal" } },
  { name: "pretty", options: { case: "camel", pretty: true } },
  { name: "pretty with CRLF", options: { case: "pascal", pretty: true, newline: "\r\n" } },
];

describe(`JSV round trips (${PROPERTY_RUNS} runs each)`, () => {
  describe.each(PROPERTY_SCHEMAS)("%s", (_, schema) => {
    const values = arbitraryFor(fc, schema, PROPERTY_ARBITRARY);
    it.each(FORMS)(
      "$name: decodes what it encodes, strictly too, as much as JSV keeps, and encodes that again to the same text",
      ({ options }) => {
        fc.assert(
          fc.property(values, (value) => {
            const text = jsv.encode(schema, value, options);
            const kept = keptBy("jsv", schema, value);
            expect(jsv.decode(schema, text)).toEqual(kept);
            expect(jsv.decode(schema, text, { strict: true })).toEqual(kept);
            // A long TimeSpan's seconds drift by a digit on each trip (kept.ts): read back as much
            // again, and everything else written again the same.
            const decoded = jsv.decode(schema, text);
            const again = jsv.encode(schema, decoded, options);
            if (drifts(schema, value)) {
              expect(jsv.decode(schema, again)).toEqual(keptBy("jsv", schema, decoded));
              expect(withoutSeconds(again)).toBe(withoutSeconds(text));
            } else {
              expect(again).toBe(text);
            }
          }),
          propertyParams(),
        );
      },
      PROPERTY_TIMEOUT,
    );
  });

  it("the pretty form is the compact form with layout added outside quoted strings", () => {
    const schema = PROPERTY_SCHEMAS[0]![1];
    fc.assert(
      fc.property(arbitraryFor(fc, schema), (value) => {
        const compact = jsv.encode(schema, value);
        const pretty = jsv.encode(schema, value, { pretty: true });
        expect(stripLayout(pretty)).toBe(compact);
      }),
      propertyParams(),
    );
  });
});

/**
 * Removes what the pretty printer adds: each line break with the indentation of its depth (one
 * TAB a level; more TABs are data), and the one space after a `name:`.
 */
function stripLayout(pretty: string): string {
  let out = "";
  let inQuotes = false;
  let depth = 0;
  for (let i = 0; i < pretty.length; i++) {
    const c = pretty[i]!;
    if (c === '"') inQuotes = !inQuotes;
    if (!inQuotes && (c === "{" || c === "[")) depth++;
    if (!inQuotes && (c === "}" || c === "]")) depth--;
    if (!inQuotes && c === "\n") {
      for (let tabs = 0; tabs < depth && pretty[i + 1] === "\t"; tabs++) i++;
      continue;
    }
    out += c;
    if (!inQuotes && c === ":" && pretty[i + 1] === " ") i++;
  }
  return out;
}
