import { DecodeError, type DecodeSource } from "./errors.js";
import { describeValue } from "./objects.js";
import { positionAt } from "./position.js";
import { firstInvalidUtf8 } from "./utf8.js";

const utf8 = /* @__PURE__ */ new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * What a decoder reads: a string as it is, or bytes (a `Uint8Array`, such as a Node `Buffer`)
 * decoded as strict UTF-8, where a byte that breaks UTF-8 is a `syntax` error at its place, never
 * replaced by U+FFFD. Anything else is a `DecodeError` with code `input-type`.
 */
export function inputText(format: DecodeSource, input: unknown): string {
  if (typeof input === "string") return input;
  if (input instanceof Uint8Array) {
    const bad = firstInvalidUtf8(input);
    if (bad < 0) return utf8.decode(input);
    const before = utf8.decode(input.subarray(0, bad));
    const detail = `the bytes are not valid UTF-8: byte ${bad} (0x${input[bad]!.toString(16).padStart(2, "0")}) cannot appear there`;
    return failAt(format, "syntax", detail, before);
  }
  return failAt(format, "input-type", `expected text (a string, or UTF-8 bytes in a Uint8Array), got ${describeValue(input)}`, "");
}

function failAt(format: DecodeSource, code: "syntax" | "input-type", detail: string, text: string): never {
  throw DecodeError.at(format, code, detail, "", text, text.length);
}
