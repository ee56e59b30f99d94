import { describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { dictionary, EncodeError, json, jsv, object, SessionInfo, string } from "../../src/index.js";

// What encoders take as an object or a dictionary: own members of plain records.

describe("encoders write own members of plain records only", () => {
  const Bag = object("Bag", { map: dictionary(string()) });
  test.each([
    ["a Map", { map: new Map([["k", "v"]]) }],
    ["a Date", { map: new Date(0) }],
  ])("%s for a dictionary is refused, not written as {}", (_, value) => {
    for (const codec of [json, jsv, csv] as (typeof json)[]) expect(() => codec.encode(Bag, value as never)).toThrow(EncodeError);
  });

  test("what a prototype holds is not written", () => {
    const value = Object.create({ accountName: "inherited" }) as Record<string, unknown>;
    expect(json.encode(SessionInfo, value as never)).not.toContain("inherited");
  });
});
