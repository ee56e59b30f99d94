import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { json, toCamelCase, type MemberDescriptor, type NameCase, type Schema } from "../../src/index.js";
import { arbitraryFor } from "../../src/testing/index.js";
import { resolveSchema } from "../../src/model/compile.js";
import { PROPERTY_ARBITRARY, PROPERTY_RUNS, PROPERTY_TIMEOUT, propertyParams } from "../support/property-runs.js";
import { PROPERTY_SCHEMAS } from "../support/property-schemas.js";
import { drifts, keptBy, withoutSeconds } from "../support/kept.js";

const CASES: readonly NameCase[] = ["camel", "pascal"];

describe(`JSON round trips (${PROPERTY_RUNS} runs each)`, () => {
  describe.each(PROPERTY_SCHEMAS)("%s", (_, schema) => {
    // JSON cannot hold NaN or the infinities (encoding one is an EncodeError, spec §13.2).
    const values = arbitraryFor(fc, schema, { ...PROPERTY_ARBITRARY, nonFinite: false });

    // Lossless, except where JSON's wire forms drop something by design (test/support/kept.ts):
    // dates to the millisecond, TimeSpans through a double's seconds, untyped integers past 2^53 as bigints.
    it.each(CASES)(
      "decodes what it encodes in %s case, leniently and strictly, as much as JSON keeps, and encodes that again to the same text",
      (nameCase) => {
        fc.assert(
          fc.property(values, (value) => {
            const text = json.encode(schema, value, { case: nameCase });
            const decoded = json.decode(schema, text);
            expect(decoded).toEqual(keptBy("json", schema, value));
            expect(json.decode(schema, text, { strict: true })).toEqual(decoded);
            // A long TimeSpan's seconds drift by a digit on each trip (kept.ts): read back as much
            // again, and everything else written again the same.
            const again = json.encode(schema, decoded, { case: nameCase });
            if (drifts(schema, value)) {
              expect(json.decode(schema, again)).toEqual(keptBy("json", schema, decoded));
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

    it.each(CASES)(
      "writes valid JSON that JSON.parse reads as the value under its %s-case wire names",
      (nameCase) => {
        fc.assert(
          fc.property(values, (value) => {
            const text = json.encode(schema, value, { case: nameCase });
            expect(JSON.parse(text)).toEqual(underWireNames(schema, value, nameCase));
          }),
          propertyParams(),
        );
      },
      PROPERTY_TIMEOUT,
    );
  });
});

/**
 * `value` with each object's members renamed as they are written: the alias if there is one,
 * else the declared name, camel-cased the way ServiceStack does. Dictionary keys are kept.
 * Worked out from the public description, independently of the codec's own plan.
 */
function underWireNames(schema: Schema, value: unknown, nameCase: NameCase): unknown {
  const node = resolveSchema(schema);
  switch (node.kind) {
    case "nullable":
      return underWireNames(node.inner, value, nameCase);
    case "list":
      return (value as unknown[]).map((item) => underWireNames(node.element, item, nameCase));
    case "dictionary": {
      const out = {};
      // Keys that are not strings (a Map's) are written as JSV writes them: digits, the member's spelling, 32 hex digits.
      const entries = value instanceof Map ? [...value] : Object.entries(value as object);
      for (const [key, item] of entries) put(out, node.key?.kind === "guid" ? guidHex(key) : String(key), underWireNames(node.value, item, nameCase));
      return out;
    }
    case "object": {
      const out = {};
      for (const m of node.members) {
        if (Object.hasOwn(value as object, m.key)) {
          put(out, wireName(m, nameCase), underWireNames(m.schema, (value as Record<string, unknown>)[m.key], nameCase));
        }
      }
      return out;
    }
    // JSON.parse reads a long as the nearest double, and bytes as their base64 text.
    case "integer":
      return typeof value === "bigint" ? Number(value) : value;
    case "bytes":
      return Buffer.from(value as Uint8Array).toString("base64");
    // A float's shortest digits read as a double are the float only once rounded to binary32.
    case "number":
      return node.typeName === "float" ? { asymmetricMatch: (read: unknown) => typeof read === "number" && Object.is(Math.fround(read), value) } : value;
    // A decimal is a bare number, which JSON.parse reads as the nearest double.
    case "decimal":
      return Number(value);
    // Dates are WCF `/Date(ms)/` strings (the JSON text's `\/` read as `/`); the exact milliseconds are test/kinds/lossy.test.ts's.
    case "dateTime":
    case "dateTimeOffset":
      return expect.stringMatching(/^\/Date\(-?\d+([+-]\d{4})?\)\/$/);
    case "timeSpan":
      return expect.stringMatching(/^-?P/);
    case "guid":
      return guidHex(value);
    // An open enum's unnamed value is its number in quotes.
    case "enum":
      return String(value);
    case "untyped":
      return untypedAsParsed(value);
    default:
      return value;
  }
}

/** A Guid as JSON writes it: 32 hex digits. */
function guidHex(value: unknown): string {
  return (value as string).replaceAll("-", "");
}

/** An untyped value as JSON.parse reads what the encoder wrote: a bigint as the nearest double. */
function untypedAsParsed(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  if (Array.isArray(value)) return value.map(untypedAsParsed);
  if (typeof value !== "object" || value === null) return value;
  const out = {};
  for (const [key, item] of Object.entries(value)) put(out, key, untypedAsParsed(item));
  return out;
}

function wireName(m: MemberDescriptor, nameCase: NameCase): string {
  return m.alias ?? (nameCase === "camel" ? toCamelCase(m.name) : m.name);
}

/** An own property even for `__proto__`, as `JSON.parse` makes it. */
function put(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
