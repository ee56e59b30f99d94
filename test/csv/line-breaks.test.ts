import { describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { categoryOf, listOf, object, SessionInfo, string, type DecodeErrorCode } from "../../src/index.js";
import { named } from "../support/tables.js";
import { sessionVectors } from "../support/vectors.js";
import { decodeOutcome, pieces, streamOutcome } from "./stream-support.js";

// Rows as the reference splits them (spec §6, its test `Does_parse_new_lines`): a row ends at a
// LF outside quotes, a CR just before it is dropped, and an empty line is no row. Tables whose
// first line break is a lone CR are read with CR line breaks. `csv.decode` and `csv.decodeStream`
// follow one rule, with the same offsets, BOM or not.

const Sessions = listOf(SessionInfo);
const row = (accountId: string, accountName?: string) => expect.objectContaining(accountName === undefined ? { accountId } : { accountId, accountName });

const tables = named([
  { name: "a LF header and CRLF rows", text: "AccountId,AccountName\nA,x\r\nB,y\r\n", rows: [row("A", "x"), row("B", "y")] },
  { name: "a CRLF header and LF rows", text: "AccountId,AccountName\r\nA,x\nB,y\n", rows: [row("A", "x"), row("B", "y")] },
  { name: "a CRLF after a quoted last cell in a LF table", text: 'AccountId,AccountName\nA,"x,1"\r\nB,y\n', rows: [row("A", "x,1"), row("B", "y")] },
  { name: "CR LF inside quotes, kept", text: 'AccountId,AccountName\nA,"x\r\ny"\r\n', rows: [row("A", "x\r\ny")] },
  { name: "a lone CR inside a cell of a LF table, kept", text: "AccountId,AccountName\nA,x\ry\n", rows: [row("A", "x\ry")] },
  { name: "a table ending in blank lines (LF)", text: "AccountId,AccountName\nA,x\n\n", rows: [row("A", "x")] },
  { name: "a table ending in blank lines (CRLF)", text: "AccountId,AccountName\r\nA,x\r\n\r\n\r\n", rows: [row("A", "x")] },
  { name: "blank lines between rows and before the header", text: "\r\n\nAccountId,AccountName\r\n\r\nA,x\n\r\nB,y\r\n", rows: [row("A", "x"), row("B", "y")] },
  { name: "CR line breaks, a blank line among them", text: "AccountId,AccountName\rA,x\r\rB,y\r", rows: [row("A", "x"), row("B", "y")] },
  { name: "a BOM, then a LF header and CRLF rows", text: "\ufeffAccountId,AccountName\nA,x\r\n", rows: [row("A", "x")] },
]);

describe("rows end at a LF, a CR before it dropped; empty lines are no rows", () => {
  test.each(tables)("%s", async (_, { text, rows }) => {
    expect(csv.decode(Sessions, text)).toEqual(rows);
    expect(csv.decode(Sessions, text, { strict: true })).toEqual(rows);
    for (const sizes of [[text.length], [1], [2, 3]]) {
      expect(await streamOutcome(Sessions, pieces(text, sizes), { strict: true }), `pieces of ${sizes.join(", ")}`).toEqual({ rows });
    }
  });

  test("the reference's own cases (Does_parse_new_lines) give two rows of two cells", () => {
    const Pair = object("Pair", { a: string(), b: string() });
    for (const text of ["A,B\nC,D", "A,B\nC,D\n", "A,B\nC,D\n\n", "A,B\r\nC,D", "A,B\r\nC,D\r\n", "A,B\r\nC,D\r\n\r\n"]) {
      expect(csv.decode(listOf(Pair), text), JSON.stringify(text)).toEqual([{ a: "C", b: "D" }]);
    }
  });

  test("in a one-column table an empty line is a row with an empty cell, as the writer writes one", async () => {
    const Name = object("Name", { text: string() });
    const text = csv.encode(listOf(Name), [{ text: "a" }, {}, { text: "b" }]);
    expect(text).toBe("Text\r\na\r\n\r\nb\r\n");
    expect(csv.decode(listOf(Name), text)).toEqual([{ text: "a" }, {}, { text: "b" }]);
    expect(await streamOutcome(listOf(Name), pieces(text, [1]))).toEqual({ rows: [{ text: "a" }, {}, { text: "b" }] });
  });
});

describe("decode and decodeStream agree, to the offset, on rows and on errors", () => {
  const cases = named([
    { name: "a BOM before a bad cell", text: "\ufeffAccountId,Ended\r\na,maybe\r\n" },
    { name: "a BOM before an unknown column", text: "\ufeffAccountId,Nope\r\na,b\r\n", strict: true },
    { name: "a BOM before the only row", text: "\ufeffAccountId\r\n" },
    { name: "a BOM alone", text: "\ufeff" },
    { name: "a bad cell after a LF header and a CRLF row", text: "AccountId,Ended\na,True\r\nb,maybe\r\n" },
    { name: "a short row after blank lines", text: "AccountId,Ended\r\n\r\n\r\na\r\n" },
    { name: "a bad cell in a CR table", text: "AccountId,Ended\ra,True\rb,maybe\r" },
    { name: "a quote error after a quoted line break", text: 'AccountId,AccountName\r\n"a\r\nb",x\r\n"c"d,y\r\n' },
    { name: "a quote left open", text: 'AccountId,AccountName\r\na,"x\r\n' },
    { name: "blank lines only", text: "\r\n\r\n" },
    { name: "no line break at all", text: "AccountId" },
    { name: "a lone CR at the very end", text: "AccountId\r" },
    { name: "a CR after the last line break of a CRLF table", text: "AccountId,Ended\r\na,True\r\n\r" },
  ]);

  test.each(cases)("%s", async (_, { text, strict }) => {
    const whole = decodeOutcome(Sessions, text, { strict });
    expect(await streamOutcome(Sessions, [text], { strict })).toEqual(whole);
    expect(await streamOutcome(Sessions, pieces(text, [1]), { strict })).toEqual(whole);
    const bytes = new TextEncoder().encode(text);
    const byteChunks = [bytes.subarray(0, 1), bytes.subarray(1, 5), bytes.subarray(5)];
    expect(await streamOutcome(Sessions, byteChunks, { strict })).toEqual(whole);
  });

  test("after a BOM an error's offset counts the BOM, as csv.decode does", async () => {
    const text = "\ufeffAccountId,Ended\r\na,maybe\r\n";
    expect(decodeOutcome(Sessions, text)).toEqual({ code: "invalid-boolean", path: "[0].ended", offset: 20, line: 2, column: 3 });
    expect(await streamOutcome(Sessions, [new TextEncoder().encode(text)])).toEqual(decodeOutcome(Sessions, text));
  });

  test("on 300 mutations of the reference tables: the same rows, or errors as they may differ", async () => {
    // A whole text reports a quote error before any schema error; a stream reports the first in
    // its order. So errors are compared when both are about rows; rows always.
    let seed = 17;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    const tables = sessionVectors.filter((v) => v.kind === "list").map((v) => v.csv as string);
    const inserts = ['"', ",", "\r", "\n", "\r\n", "\ufeff", " ", "a", "[", '""'];
    const aboutRows = (code: string) => code === "field-count" || categoryOf(code as DecodeErrorCode) === "schema";
    for (let n = 0; n < 300; n++) {
      let text = tables[random(tables.length)]!;
      for (let m = 0; m <= random(3); m++) {
        const at = random(text.length + 1);
        const edit = random(3);
        if (edit === 0) text = text.slice(0, at) + inserts[random(inserts.length)] + text.slice(at);
        else if (edit === 1) text = text.slice(0, at) + text.slice(at + 1 + random(3));
        else text = text.slice(0, at);
      }
      const seen = JSON.stringify(text.slice(0, 200));
      const whole = decodeOutcome(Sessions, text);
      const streamed = await streamOutcome(Sessions, pieces(text, [1 + random(50), 1 + random(7)]));
      expect(await streamOutcome(Sessions, [text]), seen).toEqual(streamed);
      if ("rows" in whole || "rows" in streamed) expect(streamed, seen).toEqual(whole);
      else if (aboutRows(whole.code) && aboutRows(streamed.code)) expect(streamed, seen).toEqual(whole);
    }
  });
});
