import { Readable } from "node:stream";
import { describe, expect, test } from "vitest";
import { SourceFailure, textPieces, type TextSource } from "../../src/core/text-source.js";

// The pieces of text every stream decoder reads (CSV, JSON Lines): what a source may give, what
// its failures become, and that it is closed on every way out.

async function textOf(source: TextSource): Promise<string> {
  let text = "";
  for await (const piece of textPieces(source)) text += piece;
  return text;
}

async function failureOf(source: TextSource): Promise<{ failure: SourceFailure; text: string }> {
  let text = "";
  try {
    for await (const piece of textPieces(source)) text += piece;
  } catch (error) {
    expect(error).toBeInstanceOf(SourceFailure);
    return { failure: error as SourceFailure, text };
  }
  return expect.unreachable("the source was read to its end");
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const sample = "\ufeffé€𝄞 a,b\r\n";

describe("what a source may give", () => {
  test.each([
    ["strings", () => ["\ufeffé", "€𝄞 a", ",b\r\n"]],
    ["bytes cut inside every character, one byte a piece", () => Array.from(utf8(sample), (byte) => new Uint8Array([byte]))],
    ["a Node Buffer per piece", () => [Buffer.from(sample.slice(0, 3)), Buffer.from(sample.slice(3))]],
    ["an async generator", () => (async function* () { yield utf8(sample); })()],
    ["a Node Readable", () => Readable.from([utf8(sample)])],
    ["a web ReadableStream", () => new ReadableStream({ start: (c) => { c.enqueue(utf8(sample)); c.close(); } })],
  ])("%s: the text, its BOM kept", async (_, source) => {
    expect(await textOf(source() as TextSource)).toBe(sample);
  });
});

describe("what is not text", () => {
  test("bytes that are not UTF-8: syntax where they start, the text before them given first", async () => {
    const { failure, text } = await failureOf([utf8("ab"), new Uint8Array([0x63, 0xe2, 0x28, 0x64])]);
    expect(text).toBe("abc");
    expect(failure).toMatchObject({ code: "syntax", offset: 3, detail: "the bytes are not valid UTF-8" });
  });

  test("bytes that end inside a character: syntax at the end", async () => {
    const { failure, text } = await failureOf([utf8("ab€").subarray(0, 4)]);
    expect(text).toBe("ab");
    expect(failure).toMatchObject({ code: "syntax", offset: 2, detail: "the bytes end inside a UTF-8 sequence" });
  });

  test("a string after bytes cut inside a character: syntax there", async () => {
    const { failure } = await failureOf([utf8("€").subarray(0, 2), "x"]);
    expect(failure).toMatchObject({ code: "syntax", offset: 0 });
  });

  test.each([
    ["a number", 7, "number 7"],
    ["a boolean", true, "boolean true"],
    ["a function", () => "x", "a function"],
    ["a Promise", Promise.resolve("x"), "an object (Promise)"],
    ["a Uint16Array", new Uint16Array(2), "an object (Uint16Array)"],
  ])("a chunk that is %s: source-failed, naming it", async (_, chunk, named) => {
    const { failure } = await failureOf(["ab", chunk as never]);
    expect(failure).toMatchObject({ code: "source-failed", offset: 2, detail: `the source gave ${named}, not a string or bytes (a Uint8Array)` });
  });

  test.each([
    ["a number", 5, "the source is number 5, not a ReadableStream, a Node Readable or an iterable"],
    ["null", null, "the source is null, not a ReadableStream, a Node Readable or an iterable"],
  ])("a source that is %s: source-failed", async (_, source, detail) => {
    const { failure } = await failureOf(source as never);
    expect(failure).toMatchObject({ code: "source-failed", offset: 0, detail });
  });

  test("a web stream another reader holds: source-failed, with the stream's error as cause", async () => {
    const stream = new ReadableStream<string>();
    stream.getReader();
    const { failure } = await failureOf(stream);
    expect(failure.code).toBe("source-failed");
    expect(failure.detail).toMatch(/^the source cannot be read: /);
    expect(failure.cause).toBeInstanceOf(TypeError);
  });

  test("a source that throws: source-failed at the end of its text, its error the cause, and not closed again", async () => {
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
    expect(await textOf(stream)).toBe("a");
    expect(cancelled).toBe(false);
    expect(stream.locked).toBe(false);
  });
});
