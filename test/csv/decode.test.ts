import { describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { listOf, object, SessionInfo, string, list, boolean } from "../../src/index.js";

// CSV reading (spec §6, §12): papaparse splits the rows, the header maps columns to members
// ignoring case and order, and every other cell is read as JSV. What it refuses: decode-errors.test.ts.

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

  test("a single object is one data row (decode-errors.test.ts: no row, or two, is row-count)", () => {
    expect(csv.decode(Note, "Text\r\na\r\n")).toEqual({ text: "a", done: false });
    expect(csv.decode(Note, "Text\r\n\r\n")).toEqual({ done: false });
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
