import { readdirSync, readFileSync } from "node:fs";
import * as fc from "fast-check";
import { describe, expect, test } from "vitest";
import { dictionary, listOf, SessionInfo, string, type Schema } from "../../src/index.js";
import { decodeJsonExact } from "../../src/json/decode.js";
import { decodeParsed } from "../../src/json/parsed.js";
import { arbitraryFor } from "../../src/testing/index.js";
import { propertyParams } from "../support/property-runs.js";

// json.decode reads well-formed text with JSON.parse and a walk, and falls back to the scanner,
// which knows positions. Whenever the fast path gives a value, the scanner must give the same one.

function agree(schema: Schema, text: string): void {
  const fast = decodeParsed(schema, text, 64);
  if (fast === undefined) return;
  expect(decodeJsonExact(schema, text, false, 64)).toEqual(fast);
}

const SCHEMAS: Schema[] = [SessionInfo, listOf(SessionInfo), listOf(string()), dictionary(string()), string()];

test("on every JSONTestSuite file", () => {
  const folder = new URL("../../fixtures/JSONTestSuite/test_parsing/", import.meta.url);
  for (const name of readdirSync(folder)) {
    const text = readFileSync(new URL(encodeURIComponent(name), folder), "utf8");
    for (const schema of SCHEMAS) agree(schema, text);
  }
});

describe("on random documents", () => {
  test("the reference's output with its members renamed, repeated, nulled or unknown", () => {
    const edits = fc.constantFrom("none", "pascal", "lower", "null", "unknown", "repeat");
    fc.assert(
      fc.property(arbitraryFor(fc, SessionInfo), edits, (value, edit) => {
        const entries = Object.entries(value as Record<string, unknown>);
        const edited = entries.flatMap(([key, item]): [string, unknown][] => {
          if (edit === "pascal") return [[key[0]!.toUpperCase() + key.slice(1), item]];
          if (edit === "lower") return [[key.toLowerCase(), item]];
          if (edit === "null") return [[key, typeof item === "string" ? null : item]];
          if (edit === "unknown") return [[key, item], [`x${key}`, [[{ deep: item }]]]];
          if (edit === "repeat") return [[key, item], [key.toUpperCase(), item]];
          return [[key, item]];
        });
        const text = "{" + edited.map(([key, item]) => `${JSON.stringify(key)}:${JSON.stringify(item)}`).join(",") + "}";
        agree(SessionInfo, text);
      }),
      propertyParams(),
    );
  });

  test("any JSON at all", () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        for (const schema of SCHEMAS) agree(schema, text);
      }),
      propertyParams(),
    );
  });
});
