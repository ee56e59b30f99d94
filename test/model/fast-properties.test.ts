import { setFlagsFromString } from "node:v8";
import * as fc from "fast-check";
import { describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { bytes, double, enumeration, int, json, jsv, list, listOf, long, nullable, object, SessionInfo, string, type Schema } from "../../src/index.js";
import { resolveSchema } from "../../src/model/compile.js";
import { arbitraryFor } from "../../src/testing/index.js";
import { Sink } from "../support/property-schemas.js";

// Every object a decoder builds for an object schema is a fast-property object (V8 keeps its
// members in slots, not in a hash table), whatever members the text held: the user's code reads
// them fast, and building them is cheap. Asked of V8 itself with `%HasFastProperties`.

setFlagsFromString("--allow-natives-syntax");
// Test code may compile code: the natives syntax only parses in code compiled after the flag is set.
// eslint-disable-next-line @typescript-eslint/no-implied-eval
const hasFastProperties = new Function("value", "return %HasFastProperties(value)") as (value: object) => boolean;

const Reading = object("Reading", {
  id: long(),
  unit: enumeration("Unit", ["KilowattHours", "Litres"]),
  value: double(),
  previous: nullable(double()),
  scale: nullable(int()),
  signature: bytes(),
  label: string(),
  samples: list(double()),
});

/** The objects of object schemas in a decoded value, with their paths; dictionaries themselves are the user's maps. */
function describedObjects(schema: Schema, value: unknown, path = "$"): [string, object][] {
  const found: [string, object][] = [];
  const pending: [Schema, unknown, string][] = [[schema, value, path]];
  while (pending.length > 0) {
    const [node, item, at] = pending.pop()!;
    if (item === null || item === undefined) continue;
    const resolved = resolveSchema(node);
    if (resolved.kind === "object") {
      found.push([at, item as object]);
      for (const m of resolved.members) pending.push([m.schema, (item as Record<string, unknown>)[m.key], `${at}.${m.key}`]);
    } else if (resolved.kind === "list") {
      (item as unknown[]).forEach((element, i) => pending.push([resolved.element, element, `${at}[${i}]`]));
    } else if (resolved.kind === "nullable") {
      pending.push([resolved.inner, item, at]);
    } else if (resolved.kind === "dictionary") {
      const entries = item instanceof Map ? [...item] : Object.entries(item as object);
      for (const [key, entry] of entries) pending.push([resolved.value, entry, `${at}[${String(key)}]`]);
    }
  }
  return found;
}

const slowOnes = (schema: Schema, values: readonly unknown[]): string[] =>
  values.flatMap((value, i) => describedObjects(schema, value, `[${i}]`).filter(([, object]) => !hasFastProperties(object)).map(([path]) => path));

describe("decoded objects are fast-property objects", () => {
  const cases: [string, Schema, fc.Arbitrary<unknown>][] = [
    ["SessionInfo (41 members, any subset present)", SessionInfo, arbitraryFor(fc, SessionInfo)],
    ["a DTO of the newer kinds", Reading, arbitraryFor(fc, Reading, { nonFinite: false })],
    ["every kind nested in every container", Sink, arbitraryFor(fc, Sink, { nonFinite: false })],
  ];

  test.each(cases)("%s, read from JSON, JSV and CSV", (_name, schema, arbitrary) => {
    const values = fc.sample(arbitrary, { seed: 13, numRuns: 120 });
    expect(values.length).toBe(120);
    const List = listOf(schema);
    const fromJson = values.map((value) => json.decode(schema, json.encode(schema, value)));
    const fromPascalJson = values.map((value) => json.decode(schema, json.encode(schema, value, { case: "pascal" })));
    const fromJsv = values.map((value) => jsv.decode(schema, jsv.encode(schema, value)));
    const fromCsv = csv.decode(List, csv.encode(List, values)) as unknown[];
    expect(fromCsv.length).toBe(values.length);
    expect(slowOnes(schema, fromJson)).toEqual([]);
    expect(slowOnes(schema, fromPascalJson)).toEqual([]);
    expect(slowOnes(schema, fromJsv)).toEqual([]);
    expect(slowOnes(schema, fromCsv)).toEqual([]);
  });

  test("the check can fail: an object filled by keyed stores past V8's room is a hash table", () => {
    const filled: Record<string, unknown> = {};
    for (let i = 0; i < 40; i++) filled[`member${i}`] = i;
    expect(hasFastProperties(filled)).toBe(false);
    expect(hasFastProperties({ a: 1 })).toBe(true);
  });

  test("a decoded object is a plain object, its members in declaration order", () => {
    const value = jsv.decode(Reading, "{label:x,id:1}") as object;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(value.constructor).toBe(Object);
    expect(Object.keys(value)).toEqual(["id", "unit", "value", "label"]);
    expect(Object.getOwnPropertyNames(value)).toEqual(["id", "unit", "value", "label"]);
  });
});
