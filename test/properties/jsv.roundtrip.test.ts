import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsv, type NameCase } from "../../src/index.js";
import { arbitraryFor } from "../../src/testing/index.js";
import { PROPERTY_ARBITRARY, PROPERTY_RUNS, PROPERTY_TIMEOUT, propertyParams } from "../support/property-runs.js";
import { PROPERTY_SCHEMAS } from "../support/property-schemas.js";

// JSV is lossless in both forms: whatever the arbitrary draws (strings aimed at every quoting
// rule, TABs and spaces at line starts, empty strings, U+200B, `__proto__` keys) comes back equal.

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
      "$name: decodes what it encodes, strictly too, and encodes that again to the same text",
      ({ options }) => {
        fc.assert(
          fc.property(values, (value) => {
            const text = jsv.encode(schema, value, options);
            expect(jsv.decode(schema, text)).toEqual(value);
            expect(jsv.decode(schema, text, { strict: true })).toEqual(value);
            expect(jsv.encode(schema, jsv.decode(schema, text), options)).toBe(text);
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
