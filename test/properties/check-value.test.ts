import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkValue, DecodeError, json, type NameCase, type Schema } from "../../src/index.js";
import { formatPath } from "../../src/core/path.js";
import { setOwn } from "../../src/core/objects.js";
import { resolveSchema } from "../../src/model/compile.js";
import { READ_TEXT } from "../../src/model/dotnet-values.js";
import { planObject } from "../../src/model/plan.js";
import { arbitraryFor } from "../../src/testing/index.js";
import { PROPERTY_ARBITRARY, PROPERTY_RUNS, PROPERTY_TIMEOUT, propertyParams } from "../support/property-runs.js";
import { PROPERTY_SCHEMAS } from "../support/property-schemas.js";

// checkValue applies the decoders' rules to parsed values: on what JSON.parse makes of a text it
// gives what the JSON decoder gives for the text, the same value or the decoder's problem among its own.
// Where JSON.parse loses what the text held, checkValue cannot know it: integers past 2^53 are left
// out, and a decimal is compared by the digits JSON.parse kept (`1.10` is the number 1.1).

const CASES: readonly NameCase[] = ["camel", "pascal"];

describe(`the value check (${PROPERTY_RUNS} runs each)`, () => {
  describe.each(PROPERTY_SCHEMAS)("%s", (_, schema) => {
    const values = arbitraryFor(fc, schema, PROPERTY_ARBITRARY);
    // JSON.parse rounds integers past 2^53 and a decimal's digits, which the decoder reads exactly.
    const jsonValues = arbitraryFor(fc, schema, { ...PROPERTY_ARBITRARY, jsonParseExact: true });

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
            const held = heldByJsonParse(schema, json.decode(schema, text));
            fc.pre(held !== UNHELD);
            expect(checkValue(schema, JSON.parse(text))).toEqual({ value: held });
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
            fc.pre(!heldInexactly(text));
            expectSameVerdict(schema, text, strict);
          }),
          propertyParams(),
        );
      },
      PROPERTY_TIMEOUT,
    );
  });
});

/**
 * Whether a JSON text has a number JSON.parse may not hold as the text wrote it, so that
 * checkValue cannot know what the decoder read (a replacement may bring one): an integer past
 * ±2^53 (`12345678901234567890` the decoder reads as a bigint, `1e21` as a number), or a number of
 * more than 15 significant digits (a decimal's digits past a double's).
 */
function heldInexactly(text: string): boolean {
  const pending: unknown[] = [JSON.parse(text)];
  while (pending.length > 0) {
    const node = pending.pop();
    if (typeof node === "number" && ((Number.isInteger(node) && !Number.isSafeInteger(node)) || significantDigits(node) > 15)) return true;
    if (typeof node === "object" && node !== null) pending.push(...Object.values(node));
  }
  return false;
}

/** The significant digits of a number's shortest spelling. */
function significantDigits(value: number): number {
  const mantissa = Math.abs(value).toExponential().split("e")[0]!;
  return mantissa.replace(".", "").length;
}

function expectSameVerdict(schema: Schema, text: string, strict: boolean): void {
  const checked = checkValue(schema, JSON.parse(text), { strict });
  let decoded: unknown;
  try {
    decoded = json.decode(schema, text, { strict });
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    // checkValue also takes the forms values are held in, a decimal's text among them, which JSON holds bare.
    if (checked.issues === undefined && error.code === "invalid-number" && text.charCodeAt(error.offset) === 0x22) return;
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

const UNHELD = Symbol("a decimal JSON.parse cannot hold");

/**
 * A decoded value as checkValue reads it from JSON.parse's tree: each decimal by the number's
 * shortest text (its scale and any digit past a double's lost), or {@link UNHELD} where that
 * number is not a decimal any more.
 */
function heldByJsonParse(schema: Schema, value: unknown): unknown {
  const node = resolveSchema(schema);
  const each = (inner: Schema, item: unknown): unknown => heldByJsonParse(inner, item);
  switch (node.kind) {
    case "nullable":
      return each(node.inner, value);
    case "decimal":
      try {
        return READ_TEXT.decimal(String(Number(value)), -1);
      } catch {
        return UNHELD;
      }
    case "list": {
      const items = (value as unknown[]).map((item) => each(node.element, item));
      return items.includes(UNHELD) ? UNHELD : items;
    }
    case "dictionary": {
      const entries = [...(value instanceof Map ? value : Object.entries(value as object))].map(([key, item]) => [key, each(node.value, item)] as const);
      if (entries.some(([, item]) => item === UNHELD)) return UNHELD;
      if (value instanceof Map) return new Map(entries);
      const out = {};
      for (const [key, item] of entries) setOwn(out, key as string, item);
      return out;
    }
    case "object": {
      const out = {};
      for (const field of planObject(node).fields) {
        if (!Object.hasOwn(value as object, field.key)) continue;
        const item = each(field.schema, (value as Record<string, unknown>)[field.key]);
        if (item === UNHELD) return UNHELD;
        setOwn(out, field.key, item);
      }
      return out;
    }
    default:
      return value;
  }
}
