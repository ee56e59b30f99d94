import { describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { boolean, DECODE_ERROR_CODES, dictionary, integer, list, listOf, object, SessionInfo, string } from "../../src/index.js";
import { decodeError, errorTable, type ErrorRow } from "../support/errors.js";

// What the CSV decoder refuses (spec §6, §12.5): the code, the path from the row's index, and the
// line:column in the table's text. A quote error anywhere in the table comes before any cell is
// read; a cell is read as JSV, so an error inside it points at its character in the CSV text.

const Note = object("Note", { text: string(), done: boolean(), tags: list(string()), n: integer(), map: dictionary(string()) });
const Notes = listOf(Note);
const Sessions = listOf(SessionInfo);

const table = (title: string, rows: ErrorRow[]) => errorTable(csv, Notes, title, rows);

table("cells that do not fit the schema", [
  { name: "a bool that is neither True nor False", text: "Text,Done\r\na,maybe\r\n", code: "invalid-boolean", path: "[0].done", at: "2:3" },
  { name: "a bool on the second row, after LF line breaks", text: "Text,Done\nb,False\nc,nope\n", code: "invalid-boolean", path: "[1].done", at: "3:3" },
  { name: "a bool on a last row without a line break", text: "Text,Done\r\nb,False\r\nc,nope", code: "invalid-boolean", path: "[1].done", at: "3:3" },
  { name: "a fraction in an integer column", text: "Text,N\r\na,1.5\r\n", code: "invalid-integer", path: "[0].n", at: "2:3" },
  { name: "an integer beyond the type's range", text: "Text,N\r\na,99999999999999999999\r\n", code: "invalid-integer", path: "[0].n", at: "2:3" },
  { name: "an object in a list column", text: 'Text,Tags\r\na,"{a:b}"\r\n', code: "type-mismatch", path: "[0].tags", at: "2:4" },
  { name: "a list in a dictionary column", text: "Text,Map\r\na,[x]\r\n", code: "type-mismatch", path: "[0].map", at: "2:3" },
  { name: "an empty list element in a cell", text: 'Text,Tags\r\na,"[,x]"\r\n', code: "null-value", path: "[0].tags[0]", at: "2:5" },
  { name: "an empty dictionary value in a cell", text: 'Text,Map\r\na,"{k:}"\r\n', code: "null-value", path: "[0].map.k", at: "2:7" },
  {
    name: "an enum inside a nested cell, placed in the CSV text",
    schema: Sessions,
    text: 'DialState,Members\r\nNone,"[{role:Boss}]"\r\n',
    code: "invalid-enum",
    path: "[0].members[0].role",
    at: "2:14",
  },
]);

table("JSV inside a cell that is not well-formed", [
  { name: "a list cell without its closing bracket", text: 'Text,Tags\r\na,"[x"\r\n', code: "unexpected-end", path: "[0].tags", at: "2:6" },
  { name: "a quoted element without its closing quote", text: 'Text,Tags\r\na,"[""x]"\r\n', code: "unexpected-end", path: "[0].tags[0]", at: "2:9" },
  { name: "a trailing comma in a list cell", text: 'Text,Tags\r\na,"[""x"",]"\r\n', code: "syntax", path: "[0].tags", at: "2:11" },
  { name: "text after a list cell's closing bracket", text: "Text,Tags\r\na,[x]]\r\n", code: "trailing-text", path: "[0].tags", at: "2:6" },
]);

table("rows that are not CSV", [
  { name: "an empty text", text: "", code: "unexpected-end", path: "", at: "1:1" },
  { name: "line breaks only: no header", text: "\n\n", code: "unexpected-end", path: "", at: "3:1" },
  { name: "a row with more fields than the header", text: "Text,Done\r\na,True\r\nb,True,extra\r\n", code: "field-count", path: "[1]", at: "3:8" },
  { name: "a row with fewer fields than the header", text: "Text,Done\r\na\r\n", code: "field-count", path: "[0]", at: "2:2" },
  { name: "a quoted field that never ends", text: 'Text\r\n"a\r\n', code: "unexpected-end", path: "", at: "2:3" },
  { name: "a quoted cell that never ends, holding a list", text: 'Text,Tags\r\na,"[x,y\r\n', code: "unexpected-end", path: "", at: "2:8" },
  { name: "a quoted field ending in a doubled quote", text: 'Text\r\n"a""\r\n', code: "unexpected-end", path: "", at: "2:5" },
  { name: "a quote in the middle of a field, after a good row", text: 'Text,Done\r\nb,False\r\n"a"b,True\r\n', code: "syntax", path: "", at: "3:1" },
  { name: "a quote error after a schema error: the quote is reported", text: 'Text,Done\r\na,maybe\r\n"a"b,True\r\n', code: "syntax", path: "", at: "3:1" },
]);

table("the header", [
  { name: "an unknown column, strictly", text: "Text,Extra\r\na,b\r\n", options: { strict: true }, code: "unknown-member", path: "[0].Extra", at: "1:6" },
  { name: "a column named twice in two letter cases, always", text: "Text,text\r\na,b\r\n", code: "duplicate-member", path: "[0].text", at: "1:6" },
  {
    name: "an unknown member inside a cell, strictly, with the same path as in JSON",
    schema: Sessions,
    text: 'Members\r\n"[{bogus:1}]"\r\n',
    options: { strict: true },
    code: "unknown-member",
    path: "[0].members[0].bogus",
    at: "2:4",
  },
  { name: "a dictionary key given twice in a cell, strictly", text: 'Text,Map\r\na,"{k:a,k:b}"\r\n', options: { strict: true }, code: "duplicate-key", path: "[0].map.k", at: "2:9" },
]);

table("a single object wants exactly one data row", [
  { name: "no data row", schema: Note, text: "Text,Done\r\n", code: "row-count", path: "", at: "2:1" },
  { name: "two data rows", schema: Note, text: "Text\r\na\r\nb\r\n", code: "row-count", path: "", at: "3:1" },
  { name: "a row with more fields than the header", schema: Note, text: "Text,Done\r\na,True,x\r\n", code: "field-count", path: "", at: "2:8" },
]);

table("limits, in the caller's numbers", [
  {
    name: "a list of lists in a cell with maxDepth 2: the table and its row are two levels",
    text: 'Text,Tags\r\na,"[[x]]"\r\n',
    options: { maxDepth: 2 },
    code: "depth-limit",
    path: "[0].tags",
    at: "2:4",
    detail: "nesting deeper than 2 levels",
  },
  {
    name: "the same with maxDepth 3",
    text: 'Text,Tags\r\na,"[[x]]"\r\n',
    options: { maxDepth: 3 },
    code: "depth-limit",
    path: "[0].tags[0]",
    at: "2:5",
    detail: "nesting deeper than 3 levels",
  },
  {
    name: "a single object's table with maxDepth 2: its row is the first level",
    schema: Note,
    text: 'Text,Tags\r\na,"[[x]]"\r\n',
    options: { maxDepth: 2 },
    code: "depth-limit",
    path: "tags[0]",
    at: "2:5",
    detail: "nesting deeper than 2 levels",
  },
  { name: "a text longer than maxLength", text: "Text\r\nabcdef\r\n", options: { maxLength: 10 }, code: "input-too-long", path: "", at: "2:5" },
]);

describe("the error itself", () => {
  test("its code is one of the closed set, and its offset, detail and excerpt point at the failing character", () => {
    const error = decodeError(csv, Notes, "Text,Done\r\na,maybe\r\n");
    expect(DECODE_ERROR_CODES).toContain(error.code);
    expect(error).toMatchObject({ format: "csv", offset: 13 });
    expect(error.detail).toBe('expected True or False, found "maybe"');
    expect(error.excerpt).toBe("a,maybe\n  ^");
  });
});
