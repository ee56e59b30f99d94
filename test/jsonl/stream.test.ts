import { Readable } from "node:stream";
import { describe, expect, test } from "vitest";
import { DecodeError, jsonl, SessionInfo } from "../../src/index.js";
import { decodeError } from "../support/errors.js";
import { collect, pieces, Sessions, vectorJson, vectorValues } from "./support.js";

// Streaming: exports too large to hold as one string, read a line at a time and written in pieces.

const vectorText = vectorJson.map((line) => `${line}\n`).join("");

const place = (error: unknown) => {
  const { code, path, offset, line, column, detail } = error as DecodeError;
  return { code, path, offset, line, column, detail };
};

describe("decodeStream", () => {
  test("reads the reference vectors from string pieces of every size", async () => {
    expect(await collect(jsonl.decodeStream(Sessions, pieces(vectorText)))).toEqual(vectorValues);
  });

  test("reads UTF-8 bytes split anywhere, from a Node Readable", async () => {
    const bytes = new TextEncoder().encode(vectorText);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 997) }, (_, i) => Buffer.from(bytes.subarray(i * 997, (i + 1) * 997)));
    expect(await collect(jsonl.decodeStream(Sessions, Readable.from(chunks)))).toEqual(vectorValues);
  });

  test("reads a web ReadableStream, given the element type or a list of it", async () => {
    const source = () =>
      new ReadableStream<string>({
        start(controller) {
          for (const piece of pieces(vectorText, [4096])) controller.enqueue(piece);
          controller.close();
        },
      });
    expect(await collect(jsonl.decodeStream(SessionInfo, source()))).toEqual(vectorValues);
    expect(await collect(jsonl.decodeStream(Sessions, source()))).toEqual(vectorValues);
  });

  test("a text cut into two pieces at every position reads as the whole text does", async () => {
    const text = '\ufeff{"accountName":"é🎉"}\r\n{}\n{"log":[{"message":"a\\nb"}]}';
    const whole = jsonl.decode(Sessions, text);
    for (let cut = 0; cut <= text.length; cut++) {
      expect(await collect(jsonl.decodeStream(Sessions, [text.slice(0, cut), text.slice(cut)])), `cut at ${cut}`).toEqual(whole);
    }
    const bytes = new TextEncoder().encode(text);
    for (let cut = 0; cut <= bytes.length; cut++) {
      expect(await collect(jsonl.decodeStream(Sessions, [bytes.subarray(0, cut), bytes.subarray(cut)])), `byte cut at ${cut}`).toEqual(whole);
    }
  });

  test.each([
    '{}\n{}\n{"members":[{"role":"Boss"}]}\n',
    '{}\r\n{"dialState":7}\r\n',
    "{}\n\n{}\n",
    "{}\n \t\r\n",
    '{\n"ended":true}\n',
    '{}\n{"accountId":"a',
    "{}\n\ufeff{}\n",
    '{}\n{"ended":\rnope}',
    "\n",
  ])("an error in %j has the place the whole text gives it", async (text) => {
    const expected = place(decodeError(jsonl, Sessions, text));
    for (const size of [1, 3, 1000]) {
      const error = await collect(jsonl.decodeStream(Sessions, pieces(text, [size]))).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DecodeError);
      expect(place(error), `pieces of ${size}`).toEqual(expected);
    }
  });

  test("the elements before an error have been yielded", async () => {
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const value of jsonl.decodeStream(Sessions, ['{"ended":true}\n{"ended":', "2}\n"])) seen.push(value);
    })().catch((e: unknown) => e);
    expect(seen).toEqual([expect.objectContaining({ ended: true })]);
    expect(error).toMatchObject({ code: "invalid-boolean", path: "[1].ended", line: 2, column: 10 });
  });

  test("invalid UTF-8 is a syntax error naming its byte offset, at its line and column", async () => {
    const bytes = [new TextEncoder().encode('{}\n{"accountName":"a'), new Uint8Array([0xc3, 0x28]), new TextEncoder().encode('"}\n')];
    const error = await collect(jsonl.decodeStream(Sessions, bytes)).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "DecodeError", format: "jsonl", code: "syntax", path: "[1]", line: 2, column: 18, offset: 20 });
    expect((error as DecodeError).detail).toBe("the bytes are not valid UTF-8: 0xC3 at byte 20");
  });

  test("bytes that end inside a UTF-8 sequence are an error too, never a replacement character", async () => {
    const error = await collect(jsonl.decodeStream(Sessions, [new Uint8Array([0x22, 0xe2, 0x82])])).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "syntax", line: 1, column: 2 });
    expect((error as DecodeError).detail).toBe("the bytes end inside a UTF-8 sequence: 0xE2 0x82 at byte 1");
  });

  test("a source that throws is source-failed at the end of what it gave, its error the cause", async () => {
    const failure = new Error("read ECONNRESET");
    async function* source() {
      yield '{}\n{"accountId":';
      throw failure;
    }
    const error = await collect(jsonl.decodeStream(Sessions, source())).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "DecodeError", format: "jsonl", code: "source-failed", path: "[1]", line: 2, column: 14, offset: 16 });
    expect((error as DecodeError).cause).toBe(failure);
    expect((error as DecodeError).detail).toBe('reading the source failed: "read ECONNRESET"');
  });

  test("a chunk that is neither text nor bytes is source-failed, named", async () => {
    const error = await collect(jsonl.decodeStream(Sessions, ["{}\n", 5 as never])).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "source-failed", line: 2, column: 1, detail: "the source gave number 5, not a string or bytes (a Uint8Array)" });
  });

  test("maxLength bounds the line being read, even before its line break", async () => {
    function* endless(): Generator<string> {
      for (let i = 0; i < 1000; i++) yield "x".repeat(1 << 16);
    }
    const started = performance.now();
    const error = await collect(jsonl.decodeStream(Sessions, endless(), { maxLength: 1 << 20 })).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "DecodeError", code: "input-too-long", path: "[0]", line: 1, column: (1 << 20) + 1 });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  test("a line that spans many pieces costs linear time", async () => {
    const line = `{"accountName":"${"a".repeat(5_000_000)}"}\n`;
    const started = performance.now();
    const values = await collect(jsonl.decodeStream(Sessions, pieces(line, [1024])));
    expect(values).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  test("a consumer that stops early cancels the stream it reads", async () => {
    let cancelled = false;
    const source = new ReadableStream<string>({
      pull(controller) {
        controller.enqueue("{}\n");
      },
      cancel() {
        cancelled = true;
      },
    });
    for await (const _ of jsonl.decodeStream(Sessions, source)) break;
    expect(cancelled).toBe(true);
  });
});

describe("encodeStream", () => {
  test("writes what encode writes, for sync and async iterables", async () => {
    expect((await collect(jsonl.encodeStream(Sessions, vectorValues as never))).join("")).toBe(vectorText);
    async function* slowly() {
      for (const value of vectorValues) yield value;
    }
    expect((await collect(jsonl.encodeStream(SessionInfo, slowly() as never))).join("")).toBe(vectorText);
  });

  test("an empty iterable gives an empty stream", async () => {
    expect(await collect(jsonl.encodeStream(Sessions, []))).toEqual([]);
  });

  test("a refused value errors the stream with its index", async () => {
    const stream = jsonl.encodeStream(Sessions, [{}, { channel: "Pager" }] as never);
    await expect(collect(stream)).rejects.toThrow(expect.objectContaining({ name: "EncodeError", format: "jsonl", path: "[1].channel" }));
  });

  test("a refused value, or a reader that cancels, closes the values' iterator (a generator's finally runs)", async () => {
    let closed = 0;
    function* cursor(values: unknown[]) {
      try {
        yield* values;
      } finally {
        closed++;
      }
    }
    await expect(collect(jsonl.encodeStream(Sessions, cursor([{}, { channel: "Pager" }, {}]) as never))).rejects.toThrow(expect.objectContaining({ path: "[1].channel" }));
    expect(closed).toBe(1);
    const reader = jsonl.encodeStream(Sessions, cursor(Array.from({ length: 10_000 }, () => ({}))) as never).getReader();
    expect((await reader.read()).done).toBe(false);
    await reader.cancel();
    expect(closed).toBe(2);
  });
});

describe("20,000 lines in bounded memory", () => {
  const LINES = 20_000;
  async function* generated(): AsyncGenerator<SessionInfo> {
    for (let i = 0; i < LINES; i++) yield vectorValues[i % vectorValues.length] as SessionInfo;
  }

  test("encode to a stream and decode it back, never holding the text", async () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) throw new Error("run with --expose-gc (vitest.config.ts sets it)");
    let chars = 0;
    let peakPiece = 0;
    async function* counted(): AsyncGenerator<string> {
      for await (const piece of jsonl.encodeStream(SessionInfo, generated()) as unknown as AsyncIterable<string>) {
        chars += piece.length;
        peakPiece = Math.max(peakPiece, piece.length);
        yield piece;
      }
    }
    gc();
    const before = process.memoryUsage().heapUsed;
    let peakHeap = before;
    let lines = 0;
    for await (const value of jsonl.decodeStream(SessionInfo, counted())) {
      expect(value).toEqual(vectorValues[lines % vectorValues.length]);
      lines++;
      if (lines % 10_000 === 0) {
        gc();
        peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      }
    }
    expect(lines).toBe(LINES);
    expect(chars).toBeGreaterThan(15_000_000);
    expect(peakPiece).toBeLessThan(200_000);
    console.log(`streamed ${lines} lines, ${chars} characters; live heap grew at most ${((peakHeap - before) / 1e6).toFixed(1)} MB`);
    expect(peakHeap - before).toBeLessThan(8_000_000);
  }, 300_000);
});
