import { ByteDecoder } from "./byte-decoder.js";
import { DecodeError, type DecodeSource } from "./errors.js";
import { describeValue } from "./objects.js";

/**
 * What a decoder reads: a string as it is, or bytes (a `Uint8Array`, such as a Node `Buffer`)
 * decoded as strict UTF-8 by the one {@link ByteDecoder}: bytes that are not UTF-8 are a `syntax`
 * error where they start (the message names the byte offset), never replaced by U+FFFD; a BOM is
 * kept for the decoder, which skips it. Anything else is a `DecodeError` with code `input-type`.
 */
export function inputText(format: DecodeSource, input: unknown): string {
  if (typeof input === "string") return input;
  if (input instanceof Uint8Array) {
    const bytes = new ByteDecoder();
    const text = bytes.decode(input, true);
    if (bytes.problem) throw DecodeError.at(format, "syntax", bytes.problem.detail, "", text, bytes.problem.offset);
    return text;
  }
  throw DecodeError.at(format, "input-type", `expected text (a string, or UTF-8 bytes in a Uint8Array), got ${describeValue(input)}`, "", "", 0);
}
