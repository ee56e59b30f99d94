import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as fc from "fast-check";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { dictionary, integer, json, jsv, list, SessionInfo, string, type ObjectSchema, type Schema } from "../../src/index.js";
import { isValueType } from "../../src/model/kinds.js";
import { arbitraryFor, DANGEROUS_KEYS } from "../../src/testing/index.js";
import { DEFAULT_SAMPLE_SEED, PROPERTY_ARBITRARY, PROPERTY_TIMEOUT, propertyParams, sampleSeed } from "../support/property-runs.js";
import { PROPERTY_SCHEMAS } from "../support/property-schemas.js";

const SAMPLES = 2000;

/** The seed of every sample drawn here: fixed, in the suite's name and in every failure; `EVO_PROPERTY_SEED` overrides it. */
const SEED = sampleSeed();
const AT_SEED = `sample seed ${SEED}`;

function sample<T>(arbitrary: fc.Arbitrary<T>): T[] {
  return fc.sample(arbitrary, { numRuns: SAMPLES, seed: SEED });
}

/** What the default strings must reach: each rule of quoting or escaping in JSON, JSV or CSV. */
const HOSTILE_CLASSES: readonly (readonly [string, (s: string) => boolean])[] = [
  ["plain ASCII words", (s) => /^[A-Za-z0-9]+( [A-Za-z0-9]+)*$/.test(s)],
  ["the empty string", (s) => s === ""],
  ["only spaces", (s) => /^ +$/.test(s)],
  ["a leading space", (s) => s.startsWith(" ") && s.trim() !== ""],
  ["a trailing space", (s) => s.endsWith(" ") && s.trim() !== ""],
  ["a tab", (s) => s.includes("\t")],
  ['a double quote "', (s) => s.includes('"')],
  ["a colon", (s) => s.includes(":")],
  ["a comma", (s) => s.includes(",")],
  ["an opening brace", (s) => s.includes("{")],
  ["a closing brace", (s) => s.includes("}")],
  ["an opening bracket", (s) => s.includes("[")],
  ["a closing bracket", (s) => s.includes("]")],
  ["a CR alone", (s) => /\r(?!\n)/.test(s)],
  ["an LF alone", (s) => /(?<!\r)\n/.test(s)],
  ["a CRLF", (s) => s.includes("\r\n")],
  ['a leading "', (s) => s.startsWith('"')],
  ["a leading [", (s) => s.startsWith("[")],
  ["a leading {", (s) => s.startsWith("{")],
  ["text that reads as a boolean", (s) => /^(true|false)$/i.test(s)],
  ["text that reads as a number", (s) => /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(s)],
  ["text that reads as null", (s) => /^null$/i.test(s)],
  ["a backslash", (s) => s.includes("\\")],
  ["a control character other than tab, CR and LF", (s) => /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(s)],
  ["a character in U+007F–U+009F", (s) => /[\u007f-\u009f]/.test(s)],
  ["U+2028 LINE SEPARATOR", (s) => s.includes("\u2028")],
  ["a BOM (U+FEFF)", (s) => s.includes("\ufeff")],
  ["a zero-width space (U+200B)", (s) => s.includes("\u200b")],
  ["an emoji (a surrogate pair)", (s) => /[\u{1F000}-\u{1FAFF}]/u.test(s)],
  ["a lone surrogate", (s) => /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s)],
  ["a leading =", (s) => s.startsWith("=")],
  ["a leading +", (s) => s.startsWith("+")],
  ["a leading -", (s) => s.startsWith("-")],
  ["a leading @", (s) => s.startsWith("@")],
];

describe(`arbitraryFor (samples drawn with seed ${SEED}; EVO_PROPERTY_SEED=n draws others)`, () => {
  it("samples from a fixed seed, unless EVO_PROPERTY_SEED gives another", () => {
    expect(SEED).toBe(sampleSeed(process.env));
    expect(sampleSeed({})).toBe(DEFAULT_SAMPLE_SEED);
    expect(sampleSeed({ EVO_PROPERTY_SEED: "" })).toBe(DEFAULT_SAMPLE_SEED);
    expect(sampleSeed({ EVO_PROPERTY_SEED: "7" })).toBe(7);
    expect(() => sampleSeed({ EVO_PROPERTY_SEED: "seven" })).toThrow(/EVO_PROPERTY_SEED must be an integer/);
  });

  describe.each(PROPERTY_SCHEMAS)("of %s", (_, schema) => {
    it(
      "draws only values that fit the schema, which every encoder accepts (JSON when asked for finite numbers)",
      () => {
        fc.assert(
          fc.property(arbitraryFor(fc, schema, PROPERTY_ARBITRARY), arbitraryFor(fc, schema, { ...PROPERTY_ARBITRARY, nonFinite: false }), (value, finite) => {
            expect(misfits(schema, value, "value")).toEqual([]);
            expect(() => jsv.encode(schema, value)).not.toThrow();
            expect(() => jsv.encode(schema, value, { case: "pascal" })).not.toThrow();
            expect(misfits(schema, finite, "value")).toEqual([]);
            expect(() => json.encode(schema, finite)).not.toThrow();
            expect(() => json.encode(schema, finite, { case: "pascal" })).not.toThrow();
          }),
          propertyParams(),
        );
      },
      PROPERTY_TIMEOUT,
    );
  });

  describe("members", () => {
    const objects = sample(arbitraryFor(fc, SessionInfo)).flatMap((v) => objectsIn(SessionInfo, v));

    it("always holds every value-type member (enums, bools, integers) of every object", () => {
      const missing = objects.flatMap(([schema, value]) =>
        schema.members.filter((m) => isValueType(m.schema) && !Object.hasOwn(value, m.key)).map((m) => `${schema.typeName}.${m.key}`),
      );
      expect(missing, AT_SEED).toEqual([]);
    });

    it("leaves every reference-type member (strings, lists, dictionaries, objects) out sometimes, and in sometimes", () => {
      const never: string[] = [];
      const always: string[] = [];
      for (const type of new Set(objects.map(([schema]) => schema))) {
        const values = objects.filter(([schema]) => schema === type).map(([, value]) => value);
        for (const m of type.members.filter((m) => !isValueType(m.schema))) {
          const present = values.filter((v) => Object.hasOwn(v, m.key)).length;
          if (present === 0) never.push(`${type.typeName}.${m.key}`);
          if (present === values.length) always.push(`${type.typeName}.${m.key}`);
        }
      }
      expect({ never, always }, AT_SEED).toEqual({ never: [], always: [] });
    });
  });

  describe("default strings", () => {
    const strings = sample(arbitraryFor(fc, string()));

    it.each(HOSTILE_CLASSES)(`include %s among ${SAMPLES} draws`, (_, test) => {
      expect(strings.some(test), AT_SEED).toBe(true);
    });

    it("are mostly not plain words", () => {
      const plain = strings.filter((s) => HOSTILE_CLASSES[0]![1](s)).length;
      expect(plain, AT_SEED).toBeGreaterThan(SAMPLES / 10);
      expect(plain, AT_SEED).toBeLessThan(SAMPLES / 2);
    });
  });

  describe("dictionary keys", () => {
    const dictionaries = sample(arbitraryFor(fc, dictionary(integer()))) as Record<string, number>[];
    const keys = dictionaries.flatMap((d) => Object.keys(d));

    it.each(DANGEROUS_KEYS)("include %s as an own, enumerable key", (key) => {
      const holders = dictionaries.filter((d) => Object.hasOwn(d, key));
      expect(holders.length, AT_SEED).toBeGreaterThan(0);
      for (const d of holders) expect(Object.getOwnPropertyDescriptor(d, key)).toMatchObject({ enumerable: true, writable: true });
    });

    it("reach the same hostile classes as string values", () => {
      const missed = HOSTILE_CLASSES.filter(([, test]) => !keys.some(test)).map(([name]) => name);
      expect(missed, AT_SEED).toEqual([]);
    });

    it("sit in plain objects that toEqual tells apart by a __proto__ key", () => {
      const withProto = dictionaries.find((d) => Object.hasOwn(d, "__proto__"))!;
      expect(Object.getPrototypeOf(withProto)).toBe(Object.prototype);
      const copy = JSON.parse(JSON.stringify(withProto)) as unknown;
      expect(copy).toEqual(withProto);
      const without = { ...withProto };
      delete (without as Record<string, unknown>)["__proto__"];
      expect(without).not.toEqual(withProto);
    });
  });

  describe("options", () => {
    it("draws every string and dictionary key from the given string arbitrary, keys also from the dangerous names", () => {
      const schema = list(dictionary(string()));
      const values = sample(arbitraryFor(fc, schema, { string: fc.constantFrom("x", "y") })) as Record<string, string>[][];
      const entries = values.flat().flatMap((d) => Object.entries(d));
      expect(new Set(entries.map(([, v]) => v))).toEqual(new Set(["x", "y"]));
      expect(new Set(entries.map(([k]) => k))).toEqual(new Set(["x", "y", ...DANGEROUS_KEYS]));
    });

    it("keeps lists and dictionaries to 5 entries by default, and to the given sizes when asked", () => {
      const schema = list(dictionary(integer()));
      const sizes = (options?: { maxListLength: number; maxDictionarySize: number }) => {
        const values = sample(arbitraryFor(fc, schema, options)) as Record<string, number>[][];
        return {
          list: Math.max(...values.map((v) => v.length)),
          dictionary: Math.max(...values.flat().map((d) => Object.keys(d).length)),
        };
      };
      expect(sizes(), AT_SEED).toEqual({ list: 5, dictionary: 5 });
      expect(sizes({ maxListLength: 2, maxDictionarySize: 1 }), AT_SEED).toEqual({ list: 2, dictionary: 1 });
    });
  });

  describe("fast-check", () => {
    const testingDir = new URL("../../src/testing/", import.meta.url);
    const sources = readdirSync(testingDir).filter((name) => name.endsWith(".ts"));

    it("is checked for by a test that tells type-only imports from run-time ones", () => {
      expect(importsAtRunTime('import type * as FastCheck from "fast-check";')).toBe(false);
      expect(importsAtRunTime('import type { Arbitrary } from "fast-check";')).toBe(false);
      expect(importsAtRunTime('import * as fc from "fast-check";')).toBe(true);
      expect(importsAtRunTime('import { type Arbitrary } from "fast-check";')).toBe(true);
      expect(importsAtRunTime('export { integer } from "fast-check";')).toBe(true);
      expect(importsAtRunTime('const fc = await import("fast-check");')).toBe(true);
    });

    it.each(sources)("is imported by src/testing/%s for its types only", (name) => {
      const text = readFileSync(fileURLToPath(new URL(name, testingDir)), "utf8");
      expect(text).toContain("fast-check");
      expect(importsAtRunTime(text)).toBe(false);
    });
  });
});

/** Whether TypeScript's output for `source` still names fast-check, as an import or otherwise. */
function importsAtRunTime(source: string): boolean {
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      verbatimModuleSyntax: true,
      removeComments: true,
    },
  });
  return /["'`]fast-check["'`]/.test(outputText);
}

/** Where `value` strays from what a decoder of `schema` could return, as readable paths. */
function misfits(schema: Schema, value: unknown, path: string): string[] {
  if (value === null || value === undefined) return [`${path} is ${value}`];
  const wrong = (what: string) => [`${path} is not ${what}: ${String(value)}`];
  switch (schema.kind) {
    case "string":
      return typeof value === "string" ? [] : wrong("a string");
    case "boolean":
      return typeof value === "boolean" ? [] : wrong("a boolean");
    case "integer":
      if (typeof schema.min === "bigint") return typeof value === "bigint" && value >= schema.min && value <= (schema.max as bigint) ? [] : wrong(`a ${schema.typeName}`);
      return Number.isSafeInteger(value) && !Object.is(value, -0) && (value as number) >= (schema.min as number) && (value as number) <= (schema.max as number) ? [] : wrong(`a ${schema.typeName}`);
    case "number":
      return typeof value === "number" && (schema.typeName === "double" || Number.isNaN(value) || Math.fround(value) === value) ? [] : wrong(`a ${schema.typeName}`);
    case "bytes":
      return value instanceof Uint8Array ? [] : wrong("a Uint8Array");
    case "decimal":
      return typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value) ? [] : wrong("a decimal's text");
    case "dateTime":
      return typeof value === "string" && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}(Z|[+-]\d\d:\d\d)?$/.test(value) ? [] : wrong("a DateTime's o text");
    case "dateTimeOffset":
      return typeof value === "string" && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}[+-]\d\d:\d\d$/.test(value) ? [] : wrong("a DateTimeOffset's o text");
    case "timeSpan":
      return typeof value === "string" && /^-?(\d+\.)?\d\d:\d\d:\d\d(\.\d{7})?$/.test(value) ? [] : wrong("a TimeSpan's c text");
    case "guid":
      return typeof value === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value) ? [] : wrong("a Guid");
    case "char":
      return typeof value === "string" && value.length === 1 ? [] : wrong("a char");
    case "flags":
      return Number.isInteger(value) ? [] : wrong(`a ${schema.typeName}`);
    case "untyped":
      return value !== undefined ? [] : wrong("an untyped value");
    case "nullable":
      return misfits(schema.inner, value, path);
    case "lazy":
      return misfits(schema.resolve(), value, path);
    case "enum":
      return schema.values.includes(value as string) || (schema.open && Number.isInteger(value)) ? [] : wrong(`a ${schema.typeName}`);
    case "list":
      return Array.isArray(value) ? value.flatMap((item, i) => misfits(schema.element, item, `${path}[${i}]`)) : wrong("a list");
    case "dictionary":
      if (schema.key !== undefined) return value instanceof Map ? [...value.values()].flatMap((item, i) => misfits(schema.value, item, `${path}[${i}]`)) : wrong("a Map");
      if (!isPlainObject(value)) return wrong("a plain object");
      return Object.entries(value).flatMap(([key, item]) => misfits(schema.value, item, `${path}[${JSON.stringify(key)}]`));
    case "object": {
      if (!isPlainObject(value)) return wrong("a plain object");
      const keys = new Set(schema.members.map((m) => m.key));
      return [
        ...Object.keys(value).filter((key) => !keys.has(key)).map((key) => `${path} has no member ${key}`),
        ...schema.members.flatMap((m) => {
          if (Object.hasOwn(value, m.key)) return misfits(m.schema, (value as Record<string, unknown>)[m.key], `${path}.${m.key}`);
          return isValueType(m.schema) ? [`${path}.${m.key} is missing`] : [];
        }),
      ];
    }
  }
}

function isPlainObject(value: unknown): value is object {
  return typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** Every object value inside `value`, with its schema. */
function objectsIn(schema: Schema, value: unknown): [ObjectSchema, Record<string, unknown>][] {
  switch (schema.kind) {
    case "list":
      return (value as unknown[]).flatMap((item) => objectsIn(schema.element, item));
    case "dictionary":
      return Object.values(value as object).flatMap((item) => objectsIn(schema.value, item));
    case "object": {
      const record = value as Record<string, unknown>;
      const inner = schema.members.filter((m) => Object.hasOwn(record, m.key)).flatMap((m) => objectsIn(m.schema, record[m.key]));
      return [[schema, record], ...inner];
    }
    default:
      return [];
  }
}
