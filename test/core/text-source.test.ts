import * as fc from "fast-check";
import { Readable } from "node:stream";
import { describe, expect, test } from "vitest";
import { ByteDecoder } from "../../src/core/byte-decoder.js";
import { Failure } from "../../src/core/errors.js";
import { inputText } from "../../src/core/input.js";
import { textPieces, type TextSource } from "../../src/core/text-source.js";
import { completeLength, utf8Problem } from "../../src/core/utf8.js";
import { decodeResponse } from "../../src/http/index.js";
import { DecodeError, json, jsonl, jsv, SessionInfo } from "../../src/index.js";
import { propertyParams } from "../support/property-runs.js";

// Bytes and sources to text, for everything that reads them (`decode(bytes)`, the stream decoders,
// HTTP bodies, the CLI's files): one strict UTF-8 rule that agrees with the platform's decoder, a
// text cut anywhere reads as the whole does, invalid bytes are `syntax` where they start (in text
// units, the byte offset in the message), and a source's own failures are told apart from its
// text, with the source closed on every way out.

const utf8 = (text: string) => new TextEncoder().encode(text);
const sample = "\ufeffé€𝄞 a,b\r\n";

/** The text of a source, and the `Failure` that ended it, if one did. */
async function read(source: TextSource, charset?: string): Promise<{ text: string; failure?: Failure }> {
  let text = "";
  try {
    for await (const piece of textPieces(source, charset)) text += piece;
    return { text };
  } catch (error) {
    expect(error).toBeInstanceOf(Failure);
    return { text, failure: error as Failure };
  }
}

async function failureOf(source: TextSource, charset?: string): Promise<{ failure: Failure; text: string }> {
  const { text, failure } = await read(source, charset);
  return failure ? { failure, text } : expect.unreachable("the source was read to its end");
}

/** Bytes that are mostly UTF-8, with the odd stray byte: near the boundaries the rules are about. */
const bytes = fc
  .array(
    fc.oneof(
      fc.string({ unit: "binary", maxLength: 4 }).map((s) => [...utf8(s)]),
      fc.constantFrom([0x80], [0xbf], [0xc0], [0xc1], [0xc2], [0xe0, 0x80], [0xe0, 0xa0], [0xed, 0xa0], [0xed, 0x9f], [0xef], [0xf0, 0x8f], [0xf0, 0x90], [0xf4, 0x90], [0xf5], [0xff]),
    ),
    { maxLength: 12 },
  )
  .map((parts) => new Uint8Array(parts.flat()));

const fatal = (data: Uint8Array): string | undefined => {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(data);
  } catch {
    return undefined;
  }
};

describe("UTF-8's rules agree with the platform's decoder", () => {
  test("utf8Problem finds a problem exactly when TextDecoder refuses, and the bytes before it are well formed", () => {
    fc.assert(
      fc.property(bytes, (data) => {
        const problem = utf8Problem(data);
        expect(problem === undefined).toBe(fatal(data) !== undefined);
        if (problem) expect(fatal(data.subarray(0, problem.at))).toBeDefined();
      }),
      propertyParams(),
    );
  });

  test("completeLength keeps back only a sequence the end cuts short", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", minLength: 1, maxLength: 8 }), fc.nat(), (text, n) => {
        const data = utf8(text);
        const cut = n % (data.length + 1);
        const kept = completeLength(data.subarray(0, cut));
        expect(fatal(data.subarray(0, kept))).toBeDefined();
        expect(cut - kept).toBeLessThan(4);
      }),
      propertyParams(),
    );
  });

  test.each([
    ["a Latin-1 é", [0x61, 0xe9, 0x62], { at: 1, length: 1, cut: false }],
    ["an overlong form of /", [0xc0, 0xaf], { at: 0, length: 1, cut: false }],
    ["an overlong three-byte form", [0xe0, 0x80, 0x80], { at: 0, length: 1, cut: false }],
    ["a UTF-16 surrogate", [0xed, 0xa0, 0x80], { at: 0, length: 1, cut: false }],
    ["a code point above U+10FFFF", [0xf4, 0x90, 0x80, 0x80], { at: 0, length: 1, cut: false }],
    ["a stray continuation byte", [0x61, 0x80], { at: 1, length: 1, cut: false }],
    ["a sequence a byte of ASCII breaks", [0xe2, 0x82, 0x28], { at: 0, length: 2, cut: false }],
    ["a sequence the end cuts short", [0x61, 0xe2, 0x82], { at: 1, length: 2, cut: true }],
  ])("%s: %j", (_, data, problem) => {
    expect(utf8Problem(new Uint8Array(data))).toEqual(problem);
  });
});

describe("bytes in pieces: syntax where they start, the text before them given first", () => {
  test("pieces cut anywhere decode as the whole does: the same text, or the same failure", async () => {
    await fc.assert(
      fc.asyncProperty(bytes, fc.array(fc.nat(), { maxLength: 4 }), async (data, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (data.length + 1)))].sort((a, b) => a - b);
        const pieces = [0, ...points].map((from, i, all) => data.subarray(from, all[i + 1] ?? data.length));
        const whole = await read([data]);
        const split = await read(pieces);
        expect(split.text).toBe(whole.text);
        expect(split.failure?.detail).toBe(whole.failure?.detail);
        expect(split.failure?.offset).toBe(whole.failure?.offset);
        const expected = fatal(data);
        if (expected === undefined) expect(whole.failure).toMatchObject({ code: "syntax", offset: whole.text.length });
        else expect(whole).toEqual({ text: expected });
      }),
      propertyParams(),
    );
  });

  test.each([
    ["a bad byte in a later piece", [[0x61, 0xc3, 0xa9], [0x62, 0xff, 0x63]], "aéb", 3, "the bytes are not valid UTF-8: 0xFF at byte 4"],
    ["a sequence ASCII breaks", [utf8("ab"), [0x63, 0xe2, 0x28, 0x64]], "abc", 3, "the bytes are not valid UTF-8: 0xE2 at byte 3"],
    ["bytes that end inside a character: at the end", [utf8("ab€").subarray(0, 4)], "ab", 2, "the bytes end inside a UTF-8 sequence: 0xE2 0x82 at byte 2"],
    ["a character cut between pieces, then the end", [[0x22, 0xf0, 0x9f], [0x8e]], '"', 1, "the bytes end inside a UTF-8 sequence: 0xF0 0x9F 0x8E at byte 1"],
  ])("%s", async (_, pieces, text, offset, detail) => {
    const { failure, text: given } = await failureOf(pieces.map((piece) => new Uint8Array(piece)));
    expect(given).toBe(text);
    expect(failure).toMatchObject({ code: "syntax", offset, detail });
  });

  test("offsets count text units after strings and characters beyond the BMP; the message counts bytes", async () => {
    const { failure } = await failureOf(["ab", utf8("𝄞"), new Uint8Array([0xff])]);
    expect(failure).toMatchObject({ code: "syntax", offset: 4, detail: "the bytes are not valid UTF-8: 0xFF at byte 4", byteOffset: 4 });
  });

  test("a string after bytes cut inside a character: the bytes ended there", async () => {
    const { failure } = await failureOf([utf8("€").subarray(0, 2), "x"]);
    expect(failure).toMatchObject({ code: "syntax", offset: 0, detail: "the bytes end inside a UTF-8 sequence: 0xE2 0x82 at byte 0" });
  });
});

describe("other charsets", () => {
  test("decoded by their TextDecoder label", async () => {
    expect(await read([new Uint8Array([0x63, 0x61, 0x66, 0xe9])], "latin1")).toEqual({ text: "café" });
    // "{😀}" in UTF-16LE, cut inside the surrogate pair's first code unit.
    expect(await read([new Uint8Array([0x7b, 0x00, 0x3d]), new Uint8Array([0xd8, 0x00, 0xde, 0x7d, 0x00])], "utf-16le")).toEqual({ text: "{😀}" });
  });

  test("an unknown one is unsupported-charset, and the source is closed", async () => {
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({ cancel: () => void (cancelled = true) });
    const { failure } = await failureOf(stream, "x-nope");
    expect(failure).toMatchObject({ code: "unsupported-charset", detail: 'no decoder knows the charset "x-nope"' });
    expect(cancelled).toBe(true);
  });

  test.each([
    ["a lone surrogate", [[0x7b, 0x00, 0x00, 0xd8, 0x7d, 0x00]], "the bytes are not valid UTF-16LE (between byte 0 and byte 6)", 0],
    ["an odd byte at the end", [[0x7b, 0x00], [0x7d]], "the bytes end inside a UTF-16LE character at byte 3", 1],
  ])("bytes UTF-16LE refuses, %s: syntax too", async (_, pieces, detail, offset) => {
    const { failure } = await failureOf(pieces.map((piece) => new Uint8Array(piece)), "utf-16le");
    expect(failure).toMatchObject({ code: "syntax", detail, offset });
  });
});

describe("bytes given whole or streamed: one rule for every reader", () => {
  const bad = new Uint8Array([...utf8('{"accountName":"caf'), 0xe9, ...utf8('"}')]);
  const badJsv = new Uint8Array([...utf8("{accountName:caf"), 0xe9, ...utf8("}")]);
  const outcome = async (run: () => unknown) => {
    const error = await Promise.resolve().then(run).then(() => expect.unreachable("decoded"), (e: unknown) => e as DecodeError);
    const { name, code, offset, line, column, detail } = error;
    return { name, code, offset, line, column, detail };
  };
  const readers: [string, () => unknown][] = [
    ["json.decode", () => json.decode(SessionInfo, bad as never)],
    ["jsonl.decode", () => jsonl.decode(SessionInfo, bad as never)],
    ["jsonl.decodeStream", async () => { for await (const _ of jsonl.decodeStream(SessionInfo, [bad.subarray(0, 10), bad.subarray(10)])); }],
    ["decodeResponse", () => decodeResponse(SessionInfo, new Response(bad, { headers: { "content-type": "application/json" } }))],
  ];

  test.each(readers)("%s: syntax at the text offset, the byte offset in the message", async (_, run) => {
    expect(await outcome(run)).toEqual({ name: "DecodeError", code: "syntax", offset: 19, line: 1, column: 20, detail: "the bytes are not valid UTF-8: 0xE9 at byte 19" });
  });

  test("jsv.decode: the same rule", async () => {
    const expected = { name: "DecodeError", code: "syntax", offset: 16, line: 1, column: 17, detail: "the bytes are not valid UTF-8: 0xE9 at byte 16" };
    expect(await outcome(() => jsv.decode(SessionInfo, badJsv as never))).toEqual(expected);
  });

  test.each([
    ["UTF-8 bytes with a BOM (kept for the decoder, which skips it)", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("é")]), "\ufeffé"],
    ["a Node Buffer", Buffer.from("𝄞"), "𝄞"],
    ["a string", "é", "é"],
  ])("inputText reads %s", (_, input, text) => {
    expect(inputText("json", input)).toBe(text);
  });

  test("inputText refuses what is not text: input-type", () => {
    expect(() => inputText("json", 5)).toThrow(expect.objectContaining({ code: "input-type", detail: "expected text (a string, or UTF-8 bytes in a Uint8Array), got number 5" }));
  });

  test("a ByteDecoder gives nothing after its problem", () => {
    const decoder = new ByteDecoder();
    expect(decoder.decode(new Uint8Array([0x61, 0xff]))).toBe("a");
    expect(decoder.decode(utf8("b"))).toBe("");
    expect(decoder.problem).toMatchObject({ code: "syntax", offset: 1, byteOffset: 1 });
  });
});

describe("what a source may give", () => {
  test.each([
    ["strings", () => ["\ufeffé", "€𝄞 a", ",b\r\n"]],
    ["bytes cut inside every character, one byte a piece", () => Array.from(utf8(sample), (byte) => new Uint8Array([byte]))],
    ["a Node Buffer per piece", () => [Buffer.from(sample.slice(0, 3)), Buffer.from(sample.slice(3))]],
    ["an async generator", () => (async function* () { yield utf8(sample); })()],
    ["a Node Readable", () => Readable.from([utf8(sample)])],
    ["a web ReadableStream", () => new ReadableStream({ start: (c) => { c.enqueue(utf8(sample)); c.close(); } })],
  ])("%s: the text, its BOM kept", async (_, source) => {
    expect(await read(source() as TextSource)).toEqual({ text: sample });
  });
});

describe("what is not text: source-failed", () => {
  test.each([
    ["a number", 7, "number 7"],
    ["a boolean", true, "boolean true"],
    ["a function", () => "x", "a function"],
    ["a Promise", Promise.resolve("x"), "an object (Promise)"],
    ["a Uint16Array", new Uint16Array(2), "an object (Uint16Array)"],
  ])("a chunk that is %s: named", async (_, chunk, named) => {
    const { failure } = await failureOf(["ab", chunk as never]);
    expect(failure).toMatchObject({ code: "source-failed", offset: 2, detail: `the source gave ${named}, not a string or bytes (a Uint8Array)` });
  });

  test.each([
    ["a number", 5, "the source is number 5, not a ReadableStream, a Node Readable or an iterable"],
    ["null", null, "the source is null, not a ReadableStream, a Node Readable or an iterable"],
  ])("a source that is %s", async (_, source, detail) => {
    const { failure } = await failureOf(source as never);
    expect(failure).toMatchObject({ code: "source-failed", offset: 0, detail });
  });

  test("a web stream another reader holds: its error the cause", async () => {
    const stream = new ReadableStream<string>();
    stream.getReader();
    const { failure } = await failureOf(stream);
    expect(failure.code).toBe("source-failed");
    expect(failure.detail).toMatch(/^the source cannot be read: /);
    expect(failure.cause).toBeInstanceOf(TypeError);
  });

  test("a source that throws: at the end of its text, its error the cause, and not closed again", async () => {
    const thrown = new Error("socket hang up");
    let returned = false;
    const iterator = {
      calls: 0,
      next() {
        if (this.calls++ === 0) return Promise.resolve({ done: false, value: "abc" });
        return Promise.reject(thrown);
      },
      return() {
        returned = true;
        return Promise.resolve({ done: true, value: undefined });
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
    const { failure, text } = await failureOf(iterator as AsyncIterable<string>);
    expect(text).toBe("abc");
    expect(failure).toMatchObject({ code: "source-failed", offset: 3, detail: 'reading the source failed: "socket hang up"' });
    expect(failure.cause).toBe(thrown);
    expect(returned).toBe(false);
  });

  test("a thrown value that cannot be shown as text still gives a message", async () => {
    const { failure } = await failureOf(
      (async function* () {
        yield "a";
        throw Object.create(null);
      })(),
    );
    expect(failure.detail).toBe("reading the source failed: (an error that cannot be shown as text)");
  });
});

describe("the source is closed on every way out before its end", () => {
  test("a reader that stops early cancels a web stream and releases it", async () => {
    let cancelled = false;
    const stream = new ReadableStream<string>({ pull: (c) => c.enqueue("x"), cancel: () => void (cancelled = true) });
    for await (const piece of textPieces(stream)) {
      expect(piece).toBe("x");
      break;
    }
    expect(cancelled).toBe(true);
    expect(stream.locked).toBe(false);
  });

  test("bad bytes cancel a web stream", async () => {
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({ pull: (c) => c.enqueue(new Uint8Array([0xff])), cancel: () => void (cancelled = true) });
    await failureOf(stream);
    expect(cancelled).toBe(true);
  });

  test("a wrong chunk closes an iterator; a failing return() changes nothing", async () => {
    let closed = false;
    function* source(): Generator<unknown> {
      try {
        yield "a";
        yield 5;
      } finally {
        closed = true;
        // eslint-disable-next-line no-unsafe-finally
        throw new Error("cannot close");
      }
    }
    const { failure } = await failureOf(source() as Iterable<string>);
    expect(failure.code).toBe("source-failed");
    expect(closed).toBe(true);
  });

  test("a source read to its end is not cancelled", async () => {
    let cancelled = false;
    const stream = new ReadableStream<string>({ start: (c) => (c.enqueue("a"), c.close()), cancel: () => void (cancelled = true) });
    expect(await read(stream)).toEqual({ text: "a" });
    expect(cancelled).toBe(false);
    expect(stream.locked).toBe(false);
  });
});
