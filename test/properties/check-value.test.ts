import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkValue, DecodeError, json, type NameCase, type Schema } from "../../src/index.js";
import { formatPath } from "../../src/core/path.js";
import { arbitraryFor } from "../../src/testing/index.js";
import { PROPERTY_RUNS, PROPERTY_TIMEOUT, propertyParams } from "../support/property-runs.js";
import { PROPERTY_SCHEMAS } from "../support/property-schemas.js";

// checkValue applies the decoders' rules to parsed values: on what JSON.parse makes of a text it
// gives what the JSON decoder gives for the text, the same value or the decoder's problem among its own.

const CASES: readonly NameCase[] = ["camel", "pascal"];

describe(`the value check (${PROPERTY_RUNS} runs each)`, () => {
  describe.each(PROPERTY_SCHEMAS)("%s", (_, schema) => {
    const values = arbitraryFor(fc, schema);
    // JSON holds no NaN or infinity, and JSON.parse rounds integers past 2^53, which the decoder reads exactly.
    const jsonValues = arbitraryFor(fc, schema, { nonFinite: false }).filter((value) => !hasUnsafeInteger(json.encode(schema, value)));

    it(
      "passes every decoded value and gives it back as it is",
      () => {
        fc.assert(
          fc.property(values, (value) => {
            expect(checkValue(schema, value)).toEqual({ value });
            expect(checkValue(schema, value, { strict: true })).toEqual({ value });
          }),
          propertyParams(),
        );
      },
      PROPERTY_TIMEOUT,
    );

    it.each(CASES)(
      "reads JSON.parse of the %s-case JSON as the decoder reads the text",
      (nameCase) => {
        fc.assert(
          fc.property(jsonValues, (value) => {
            const text = json.encode(schema, value, { case: nameCase });
            expect(checkValue(schema, JSON.parse(text))).toEqual({ value: json.decode(schema, text) });
          }),
          propertyParams(),
        );
      },
      PROPERTY_TIMEOUT,
    );

    it(
      "agrees with the decoder on JSON with one part replaced by any JSON value, leniently and strictly",
      () => {
        const mutated = jsonValues.chain((value) => {
          const tree = JSON.parse(json.encode(schema, value)) as unknown;
          return fc.record({ tree: fc.constant(tree), at: fc.nat(), replacement: fc.jsonValue({ maxDepth: 3 }), strict: fc.boolean() });
        });
        fc.assert(
          fc.property(mutated, ({ tree, at, replacement, strict }) => {
            const text = JSON.stringify(replaced(tree, at, replacement));
            expectSameVerdict(schema, text, strict);
          }),
          propertyParams(),
        );
      },
      PROPERTY_TIMEOUT,
    );
  });
});

/** Whether the JSON text has an integer JSON.parse cannot hold exactly (past ±2^53). */
function hasUnsafeInteger(text: string): boolean {
  return (text.match(/-?\d{16,}(?![.\deE])/g) ?? []).some((digits) => !Number.isSafeInteger(Number(digits)));
}

function expectSameVerdict(schema: Schema, text: string, strict: boolean): void {
  const checked = checkValue(schema, JSON.parse(text), { strict });
  let decoded: unknown;
  try {
    decoded = json.decode(schema, text, { strict });
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    expect(checked.issues?.map((issue) => `${issue.code} at ${formatPath(issue.path)}`)).toContain(`${error.code} at ${error.path}`);
    return;
  }
  expect(checked).toEqual({ value: decoded });
}

/** `tree` with its `at`-th node (in a walk from the root, modulo their number) replaced. */
function replaced(original: unknown, at: number, replacement: unknown): unknown {
  const tree = structuredClone(original);
  const nodes: { parent: Record<string | number, unknown> | undefined; key: string | number }[] = [{ parent: undefined, key: "" }];
  const pending: unknown[] = [tree];
  for (let i = 0; i < pending.length; i++) {
    const node = pending[i];
    if (typeof node !== "object" || node === null) continue;
    for (const key of Object.keys(node)) {
      const parent = node as Record<string, unknown>;
      nodes.push({ parent, key: Array.isArray(node) ? Number(key) : key });
      pending.push(parent[key]);
    }
  }
  const { parent, key } = nodes[at % nodes.length]!;
  if (parent === undefined) return replacement;
  parent[key] = replacement;
  return tree;
}
