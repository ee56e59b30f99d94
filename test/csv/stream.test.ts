import { Readable } from "node:stream";
import { describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { DecodeError, EncodeError, listOf, SessionInfo } from "../../src/index.js";
import { sessionVectors } from "../support/vectors.js";
import { csvNormalised } from "../../src/csv/normalise.js";
import { collect, pieces } from "./stream-support.js";

// Streaming: tables too large to hold as one string, read and written a piece at a time.

const Sessions = listOf(SessionInfo);
const vectorValues = sessionVectors.filter((v) => v.kind === "single").map((v) => v.value);
const vectorTable = csv.encode(Sessions, vectorValues as never);

describe("decodeStream", () => {
  const expected = csvNormalised(Sessions, vectorValues);

  test("reads the reference vectors from string pieces of every size", async () => {
    expect(await collect(csv.decodeStream(Sessions, pieces(vectorTable)))).toEqual(expected);
  });

  test("reads UTF-8 bytes split anywhere, from a Node Readable", async () => {
    const bytes = new TextEncoder().encode(vectorTable);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 997) }, (_, i) => Buffer.from(bytes.subarray(i * 997, (i + 1) * 997)));
    expect(await collect(csv.decodeStream(Sessions, Readable.from(chunks)))).toEqual(expected);
  });

  test("reads a web ReadableStream", async () => {
    const source = new ReadableStream<string>({
      start(controller) {
        for (const piece of pieces(vectorTable, [4096])) controller.enqueue(piece);
        controller.close();
      },
    });
    expect(await collect(csv.decodeStream(SessionInfo, source))).toEqual(expected);
  });

  test("gives the same values as decoding the whole text", async () => {
    expect(await collect(csv.decodeStream(Sessions, [vectorTable]))).toEqual(csv.decode(Sessions, vectorTable));
  });

  test("an error gives its line and column in the whole stream", async () => {
    const text = vectorTable + "Nope" + ",".repeat(40) + "\r\n";
    const rows = csv.decodeStream(Sessions, pieces(text, [333]));
    const error = await collect(rows).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DecodeError);
    const whole = (() => {
      try {
        csv.decode(Sessions, text);
      } catch (e) {
        return e as DecodeError;
      }
    })()!;
    expect(error).toMatchObject({ code: "invalid-enum", path: `[${vectorValues.length}].dialState`, line: whole.line, column: 1, offset: whole.offset });
  });

  test("a table cut into two pieces at every position reads as the whole text does", async () => {
    const table = 'AccountName,Log,Ended\r\n"q""",,True\r\n"a\r\nb","[{message:""x,y""}]",False\r\nw,"[]","True"\r\n,,"False"\r\n';
    const whole = csv.decode(Sessions, table);
    for (let cut = 0; cut <= table.length; cut++) {
      expect(await collect(csv.decodeStream(Sessions, [table.slice(0, cut), table.slice(cut)])), `cut at ${cut}`).toEqual(whole);
    }
    expect(await collect(csv.decodeStream(Sessions, pieces(table, [1])))).toEqual(whole);
  });

  test.each([
    ["a quote error", 'AccountId,AccountName\r\na,x\r\nb,y\r\n"c"d,z\r\ne,w\r\n', "syntax"],
    ["a row longer than maxLength", `AccountId\r\na\r\nb\r\n${"c".repeat(200)}\r\nd\r\n`, "input-too-long"],
    ["a bad cell", "AccountId,Ended\r\na,True\r\nb,False\r\nc,maybe\r\nd,True\r\n", "invalid-boolean"],
  ])("every row before %s is given, however the text is cut", async (_, text, code) => {
    for (const sizes of [[text.length], [1], [5, 9]]) {
      const read: unknown[] = [];
      const error = await (async () => {
        for await (const row of csv.decodeStream(Sessions, pieces(text, sizes), { maxLength: 100 })) read.push(row);
      })().catch((e: unknown) => e);
      expect(error, `pieces of ${sizes.join(", ")}`).toMatchObject({ name: "DecodeError", code, line: 4 });
      expect(read.map((row) => (row as { accountId: string }).accountId)).toEqual(["a", "b"]);
    }
  });

  test("CR-only line breaks are read too", async () => {
    const text = "AccountName,Ended\rx,True\ry,False\r";
    const expected = [expect.objectContaining({ accountName: "x", ended: true }), expect.objectContaining({ accountName: "y", ended: false })];
    expect(csv.decode(Sessions, text)).toEqual(expected);
    expect(await collect(csv.decodeStream(Sessions, pieces(text, [1])))).toEqual(expected);
  });

  test("invalid UTF-8 is a DecodeError", async () => {
    const bytes = [new TextEncoder().encode("Id\r\n"), new Uint8Array([0xff, 0xfe, 0x0d, 0x0a])];
    await expect(collect(csv.decodeStream(Sessions, bytes))).rejects.toThrow(DecodeError);
  });
});

describe("encodeStream", () => {
  test("writes what encode writes, for sync and async iterables", async () => {
    expect((await collect(csv.encodeStream(Sessions, vectorValues as never))).join("")).toBe(vectorTable);
    async function* slowly() {
      for (const value of vectorValues) yield value;
    }
    expect((await collect(csv.encodeStream(SessionInfo, slowly() as never))).join("")).toBe(vectorTable);
  });

  test("an empty iterable gives the header alone", async () => {
    expect((await collect(csv.encodeStream(Sessions, []))).join("")).toBe(csv.encode(Sessions, []));
  });

  test("a refused value errors the stream with an EncodeError naming its row", async () => {
    const stream = csv.encodeStream(Sessions, [{}, { channel: "Pager" }] as never);
    const error = await collect(stream).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EncodeError);
    expect(error).toMatchObject({ format: "csv", code: "invalid-enum", path: "[1].channel" });
  });
});

// Over a second of streaming: run with EVO_SLOW=1 (`npm run test:slow`).
const slow = process.env["EVO_SLOW"] === "1";

describe("100,000 rows in bounded memory", () => {
  const ROWS = 100_000;
  async function* generated(): AsyncGenerator<SessionInfo> {
    for (let i = 0; i < ROWS; i++) yield vectorValues[i % vectorValues.length] as SessionInfo;
  }

  test.skipIf(!slow)("encode to a stream and decode it back, never holding the table (slow: runs with EVO_SLOW=1)", async () => {
    const encoded = csv.encodeStream(SessionInfo, generated());
    let rows = 0;
    let chars = 0;
    let peakPiece = 0;
    const gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) throw new Error("run with --expose-gc (vitest.config.ts sets it)");
    gc();
    const before = process.memoryUsage().heapUsed;
    let peakHeap = before;
    async function* counted(): AsyncGenerator<string> {
      const reader = encoded.getReader();
      for (let next = await reader.read(); !next.done; next = await reader.read()) {
        const piece = next.value;
        chars += piece.length;
        peakPiece = Math.max(peakPiece, piece.length);
        yield piece;
      }
    }
    for await (const row of csv.decodeStream(SessionInfo, counted())) {
      expect(row).toEqual(csvNormalised(SessionInfo, vectorValues[rows % vectorValues.length]));
      rows++;
      if (rows % 10_000 === 0) {
        gc();
        peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      }
    }
    expect(rows).toBe(ROWS);
    // The table is far larger than anything held at once: pieces of ~64 KB, rows one by one.
    expect(chars).toBeGreaterThan(40_000_000);
    expect(peakPiece).toBeLessThan(200_000);
    console.log(`streamed ${rows} rows, ${chars} characters; live heap grew at most ${((peakHeap - before) / 1e6).toFixed(1)} MB`);
    // What is still alive after a collection is a few pieces and rows, not the table (over 40 MB).
    expect(peakHeap - before).toBeLessThan(8_000_000);
  }, 300_000);
});
