import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { json, toCamelCase, type MemberDescriptor, type NameCase, type Schema } from "../../src/index.js";
import { arbitraryFor } from "../../src/testing/index.js";
import { resolveSchema } from "../../src/model/compile.js";
import { PROPERTY_ARBITRARY, PROPERTY_RUNS, PROPERTY_TIMEOUT, propertyParams } from "../support/property-runs.js";
import { PROPERTY_SCHEMAS } from "../support/property-schemas.js";

const CASES: readonly NameCase[] = ["camel", "pascal"];

describe(`JSON round trips (${PROPERTY_RUNS} runs each)`, () => {
  describe.each(PROPERTY_SCHEMAS)("%s", (_, schema) => {
    // JSON cannot hold NaN or the infinities (encoding one is an EncodeError, spec §13.2).
    const values = arbitraryFor(fc, schema, { ...PROPERTY_ARBITRARY, nonFinite: false });

    it.each(CASES)(
      "decodes what it encodes in %s case, leniently and strictly, and encodes that again to the same text",
      (nameCase) => {
        fc.assert(
          fc.property(values, (value) => {
            const text = json.encode(schema, value, { case: nameCase });
            const decoded = json.decode(schema, text);
            expect(decoded).toEqual(value);
            expect(json.decode(schema, text, { strict: true })).toEqual(value);
            expect(json.encode(schema, decoded, { case: nameCase })).toBe(text);
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
      for (const [key, item] of Object.entries(value as object)) put(out, key, underWireNames(node.value, item, nameCase));
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
    default:
      return value;
  }
}

function wireName(m: MemberDescriptor, nameCase: NameCase): string {
  return m.alias ?? (nameCase === "camel" ? toCamelCase(m.name) : m.name);
}

/** An own property even for `__proto__`, as `JSON.parse` makes it. */
function put(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
