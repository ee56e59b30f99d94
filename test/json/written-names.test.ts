import { describe, expect, test } from "vitest";
import { integer, json, jsv, list, member, object, string } from "../../src/index.js";

// Both JSON paths (JSON.parse with a walk, and the scanner) find members by the names written.

describe("JSON reads members by their written names on both paths", () => {
  const Aliased = object("Aliased", { myId: member(string(), { alias: "my_id" }), n: member(integer(), { alias: "N_" }) });
  test.each([
    ['{"myId":"1"}', { n: 0 }],
    ['{"n":5}', { n: 0 }],
    ['{"my_id":"1","N_":2}', { myId: "1", n: 2 }],
  ])("%s reads as %j", (text, value) => {
    expect(json.decode(Aliased, text)).toEqual(value);
    expect(jsv.decode(Aliased, text.replaceAll('"', ""))).toEqual(value);
  });

  test("-0 reads as 0 on the fast path too", () => {
    expect(Object.is(json.decode(list(integer()), "[-0]")[0], 0)).toBe(true);
    expect(Object.is(json.decode(object("I", { i: integer() }), '{"i":-0}').i, 0)).toBe(true);
  });
});
