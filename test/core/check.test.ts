import { describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { dictionary, EncodeError, json, jsv, object, SessionInfo, string } from "../../src/index.js";

// What encoders take as an object or a dictionary: own members of plain records.

describe("encoders write own members of plain records only", () => {
  const Bag = object("Bag", { map: dictionary(string()) });
  test.each([
    ["a Set", { map: new Set(["k"]) }],
    ["a Date", { map: new Date(0) }],
  ])("%s for a dictionary is refused, not written as {}", (_, value) => {
    for (const codec of [json, jsv, csv] as (typeof json)[]) expect(() => codec.encode(Bag, value as never)).toThrow(EncodeError);
  });

  test("a Map for a dictionary is written with its entries, in its order", () => {
    expect(json.encode(Bag, { map: new Map([["k", "v"], ["1", "w"]]) })).toBe('{"map":{"k":"v","1":"w"}}');
  });

  test("what Object.prototype holds (a polluted prototype) is never written", () => {
    const polluted = Object.prototype as Record<string, unknown>;
    polluted["accountName"] = "polluted";
    try {
      expect(json.encode(SessionInfo, {} as never)).not.toContain("polluted");
    } finally {
      delete polluted["accountName"];
    }
  });

  test("a class instance's members are read through its accessors, so none is dropped", () => {
    class Session {
      #name = "Acme";
      get accountName(): string {
        return this.#name;
      }
    }
    expect(json.encode(SessionInfo, new Session() as never)).toContain('"accountName":"Acme"');
    expect(jsv.encode(SessionInfo, Object.create({ accountName: "inherited" }) as never)).toContain("accountName:inherited");
  });
});
