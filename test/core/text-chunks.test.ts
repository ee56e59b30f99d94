import * as fc from "fast-check";
import { describe, expect, test } from "vitest";
import { Failure } from "../../src/core/errors.js";
import { textChunks } from "../../src/core/text-chunks.js";
import { completeLength, invalidUtf8Offset } from "../../src/core/utf8.js";
import { propertyParams } from "../support/property-runs.js";

// Bytes to text, strictly: the checks that say where bad UTF-8 is agree with the platform's own
// decoder (WHATWG), and a text split into pieces anywhere decodes as the whole does.

/** Bytes that are mostly UTF-8, with the odd stray byte: near the boundaries the rules are about. */
const bytes = fc
  .array(
    fc.oneof(
      fc.string({ unit: "binary", maxLength: 4 }).map((s) => [...new TextEncoder().encode(s)]),
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

async function decodeAll(pieces: Uint8Array[]): Promise<{ text: string; failure?: Failure }> {
  let text = "";
  try {
    for await (const piece of textChunks(pieces)) text += piece;
    return { text };
  } catch (error) {
    return { text, failure: error as Failure };
  }
}

describe("UTF-8", () => {
  test("invalidUtf8Offset finds a problem exactly when TextDecoder refuses, and the bytes before it are well formed", () => {
    fc.assert(
      fc.property(bytes, (data) => {
        const at = invalidUtf8Offset(data);
        expect(at === -1).toBe(fatal(data) !== undefined);
        if (at >= 0) expect(fatal(data.subarray(0, at))).toBeDefined();
      }),
      propertyParams(),
    );
  });

  test("completeLength keeps back only a sequence the end cuts short", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", minLength: 1, maxLength: 8 }), fc.nat(), (text, n) => {
        const data = new TextEncoder().encode(text);
        const cut = n % (data.length + 1);
        const head = data.subarray(0, cut);
        const kept = completeLength(head);
        expect(fatal(head.subarray(0, kept))).toBeDefined();
        expect(cut - kept).toBeLessThan(4);
      }),
      propertyParams(),
    );
  });

  test("pieces cut anywhere decode as the whole does: the same text, or invalid-encoding at the same offset", async () => {
    await fc.assert(
      fc.asyncProperty(bytes, fc.array(fc.nat(), { maxLength: 4 }), async (data, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (data.length + 1)))].sort((a, b) => a - b);
        const pieces = [0, ...points].map((from, i, all) => data.subarray(from, all[i + 1] ?? data.length));
        const whole = await decodeAll([data]);
        const split = await decodeAll(pieces);
        expect(split.text).toBe(whole.text);
        expect(split.failure?.detail).toBe(whole.failure?.detail);
        expect(split.failure?.offset).toBe(whole.failure?.offset);
        const expected = fatal(data);
        if (expected === undefined) expect(whole.failure).toMatchObject({ code: "invalid-encoding" });
        else expect(whole).toEqual({ text: expected });
      }),
      propertyParams(),
    );
  });

  test("the text before the bad bytes is handed on, and the error is at its end", async () => {
    const { text, failure } = await decodeAll([new Uint8Array([0x61, 0xc3, 0xa9]), new Uint8Array([0x62, 0xff, 0x63])]);
    expect(text).toBe("aéb");
    expect(failure).toMatchObject({ code: "invalid-encoding", offset: 3, detail: "invalid UTF-8 at byte offset 4 (bytes FF)" });
  });
});

describe("other charsets", () => {
  test("decoded by their TextDecoder label; an unknown one is unsupported-charset", async () => {
    let text = "";
    for await (const piece of textChunks([new Uint8Array([0x63, 0x61, 0x66, 0xe9])], "latin1")) text += piece;
    expect(text).toBe("café");
    await expect(textChunks([new Uint8Array([0x61])], "x-nope").next()).rejects.toMatchObject({ code: "unsupported-charset" });
  });
});
