import { Readable } from "node:stream";
import { describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { DecodeError, EncodeError, listOf, SessionInfo } from "../../src/index.js";
import { sessionVectors } from "../support/vectors.js";
import { csvNormalised } from "../../src/csv/normalise.js";

// Streaming: tables too large to hold as one string, read and written a piece at a time.

const Sessions = listOf(SessionInfo);
const vectorValues = sessionVectors.filter((v) => v.kind === "single").map((v) => v.value);
const vectorTable = csv.encode(Sessions, vectorValues as never);

/** Cuts a text into pieces of varying sizes, so that pieces end inside quotes, CRLFs and surrogate pairs. */
function* pieces(text: string, sizes = [1, 7, 64, 3, 1000, 2]): Generator<string> {
  let at = 0;
  for (let i = 0; at < text.length; i++) {
    const size = sizes[i % sizes.length]!;
    yield text.slice(at, at + size);
    at += size;
  }
}

async function collect<T>(rows: AsyncIterable<T> | ReadableStream<T>): Promise<T[]> {
  const out: T[] = [];
  if ("getReader" in rows) {
    const reader = rows.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) out.push(next.value);
  } else {
    for await (const row of rows) out.push(row);
  }
  return out;
}

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

  test("a row that spans many pieces costs linear time", async () => {
    // papaparse re-reads the whole buffer on each try; without waiting for it to double, a
    // million-field row in 16 KB pieces would be split some 120 times.
    const row = "a,".repeat(10_000_000) + "a";
    const started = performance.now();
    const outcome = await collect(csv.decodeStream(Sessions, pieces(`AccountId\r\n${row}\r\n`, [16_384]))).catch((e: unknown) => e);
    expect(outcome).toMatchObject({ code: "field-count", line: 2 });
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  test("a table cut into two pieces at every position reads as the whole text does", async () => {
    const table = 'AccountName,Log,Ended\r\n"q""",,True\r\n"a\r\nb","[{message:""x,y""}]",False\r\nw,"[]","True"\r\n,,"False"\r\n';
    const whole = csv.decode(Sessions, table);
    for (let cut = 0; cut <= table.length; cut++) {
      expect(await collect(csv.decodeStream(Sessions, [table.slice(0, cut), table.slice(cut)])), `cut at ${cut}`).toEqual(whole);
    }
    expect(await collect(csv.decodeStream(Sessions, pieces(table, [1])))).toEqual(whole);
  });

  test("maxLength bounds what is held even before the first line break", async () => {
    function* endless(): Generator<string> {
      for (let i = 0; i < 1000; i++) yield "x".repeat(1 << 16);
    }
    const started = performance.now();
    const error = await collect(csv.decodeStream(Sessions, endless(), { maxLength: 1 << 20 })).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "DecodeError", code: "input-too-long" });
    expect(performance.now() - started).toBeLessThan(2_000);
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

  test("a refused value errors the stream with its row", async () => {
    const stream = csv.encodeStream(Sessions, [{}, { channel: "Pager" }] as never);
    await expect(collect(stream)).rejects.toThrow(expect.objectContaining({ name: "EncodeError", path: "[1].channel" }));
    expect(EncodeError).toBeDefined();
  });
});

describe("100,000 rows in bounded memory", () => {
  const ROWS = 100_000;
  async function* generated(): AsyncGenerator<SessionInfo> {
    for (let i = 0; i < ROWS; i++) yield vectorValues[i % vectorValues.length] as SessionInfo;
  }

  test("encode to a stream and decode it back, never holding the table", async () => {
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
