import { describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { EncodeError, listOf, object, SessionInfo, string, list } from "../../src/index.js";

// CSV writing, as the reference does it (spec §5): a header of the C# names, strings as they are,
// other cells as compact JSV, a field quoted exactly when it must be, `\r\n` after every row.

const Note = object("Note", { text: string(), tags: list(string()) });

describe("fields", () => {
  test.each([
    ["plain", "plain"],
    ["", ""],
    [" lead", " lead"],
    ["a:b", "a:b"],
    ["a{b", "a{b"],
    ["a\tb", "a\tb"],
    ["a,b", '"a,b"'],
    ['a"b', '"a""b"'],
    ['"Jaws"', '"""Jaws"""'],
    ["a\nb", '"a\nb"'],
    ["a\rb", '"a\rb"'],
    ["{q}", '"{q}"'],
    ["[x", '"[x"'],
    ["=1+1", "=1+1"],
  ])("%j is written %s", (text, written) => {
    expect(csv.encode(Note, { text })).toBe(`Text,Tags\r\n${written},\r\n`);
  });

  test("a cell of many quotes, built in blocks (issue 17, item 9), has every quote doubled", () => {
    const text = 'ab"c\n'.repeat(100_000);
    expect(csv.encode(Note, { text })).toBe(`Text,Tags\r\n"${text.replaceAll('"', '""')}",\r\n`);
  });

  test("nested values are compact JSV, quoted because they start with [ or {", () => {
    expect(csv.encode(Note, { tags: ["a", "b,c", ""] })).toBe('Text,Tags\r\n,"[a,""b,c"",""""]"\r\n');
    expect(csv.encode(Note, { tags: [] })).toBe('Text,Tags\r\n,"[]"\r\n');
  });
});

describe("tables", () => {
  test("a single object is a header and one row; a list is a row per value; an empty list the header alone", () => {
    expect(csv.encode(Note, { text: "a" })).toBe("Text,Tags\r\na,\r\n");
    expect(csv.encode(listOf(Note), [{ text: "a" }, { text: "b" }])).toBe("Text,Tags\r\na,\r\nb,\r\n");
    expect(csv.encode(listOf(Note), [])).toBe("Text,Tags\r\n");
  });

  test("headers are the C# names even with camelCase cells, or camelCase on request", () => {
    const text = csv.encode(SessionInfo, { members: [{ role: "Agent" }] });
    expect(text.startsWith("DialState,CallState,QueueState,AccountId,")).toBe(true);
    expect(text).toContain('"[{isOriginalMember:False,callState:None,role:Agent,muted:False}]"');
    const pascal = csv.encode(SessionInfo, { members: [{ role: "Agent" }] }, { case: "pascal", headers: "camel" });
    expect(pascal.startsWith("dialState,callState,")).toBe(true);
    expect(pascal).toContain('"[{IsOriginalMember:False,CallState:None,Role:Agent,Muted:False}]"');
  });

  test("a type with no members is an empty header and an empty line per value, none dropped", () => {
    const Empty = object("Empty", {});
    expect(csv.encode(listOf(Empty), [{}, {}])).toBe("\r\n\r\n\r\n");
    expect(csv.encode(Empty, {})).toBe("\r\n\r\n");
  });

  test("a row of empty cells is its commas", () => {
    expect(csv.encode(Note, {})).toBe("Text,Tags\r\n,\r\n");
  });

  test("there is no byte-order mark", () => {
    expect(csv.encode(Note, {}).charCodeAt(0)).toBe("T".charCodeAt(0));
  });

  test("only object schemas make tables", () => {
    expect(() => csv.encode(list(string()) as never, [] as never)).toThrow(TypeError);
  });
});

describe("formula-injection guard", () => {
  test.each([
    ["=1+1", "'=1+1"],
    ["+cmd", "'+cmd"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", '"\'\rx"'],
    ['=HYPERLINK("x")\nsecond line', '"\'=HYPERLINK(""x"")\nsecond line"'],
    ["a=1", "a=1"],
    ["", ""],
  ])("with escapeFormulae, %j is written %s", (text, written) => {
    expect(csv.encode(Note, { text }, { escapeFormulae: true })).toBe(`Text,Tags\r\n${written},\r\n`);
  });

  test("is off by default, since it changes the data", () => {
    expect(csv.encode(Note, { text: "=1" })).toBe("Text,Tags\r\n=1,\r\n");
  });
});

describe("values the schema refuses", () => {
  test.each([
    ["a wrong enum", SessionInfo, { channel: "Pager" }, "invalid-enum", "channel"],
    ["a null row", listOf(SessionInfo), [{}, null], "null-value", "[1]"],
    ["a nested null", listOf(SessionInfo), [{ log: [null] }], "null-value", "[0].log[0]"],
    ["an unknown member", SessionInfo, { nickname: "x" }, "unknown-member", "nickname"],
  ])("%s is an EncodeError", (_what, schema, value, code, path) => {
    expect(() => csv.encode(schema as never, value as never)).toThrow(EncodeError);
    expect(() => csv.encode(schema as never, value as never)).toThrow(expect.objectContaining({ code, path, format: "csv" }));
  });
});
