import { describe, expect, test } from "vitest";
import { boolean, dictionary, jsv, list, object, SessionInfo, string, type Schema } from "../../src/index.js";

// JSV reading (spec §3, §12): what the reference writes reads back exactly; what it guesses at
// is a DecodeError with a code, a path and a line and column (decode-errors.test.ts).

const SB = object("SB", { v: string(), b: boolean() });
const Holder = object("Holder", { v: string(), tags: list(string()), map: dictionary(string()), people: list(SB) });

describe("values", () => {
  test.each([
    ["{v: abc}", SB, { b: false, v: " abc" }, "a value keeps its leading space"],
    ["{v:abc }", SB, { b: false, v: "abc " }, "and its trailing space"],
    ["{ v :abc}", SB, { b: false, v: "abc" }, "a member name is trimmed"],
    ["{V:abc}", SB, { b: false, v: "abc" }, "names match ignoring case"],
    ["{v:}", SB, { b: false }, "an empty value is absent"],
    ['{v:""}', SB, { b: false, v: "" }, '"" is the empty string'],
    ['{v:"a""b"}', SB, { b: false, v: 'a"b' }, "a doubled quote is one quote"],
    ['{v:a"b}', SB, { b: false, v: 'a"b' }, "an unquoted value may hold a quote"],
    ["{v:a:b}", SB, { b: false, v: "a:b" }, "and a colon"],
    ["{v:[a,b]}", SB, { b: false, v: "[a,b]" }, "a string member keeps a bracketed value as text"],
    ["{v:line1\nline2}", SB, { b: false, v: "line1\nline2" }, "compact values may hold raw line breaks"],
    ["{tags:[a, b]}", Holder, { tags: ["a", " b"] }, "list elements keep their spaces"],
    ["{map:{ k : v }}", Holder, { map: { " k ": " v " } }, "dictionary keys and values too"],
    ['{map:{"":x,"k:1":"v"}}', Holder, { map: { "": "x", "k:1": "v" } }, "an empty key is the empty string"],
    ["{people:[{v:x}, {v:y}]}", Holder, { people: [{ v: "x", b: false }, { v: "y", b: false }] }, "objects in a list may be spaced"],
    ["{b:TRUE}", SB, { b: true }, "bools in any letter case"],
    ["\ufeff{v:x}", SB, { b: false, v: "x" }, "a BOM is skipped"],
    ["  {v:x}\n", SB, { b: false, v: "x" }, "white space around the root is allowed"],
    ["{unknown:{a:[1,2]},v:x}", SB, { b: false, v: "x" }, "unknown members are skipped"],
  ] as [string, Schema, unknown, string][])("%j reads as expected: %s", (text, schema, value) => {
    expect(jsv.decode(schema, text)).toEqual(value);
  });

  test("enum names match ignoring case and come back canonical", () => {
    expect(jsv.decode(SessionInfo, "{dialState:active,channel:CHAT}")).toMatchObject({ dialState: "Active", channel: "Chat" });
  });

  test("__proto__ and constructor are ordinary dictionary keys", () => {
    const value = jsv.decode(Holder, "{map:{__proto__:x,constructor:y,prototype:z}}") as { map: Record<string, string> };
    expect(Object.keys(value.map)).toEqual(["__proto__", "constructor", "prototype"]);
    expect(value.map["__proto__"]).toBe("x");
    expect(Object.getPrototypeOf(value.map)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)["x"]).toBeUndefined();
  });
});

describe("pretty form", () => {
  test("is recognised by the line break after the opening brace", () => {
    expect(jsv.decode(Holder, "{\n\tv: x,\n\ttags: \n\t[\n\t\ta\n\t],\n\tmap: {}\n}")).toEqual({ v: "x", tags: ["a"], map: {} });
  });

  test("reads CRLF line breaks and lost indentation", () => {
    expect(jsv.decode(Holder, "{\r\nv: x,\r\ntags:\r\n[\r\na\r\n]\r\n}")).toEqual({ v: "x", tags: ["a"] });
  });

  test("reads the one space after the colon as layout and any more as data", () => {
    expect(jsv.decode(Holder, "{\n\tv:  x\n}")).toEqual({ v: " x" });
  });
});
