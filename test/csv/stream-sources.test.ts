import { Readable } from "node:stream";
import { describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { DecodeError, EncodeError, listOf, SessionInfo } from "../../src/index.js";
import { collect, streamError } from "./stream-support.js";

// What a stream does with its source: it closes it on every way out (the end, a break, an
// error), and it reports the source's own failures as such.

const Sessions = listOf(SessionInfo);
const table = "AccountId\r\na\r\nb\r\nc\r\n";
const bad = "AccountId,Ended\r\na,True\r\nb,maybe\r\nc,True\r\n";

/** A web stream of `items`, one per pull, that records whether it was cancelled. */
function observedStream<T>(items: readonly T[]): { stream: ReadableStream<T>; cancelled: () => boolean } {
  const reasons: unknown[] = [];
  let next = 0;
  const stream = new ReadableStream<T>({
    pull(controller) {
      if (next < items.length) controller.enqueue(items[next++]!);
      else controller.close();
    },
    cancel(reason) {
      reasons.push(reason);
    },
  });
  return { stream, cancelled: () => reasons.length > 0 };
}

/** A generator over `items` that records whether its `finally` ran (a database cursor, say). */
function observedCursor<T>(items: readonly T[]): { cursor: Generator<T>; closed: () => boolean } {
  let closed = false;
  function* cursor(): Generator<T> {
    try {
      yield* items;
    } finally {
      closed = true;
    }
  }
  return { cursor: cursor(), closed: () => closed };
}

describe("decodeStream closes its source on every way out", () => {
  test("a web ReadableStream is cancelled when the loop breaks", async () => {
    const { stream, cancelled } = observedStream(["AccountId\r\n", "a\r\n", "b\r\n"]);
    for await (const row of csv.decodeStream(Sessions, stream)) {
      expect(row).toMatchObject({ accountId: "a" });
      break;
    }
    expect(cancelled()).toBe(true);
    expect(stream.locked).toBe(false);
  });

  test("a web ReadableStream is cancelled when a row is refused", async () => {
    const { stream, cancelled } = observedStream(bad.split(/(?<=\n)/));
    const error = await streamError(csv.decodeStream(Sessions, stream));
    expect(error).toMatchObject({ code: "invalid-boolean", path: "[1].ended" });
    expect(cancelled()).toBe(true);
    expect(stream.locked).toBe(false);
  });

  test("a web ReadableStream read to its end is closed, not cancelled", async () => {
    const { stream, cancelled } = observedStream([table]);
    expect(await collect(csv.decodeStream(Sessions, stream))).toHaveLength(3);
    expect(cancelled()).toBe(false);
  });

  test.each([
    ["the loop breaks", table, 1],
    ["a row is refused", bad, 0],
  ])("a generator's finally runs when %s", async (_, text, rows) => {
    const { cursor, closed } = observedCursor(text.split(/(?<=\n)/));
    const read: unknown[] = [];
    await (async () => {
      for await (const row of csv.decodeStream(Sessions, cursor)) {
        read.push(row);
        if (read.length === rows) break;
      }
    })().catch((error: unknown) => expect(error).toBeInstanceOf(DecodeError));
    expect(closed()).toBe(true);
  });

  test("a Node Readable is destroyed when the loop breaks", async () => {
    const readable = Readable.from(table.split(/(?<=\n)/));
    for await (const row of csv.decodeStream(Sessions, readable)) {
      expect(row).toMatchObject({ accountId: "a" });
      break;
    }
    expect(readable.destroyed).toBe(true);
  });
});

describe("a source that fails is reported as such", () => {
  const failure = Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" });

  test.each([
    [
      "an async generator that throws",
      () =>
        (async function* () {
          yield "AccountId\r\na\r\n";
          throw failure;
        })(),
    ],
    [
      "a web ReadableStream that errors",
      () => {
        let sent = false;
        return new ReadableStream<string>({
          pull(controller) {
            if (sent) controller.error(failure);
            else controller.enqueue("AccountId\r\na\r\n");
            sent = true;
          },
        });
      },
    ],
    [
      "a Node Readable that is destroyed with an error",
      () => {
        let sent = false;
        return new Readable({
          read() {
            if (sent) this.destroy(failure);
            else this.push("AccountId\r\na\r\n");
            sent = true;
          },
        });
      },
    ],
  ])("%s: source-failed at the end of what it gave, its error the cause", async (_, source) => {
    const read: unknown[] = [];
    const error = await (async () => {
      for await (const row of csv.decodeStream(Sessions, source())) read.push(row);
    })().then(
      () => expect.unreachable("the stream ended"),
      (e: unknown) => e as DecodeError,
    );
    expect(read).toEqual([expect.objectContaining({ accountId: "a" })]);
    expect(error).toBeInstanceOf(DecodeError);
    expect(error).toMatchObject({ code: "source-failed", line: 3, column: 1, offset: 14 });
    expect(error.cause).toBe(failure);
    expect(error.detail).toContain("read ECONNRESET");
  });

  test.each([
    ["a number", 5, "number 5"],
    ["null", null, "null"],
    ["undefined", undefined, "undefined"],
    ["an object", { text: "a" }, "an object"],
    ["an ArrayBuffer", new ArrayBuffer(4), "ArrayBuffer"],
    ["a list of byte values", [65, 10], "a list"],
  ])("a chunk that is %s: source-failed, naming what it is", async (_, chunk, named) => {
    const error = await streamError(csv.decodeStream(Sessions, ["AccountId\r\n", chunk as never]));
    expect(error).toMatchObject({ code: "source-failed", line: 2, column: 1, offset: 11 });
    expect(error.detail).toContain(named);
    expect(error.detail).toContain("not a string or bytes");
  });

  test("bytes that end inside a UTF-8 sequence: syntax at the end", async () => {
    const bytes = new TextEncoder().encode("AccountId\r\naé");
    const error = await streamError(csv.decodeStream(Sessions, [bytes.subarray(0, 7), bytes.subarray(7, bytes.length - 1)]));
    expect(error).toMatchObject({ code: "syntax", line: 2, column: 2, offset: 12 });
    expect(error.detail).toBe("the bytes end inside a UTF-8 sequence: 0xC3 at byte 12");
  });

  test("bytes that are not UTF-8: syntax where they are", async () => {
    const bytes = [new TextEncoder().encode("AccountId\r\nab"), new Uint8Array([0x63, 0xff, 0x64, 0x0d, 0x0a])];
    const error = await streamError(csv.decodeStream(Sessions, bytes));
    expect(error).toMatchObject({ code: "syntax", line: 2, column: 4, offset: 14 });
    expect(error.detail).toBe("the bytes are not valid UTF-8: 0xFF at byte 14");
  });
});

describe("encodeStream closes its source on every way out", () => {
  const valid = { accountId: "a" };

  test.each([
    ["an invalid value", [valid, { channel: "Pager" }], "[1].channel", "invalid-enum"],
    ["a null row", [valid, null], "[1]", "null-value"],
  ])("%s errors the stream with an EncodeError and runs the generator's finally", async (_, values, path, code) => {
    const { cursor, closed } = observedCursor<unknown>([...values, valid]);
    const error = await collect(csv.encodeStream(Sessions, cursor as never)).then(
      () => expect.unreachable("the stream ended"),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EncodeError);
    expect(error).toMatchObject({ format: "csv", code, path });
    expect(closed()).toBe(true);
  });

  test("an invalid value from an async generator runs its finally too", async () => {
    let closed = false;
    async function* cursor() {
      try {
        yield valid;
        yield { ended: "yes" };
      } finally {
        closed = true;
      }
    }
    await expect(collect(csv.encodeStream(Sessions, cursor() as never))).rejects.toThrow(EncodeError);
    expect(closed).toBe(true);
  });

  test("a reader that cancels runs the generator's finally", async () => {
    const { cursor, closed } = observedCursor(Array.from({ length: 10_000 }, () => valid));
    const reader = csv.encodeStream(Sessions, cursor).getReader();
    expect((await reader.read()).done).toBe(false);
    await reader.cancel();
    expect(closed()).toBe(true);
  });

  test("breaking out of a for await over the stream runs the generator's finally", async () => {
    const { cursor, closed } = observedCursor(Array.from({ length: 10_000 }, () => valid));
    for await (const piece of csv.encodeStream(Sessions, cursor) as unknown as AsyncIterable<string>) {
      expect(piece).toContain("AccountId");
      break;
    }
    expect(closed()).toBe(true);
  });
});
