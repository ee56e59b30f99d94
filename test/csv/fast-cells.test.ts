import * as fc from "fast-check";
import { afterEach, describe, expect, test } from "vitest";
import { csv, type CsvEncodeOptions } from "../../src/csv/index.js";
import { EncodeError, enumeration, list, listOf, object, SessionInfo, string, type Input, type ObjectSchema } from "../../src/index.js";
import { fastPaths } from "../../src/model/fast-paths.js";
import { arbitraryFor } from "../../src/testing/index.js";
import { random } from "../hostile/fuzz-harness.js";
import { DotNet, Everything, Numbers, Sink, Untyped } from "../support/property-schemas.js";

// CSV's fast path writes each cell finished: a nested value as JSV with its quotes already doubled,
// a number or date unscanned, an enum member spelled once. The general path writes the cell's JSV
// and then escapes it. Both must give the same table, or the same error at the same place, for
// every kind of member, every option, hostile strings and values of the wrong type.

type Outcome = { text: string } | { code: string; path: string; message: string };

function outcome(run: () => string): Outcome {
  try {
    return { text: run() };
  } catch (error) {
    if (error instanceof EncodeError) return { code: error.code, path: error.path, message: error.message };
    throw error;
  }
}

/** The outcome with the fast paths, after checking that the general path has the same one. */
function agreed(run: () => string): Outcome {
  fastPaths.enabled = false;
  const general = outcome(run);
  fastPaths.enabled = true;
  const fast = outcome(run);
  expect(fast).toEqual(general);
  return fast;
}

afterEach(() => {
  fastPaths.enabled = true;
});

const WRONG: readonly unknown[] = [42, -1.5, 7n, "text", "", true, [], ["a,b"], {}, { a: '"' }, new Uint8Array(0), NaN, Symbol("s")];

/** `value` with one member (chosen by `next`) holding a value of some other type. */
function withWrongMember(value: Record<string, unknown>, schema: ObjectSchema, next: () => number): Record<string, unknown> {
  const keys = Object.keys(schema.shape);
  return { ...value, [keys[Math.floor(next() * keys.length)]!]: WRONG[Math.floor(next() * WRONG.length)] };
}

const OPTIONS: readonly CsvEncodeOptions[] = [{}, { case: "pascal" }, { headers: "camel", escapeFormulae: true }];

describe("the fast cells and the general ones write the same tables", () => {
  const schemas: [string, ObjectSchema][] = [
    ["SessionInfo", SessionInfo],
    ["Sink", Sink],
    ["Numbers", Numbers],
    ["DotNet", DotNet],
    ["Untyped", Untyped],
    ["Everything", Everything],
  ];
  test.each(schemas)("%s: random values, and each with a member of the wrong type", (_, schema) => {
    const next = random(1313);
    const values = fc.sample(arbitraryFor(fc, schema), { seed: 1326, numRuns: 60 }) as Record<string, unknown>[];
    const Table = listOf(schema);
    let tables = 0;
    let errors = 0;
    for (const options of OPTIONS) {
      if ("text" in agreed(() => csv.encode(Table, values, options))) tables++;
      for (const value of values) {
        const rows = [value, withWrongMember(value, schema, next)];
        if ("text" in agreed(() => csv.encode(Table, rows, options))) tables++;
        else errors++;
      }
    }
    // Both kinds of outcome are compared, not one by luck.
    expect(tables).toBeGreaterThan(3);
    expect(errors).toBeGreaterThan(20);
  });
});

describe("cells written already escaped", () => {
  const Note = object("Note", { tags: list(string()), mood: enumeration("Mood", ["Calm", "Cross"], { spellings: { Calm: "calm, mostly", Cross: '"cross"' } }) });

  test.each<[Input<typeof Note>, string]>([
    // JSV quotes a spelling with a comma, and doubles the quotes of one it quotes; CSV doubles them again.
    [{ tags: ["a", 'say "hi"', "", "x:y"] }, '"[a,""say """"hi"""""","""",""x:y""]","""calm, mostly"""\r\n'],
    [{ mood: '"cross"' as const }, ',"""""""cross"""""""\r\n'],
  ])("%j is the row %j", (value, row) => {
    expect(agreed(() => csv.encode(Note, value))).toEqual({ text: "Tags,Mood\r\n" + row });
  });

  test("a nested string of many quotes, escaped in blocks, has every quote written four times", () => {
    const text = 'ab"c\n'.repeat(100_000);
    const cell = `"[""${text.replaceAll('"', '""""')}""]"`;
    expect(agreed(() => csv.encode(Note, { tags: [text], mood: '"cross"' }))).toEqual({ text: `Tags,Mood\r\n${cell},"""""""cross"""""""\r\n` });
  });
});
