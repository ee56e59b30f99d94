import { describe, expect, test } from "vitest";
import { ListSplitter, SplitFailure } from "../../src/cli/list-split.js";

// The splitter that cuts a big list into its elements: however the text arrives in pieces,
// the elements are the same.

function split(json: boolean, pieces: string[], maxLength = 1000) {
  const splitter = new ListSplitter(json, maxLength);
  const elements = pieces.flatMap((piece) => splitter.push(piece));
  return [...elements, ...splitter.end()].map(({ index, text, at, shift }) => ({ index, text, at, shift }));
}

describe("elements, as lists of one", () => {
  test.each([
    ["JSON objects", true, '[{"a":1}, {"b":[2,{"c":"]"}]}]', ['[{"a":1}]', '[ {"b":[2,{"c":"]"}]}]']],
    ["JSON escapes before quotes and brackets", true, '[{"a":"\\"],\\\\"},{"b":"\\\\\\"["}]', ['[{"a":"\\"],\\\\"}]', '[{"b":"\\\\\\"["}]']],
    ["JSV quotes doubled", false, '[{a:"x""],{"},{b:1}]', ['[{a:"x""],{"}]', "[{b:1}]"]],
    ["pretty JSV keeps its layout", false, "[\n\t{\n\t\ta: 1\n\t},\n\t{\n\t}\n]", ["[\n\t{\n\t\ta: 1\n\t}]", "[\n\t{\n\t}\n]"]],
    ["an empty list", true, " [ ] ", []],
    ["a list cut short", true, '[{"a":1},{"b"', ['[{"a":1}]', '[{"b"']],
  ])("%s", (_, json, text, expected) => {
    expect(split(json, [text]).map((element) => element.text)).toEqual(expected);
  });

  test.each([
    ["JSON", true, '\ufeff [{"a":"x\\"y\\\\"},\n{"b":["]",{"c":"\\\\\\""}]} , {} ]\n'],
    ["JSV", false, '[{a:"x""y,]"},\n{b:["]",{c:""""}]} , {} ]'],
  ])("%s: the same elements, wherever the text is cut in two or three", (_, json, text) => {
    const whole = split(json, [text]);
    for (let i = 0; i <= text.length; i++) {
      expect(split(json, [text.slice(0, i), text.slice(i)])).toEqual(whole);
      const j = Math.min(text.length, i + 3);
      expect(split(json, [text.slice(0, i), text.slice(i, j), text.slice(j)])).toEqual(whole);
    }
  });

  test("empty slots are handed on with a neighbour, for the decoder to judge in context", () => {
    expect(split(true, ["[{},,{}]"])).toEqual([
      { index: 0, text: "[{}]", at: 0, shift: 0 },
      { index: 1, text: "[{},,{}]", at: 3, shift: 3 },
      { index: 2, text: "[{}]", at: 4, shift: 0 },
    ]);
  });
});

describe("what the splitter reports itself", () => {
  test("text after the list", () => {
    expect(() => split(true, ["[{}]  x"])).toThrow(expect.objectContaining({ code: "trailing-text", offset: 6 }));
  });

  test("an element longer than the limit, before it is held whole", () => {
    const splitter = new ListSplitter(true, 10);
    splitter.push('[{"a":1},{"b":"');
    let failure: unknown;
    try {
      splitter.push("x".repeat(100));
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(SplitFailure);
    expect(failure).toMatchObject({ code: "input-too-long", offset: 9 });
  });
});
