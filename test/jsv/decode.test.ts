import { describe, expect, test } from "vitest";
import { boolean, DecodeError, dictionary, jsv, list, object, SessionInfo, string, type Schema } from "../../src/index.js";

// JSV reading (spec §3, §12): what the reference writes reads back exactly; what it guesses at
// is a DecodeError with a code, a path and a line and column.

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

describe("errors", () => {
  test.each([
    ["{dialState:Dialing}", "invalid-enum", "dialState", 1, 12],
    ["{ended:yes}", "invalid-boolean", "ended", 1, 8],
    ["{ended:1}", "invalid-boolean", "ended", 1, 8],
    ["{members:[{callState:Nope}]}", "invalid-enum", "members[0].callState", 1, 22],
    ["{log:[,{}]}", "null-value", "log[0]", 1, 7],
    ["{dialState:None", "unexpected-end", "", 1, 16],
    ["{dialState:None,}", "syntax", "", 1, 17],
    ["{dialState:None}x", "trailing-text", "", 1, 17],
    ["{members:{}}", "type-mismatch", "members", 1, 10],
    ['{accountId:"abc', "unexpected-end", "accountId", 1, 16],
    ['{accountId:"abc"x}', "syntax", "accountId", 1, 17],
    ["{\n\tdialState: None,\n\tended: maybe\n}", "invalid-boolean", "ended", 3, 9],
    ["", "unexpected-end", "", 1, 1],
    ["   ", "unexpected-end", "", 1, 4],
  ])("%j gives %s at %j, line %i column %i", (text, code, path, line, column) => {
    try {
      jsv.decode(SessionInfo, text);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DecodeError);
      expect(error).toMatchObject({ format: "jsv", code, path, line, column });
    }
  });

  test("strict mode reports unknown and repeated members", () => {
    expect(() => jsv.decode(SessionInfo, "{nickname:x}", { strict: true })).toThrow(
      expect.objectContaining({ code: "unknown-member", column: 2 }),
    );
    expect(() => jsv.decode(SessionInfo, "{ended:True,Ended:False}", { strict: true })).toThrow(
      expect.objectContaining({ code: "duplicate-member" }),
    );
    expect(jsv.decode(SessionInfo, "{ended:True,Ended:False}")).toMatchObject({ ended: false });
    expect(() => jsv.decode(Holder, "{map:{k:a,k:b}}", { strict: true })).toThrow(expect.objectContaining({ code: "duplicate-key" }));
  });

  test("nesting deeper than maxDepth is a depth-limit error, never a stack overflow", () => {
    const deep = "{x:" + "[".repeat(1_000_000) + "]".repeat(1_000_000) + "}";
    const started = performance.now();
    expect(() => jsv.decode(SessionInfo, deep)).toThrow(expect.objectContaining({ code: "depth-limit" }));
    expect(() => jsv.decode(SessionInfo, "{x:[[[]]]}", { maxDepth: 3 })).toThrow(expect.objectContaining({ code: "depth-limit" }));
    expect(jsv.decode(SessionInfo, "{x:[[[]]]}", { maxDepth: 4 })).toMatchObject({ ended: false });
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  test("text longer than maxLength is refused before it is read", () => {
    expect(() => jsv.decode(SessionInfo, "{accountId:abcdef}", { maxLength: 10 })).toThrow(
      expect.objectContaining({ code: "input-too-long" }),
    );
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
