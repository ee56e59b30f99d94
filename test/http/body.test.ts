import { describe, expect, test } from "vitest";
import { decodeResponse, ResponseStatusError } from "../../src/http/index.js";
import { DecodeError, SessionInfo } from "../../src/index.js";

// Bodies read within the limits: as a stream, given up at maxLength, and decoded strictly by
// their charset; nothing is replaced and nothing past the limit is read.

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A body that never ends, counting what was pulled from it and whether it was cancelled. */
function endless(piece: Uint8Array) {
  const seen = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      seen.pulled++;
      controller.enqueue(piece);
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { body, seen };
}

function response(body: BodyInit | null, contentType = "application/json", status = 200): Response {
  return new Response(body, { status, headers: { "Content-Type": contentType } });
}

describe("maxLength", () => {
  test("a body that never ends stops at the limit: input-too-long, the stream cancelled, little read", async () => {
    const { body, seen } = endless(utf8(`{"accountName":"${"a".repeat(1000)}`));
    const error = await decodeResponse(SessionInfo, response(body), { maxLength: 10_000 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "DecodeError", format: "json", code: "input-too-long", offset: 10_000 });
    expect(seen.cancelled).toBe(true);
    // About 10 pieces of 1 KB reach the limit; a stream reads ahead a little, never the whole body.
    expect(seen.pulled).toBeLessThan(20);
  });

  test("a body within the limit reads whole", async () => {
    await expect(decodeResponse(SessionInfo, response(utf8('{"ended":true}')), { maxLength: 14 })).resolves.toMatchObject({ ended: true });
    await expect(decodeResponse(SessionInfo, response(utf8('{"ended":true} ')), { maxLength: 14 })).rejects.toMatchObject({ code: "input-too-long" });
  });

  test("an error response's body is held to the limit too; the ResponseStatusError says why it has none", async () => {
    const { body, seen } = endless(utf8("x".repeat(1024)));
    const error = await decodeResponse(SessionInfo, response(body, "application/json", 500), { maxLength: 4096 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseStatusError);
    expect(error).toMatchObject({ status: 500, body: "", responseStatus: undefined, cause: { code: "input-too-long" } });
    expect(seen.cancelled).toBe(true);
  });

  test("a body of an unknown type is not read at all", async () => {
    const { body, seen } = endless(utf8("<p>"));
    await expect(decodeResponse(SessionInfo, response(body, "text/html"))).rejects.toMatchObject({ code: "content-type" });
    expect(seen.cancelled).toBe(true);
  });
});

describe("strict UTF-8", () => {
  test("invalid bytes are a DecodeError at their place, naming their byte offset; never U+FFFD", async () => {
    const bytes = new Uint8Array([...utf8('{"accountName":"caf'), 0xe9, ...utf8('"}')]);
    const error = await decodeResponse(SessionInfo, response(bytes)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DecodeError);
    expect(error).toMatchObject({ format: "json", code: "syntax", offset: 19, line: 1, column: 20 });
    expect((error as DecodeError).detail).toBe("the bytes are not valid UTF-8: 0xE9 at byte 19");
  });

  test.each([
    ["an overlong form", [0xc0, 0xaf]],
    ["a UTF-16 surrogate", [0xed, 0xa0, 0x80]],
    ["a code point above U+10FFFF", [0xf4, 0x90, 0x80, 0x80]],
    ["a stray continuation byte", [0x80]],
    ["a sequence cut by the end of the body", [0xe2, 0x82]],
  ])("%s is refused", async (_, invalid) => {
    const bytes = new Uint8Array([...utf8('{"accountName":"'), ...invalid]);
    await expect(decodeResponse(SessionInfo, response(bytes))).rejects.toMatchObject({ code: "syntax", offset: 16 });
  });

  test("a multi-byte character split between two pieces of the stream reads whole", async () => {
    const bytes = utf8('{"accountName":"é🎉"}');
    for (let cut = 0; cut <= bytes.length; cut++) {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes.slice(0, cut));
          controller.enqueue(bytes.slice(cut));
          controller.close();
        },
      });
      await expect(decodeResponse(SessionInfo, response(body)), `cut at ${cut}`).resolves.toMatchObject({ accountName: "é🎉" });
    }
  });

  test("a BOM is kept for the decoder, which skips it", async () => {
    await expect(decodeResponse(SessionInfo, response(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{"ended":true}')])))).resolves.toMatchObject({ ended: true });
  });
});

describe("a body stream that fails", () => {
  test("is source-failed at the end of the text it gave, its error the cause", async () => {
    const reset = new TypeError("terminated");
    let sent = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) controller.error(reset);
        else controller.enqueue(utf8('{"accountName":"ab'));
        sent = true;
      },
    });
    const error = await decodeResponse(SessionInfo, response(body)).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "DecodeError", format: "json", code: "source-failed", offset: 18, detail: 'reading the source failed: "terminated"' });
    expect((error as DecodeError).cause).toBe(reset);
  });
});

describe("charset", () => {
  test.each([
    ["utf-8 named outright, in any case and quoted", 'application/json; charset="UTF-8"', utf8('{"accountName":"é"}'), "é"],
    ["ISO-8859-1, decoded by its label (as browsers do, windows-1252)", "application/json; charset=iso-8859-1", new Uint8Array([...utf8('{"accountName":"caf'), 0xe9, 0x80, ...utf8('"}')]), "café€"],
    ["UTF-16LE", "text/jsv; charset=utf-16le", new Uint8Array([...'{accountName:é}'].flatMap((c) => [c.charCodeAt(0), 0])), "é"],
  ])("%s", async (_, contentType, bytes, accountName) => {
    await expect(decodeResponse(SessionInfo, response(bytes, contentType))).resolves.toMatchObject({ accountName });
  });

  test("a charset no TextDecoder knows is refused with unsupported-charset, not guessed at", async () => {
    const error = await decodeResponse(SessionInfo, response(utf8("{}"), "application/json; charset=x-klingon")).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "DecodeError", format: "json", code: "unsupported-charset", detail: 'no decoder knows the charset "x-klingon"' });
  });

  test("bytes another charset does not allow are syntax too", async () => {
    const lone = new Uint8Array([0x7b, 0x00, 0x00, 0xd8, 0x7d, 0x00]); // "{", a lone surrogate, "}"
    await expect(decodeResponse(SessionInfo, response(lone, "application/json; charset=utf-16le"))).rejects.toMatchObject({ code: "syntax" });
  });
});

describe("a response that is not a fetch Response", () => {
  test("only text(): read whole, then held to the limit", async () => {
    const parts = { status: 200, headers: new Headers({ "content-type": "text/jsv" }), text: async () => "{ended:True}" };
    await expect(decodeResponse(SessionInfo, parts)).resolves.toMatchObject({ ended: true });
    await expect(decodeResponse(SessionInfo, parts, { maxLength: 5 })).rejects.toMatchObject({ code: "input-too-long" });
  });
});
