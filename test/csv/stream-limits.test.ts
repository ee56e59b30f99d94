import { describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { listOf, SessionInfo } from "../../src/index.js";
import { collect, fastest, pieces, streamError } from "./stream-support.js";

// A stream holds one row at a time: time grows with the text, memory with the longest row, and
// `maxLength` bounds that row, whatever the sizes of the pieces it arrives in.

const Sessions = listOf(SessionInfo);
const Mi = 1024 * 1024;

/** `chars` characters of `unit` (no line break), in pieces of 64 KiB, counting what was pulled. */
function endless(chars: number, unit = "x"): { source: Generator<string>; pulled: () => number } {
  const piece = unit.repeat(65_536 / unit.length);
  let pulled = 0;
  function* source(): Generator<string> {
    while (pulled < chars) {
      pulled += piece.length;
      yield piece;
    }
  }
  return { source: source(), pulled: () => pulled };
}

describe("time is linear in the text", () => {
  test("text with no line break: eight times the text takes well under 24 times as long", async () => {
    // Each piece used to be appended to the row and the whole row searched again (and, when it
    // ends, re-split by papaparse): 4 Mi characters took 0.11 s, 64 Mi 17 s.
    const time = (chars: number) => fastest(() => collect(csv.decodeStream(Sessions, endless(chars).source)));
    const small = await time(2 * Mi);
    const large = await time(16 * Mi);
    expect(large).toBeLessThan(Math.max(small, 1) * 24);
  });

  test("a row of many fields spanning many pieces: eight times the row takes well under 24 times as long", async () => {
    const time = (fields: number) =>
      fastest(async () => {
        const row = "a,".repeat(fields) + "a";
        const error = await streamError(csv.decodeStream(Sessions, pieces(`AccountId\r\n${row}\r\n`, [16_384])));
        expect(error).toMatchObject({ code: "field-count", line: 2 });
      });
    const small = await time(125_000);
    const large = await time(1_000_000);
    expect(large).toBeLessThan(Math.max(small, 1) * 24);
  });
});

describe("maxLength bounds each row, not the pieces or the rows around it", () => {
  const maxLength = 1000;
  // The reference writes `\r\n` after each row; the line break is not part of the row's length.
  const table = ["AccountId", "a".repeat(509), "b".repeat(1000), "c".repeat(509), "d", "e".repeat(999)].join("\r\n") + "\r\n";
  const expected = ["a".repeat(509), "b".repeat(1000), "c".repeat(509), "d", "e".repeat(999)].map((accountId) =>
    expect.objectContaining({ accountId }),
  );

  test.each([1, 7, 300, 509, 999, 1000, 1001, 4096, table.length])("rows of up to 1,000 characters read in pieces of %i", async (size) => {
    expect(await collect(csv.decodeStream(Sessions, pieces(table, [size]), { maxLength }))).toEqual(expected);
  });

  test.each([1, 7, 1000, 4096])("a row of 1,001 characters is input-too-long where the limit is passed, in pieces of %i", async (size) => {
    const text = `AccountId\r\na\r\n${"z".repeat(1001)}\r\nb\r\n`;
    const error = await streamError(csv.decodeStream(Sessions, pieces(text, [size]), { maxLength }));
    expect(error).toMatchObject({ code: "input-too-long", line: 3, column: 1001, offset: 14 + 1000 });
  });

  test("a header longer than the limit is input-too-long too", async () => {
    const error = await streamError(csv.decodeStream(Sessions, ["AccountId,".repeat(200), "\r\n"], { maxLength }));
    expect(error).toMatchObject({ code: "input-too-long", line: 1, column: 1001 });
  });

  test("text with no line break is refused as soon as it passes the limit, having pulled one piece more at most", async () => {
    const { source, pulled } = endless(1024 * Mi);
    const error = await streamError(csv.decodeStream(Sessions, source, { maxLength: 4 * Mi }));
    expect(error).toMatchObject({ code: "input-too-long", line: 1, column: 4 * Mi + 1 });
    expect(pulled()).toBeLessThanOrEqual(4 * Mi + 65_536);
  });
});
