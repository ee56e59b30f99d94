import { describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { DecodeError, listOf, object, SessionInfo, string, list, boolean } from "../../src/index.js";

// CSV reading (spec §6, §12): papaparse splits the rows, the header maps columns to members
// ignoring case and order, and every other cell is read as JSV.

const Note = object("Note", { text: string(), done: boolean(), tags: list(string()) });
const Notes = listOf(Note);

describe("tables", () => {
  test.each([
    ["Text,Done,Tags\r\na,True,[x]\r\n", [{ text: "a", done: true, tags: ["x"] }], "the reference's layout"],
    ["text,done,tags\na,true,[x]\n", [{ text: "a", done: true, tags: ["x"] }], "LF line breaks and lower-case headers"],
    [" Tags , Text \r\n[x],a\r\n", [{ text: "a", done: false, tags: ["x"] }], "columns in any order, names trimmed, a missing bool false"],
    ["Text,Extra\r\na,ignored\r\n", [{ text: "a", done: false }], "unknown columns ignored"],
    ["\ufeffText\r\na\r\n", [{ text: "a", done: false }], "a BOM skipped"],
    ["Text,Done\r\n", [], "a header alone is an empty list"],
    ["Text,Done\r\n,False\r\n\"\",False\r\n", [{ done: false }, { done: false }], "an empty cell and \"\" are both absent"],
    ['Text,Tags\r\n"a,""b""\r\nc","[""p,q"",""""]"\r\n', [{ text: 'a,"b"\r\nc', done: false, tags: ["p,q", ""] }], "quoted cells, nested strings unquoted"],
    ["Text\r\nno newline at the end", [{ text: "no newline at the end", done: false }], "a last row without a line break"],
  ] as [string, unknown, string][])("%j reads as expected: %s", (text, value) => {
    expect(csv.decode(Notes, text)).toEqual(value);
  });

  test("a single object wants exactly one data row", () => {
    expect(csv.decode(Note, "Text\r\na\r\n")).toEqual({ text: "a", done: false });
    expect(csv.decode(Note, "Text\r\n\r\n")).toEqual({ done: false });
    expect(() => csv.decode(Note, "Text\r\n")).toThrow(expect.objectContaining({ code: "row-count" }));
    expect(() => csv.decode(Note, "Text\r\na\r\nb\r\n")).toThrow(expect.objectContaining({ code: "row-count", line: 3, column: 1 }));
  });

  test("nested objects come back with their strings unquoted, unlike the reference's reader", () => {
    const text = 'Members\r\n"[{displayName:""a,b"",role:Agent}]"\r\n';
    expect(csv.decode(listOf(SessionInfo), text)[0]!.members).toEqual([
      { displayName: "a,b", role: "Agent", callState: "None", isOriginalMember: false, muted: false },
    ]);
  });

  test("__proto__ keys inside cells are ordinary keys", () => {
    const [session] = csv.decode(listOf(SessionInfo), 'Members\r\n"[{applicationData:{__proto__:x}}]"\r\n');
    expect(Object.keys(session!.members![0]!.applicationData!)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>)["x"]).toBeUndefined();
  });
});

describe("errors", () => {
  test.each([
    ["Text,Done\r\na,maybe\r\n", "invalid-boolean", "[0].done", 2, 3],
    ["Text,Done\r\na,True\r\nb,True,extra\r\n", "field-count", "[1]", 3, 8],
    ["Text,Done\r\na\r\n", "field-count", "[0]", 2, 2],
    ['Text,Tags\r\na,"[x,y\r\n', "unexpected-end", "", 2, 8],
    ['Text,Tags\r\na,"{a:b}"\r\n', "type-mismatch", "[0].tags", 2, 4],
    ["Text,Tags\r\na,\"[,x]\"\r\n", "null-value", "[0].tags[0]", 2, 5],
    ['Text,Tags\r\na,"[""x"",]"\r\n', "syntax", "[0].tags", 2, 11],
    ["Text,Tags\r\na,[x]]\r\n", "trailing-text", "[0].tags", 2, 6],
    ["Text,Done\r\nb,False\r\n\"a\"b,True\r\n", "syntax", "", 3, 1],
    ["", "unexpected-end", "", 1, 1],
  ])("%j gives %s at %j, line %i column %i", (text, code, path, line, column) => {
    try {
      csv.decode(Notes, text);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DecodeError);
      expect(error).toMatchObject({ format: "csv", code, path, line, column });
    }
  });

  test("an enum error inside a nested cell points into the CSV text", () => {
    const text = 'DialState,Members\r\nNone,"[{role:Boss}]"\r\n';
    expect(() => csv.decode(listOf(SessionInfo), text)).toThrow(
      expect.objectContaining({ code: "invalid-enum", path: "[0].members[0].role", line: 2, column: 14 }),
    );
  });

  test("strict mode reports unknown columns; a repeated column is always an error", () => {
    expect(() => csv.decode(Notes, "Text,Extra\r\na,b\r\n", { strict: true })).toThrow(
      expect.objectContaining({ code: "unknown-member", line: 1, column: 6 }),
    );
    expect(() => csv.decode(Notes, "Text,text\r\na,b\r\n")).toThrow(expect.objectContaining({ code: "duplicate-member", column: 6 }));
  });
});
