import { asDecodeError, DecodeError, type DecodeSource } from "../core/errors.js";
import { textPieces } from "../core/text-source.js";

/** A response body as fetch gives it: a byte stream (`null` for none), or only a way to get its text. */
export interface BodySource {
  readonly body?: ReadableStream<Uint8Array> | null;
  text?(): Promise<string>;
}

/**
 * Reads a body as text within `maxLength` (UTF-16 code units): it reads the stream piece by piece
 * and cancels it as soon as the text passes the limit (`input-too-long`) or fails, so memory stays
 * near the limit whatever the server sends. Bytes are decoded strictly by `charset` (UTF-8 by
 * default), as `textPieces` decodes them: invalid bytes are `syntax` at their place, an unknown
 * charset `unsupported-charset`, a body stream that fails `source-failed` (its error the `cause`).
 * Errors are `DecodeError`s of `source` (the response's format, or `http`).
 */
export async function readBody(response: BodySource, charset: string | undefined, maxLength: number, source: DecodeSource): Promise<string> {
  if (response.body === null) return "";
  if (response.body === undefined) {
    if (typeof response.text !== "function") throw new TypeError("the response has neither a body stream nor text()");
    // Only text: it is whole already, so the limit can only be checked afterwards.
    const text = await response.text();
    if (text.length > maxLength) throw tooLong(source, text, maxLength);
    return text;
  }
  const parts: string[] = [];
  let length = 0;
  try {
    for await (const piece of textPieces(response.body, charset)) {
      parts.push(piece);
      length += piece.length;
      // Leaving the loop cancels the stream: nothing more is read.
      if (length > maxLength) break;
    }
  } catch (error) {
    // `textPieces` has closed the stream; its `Failure` is placed in the text read so far.
    throw asDecodeError(source, parts.join(""), error);
  }
  const text = parts.join("");
  if (length > maxLength) throw tooLong(source, text, maxLength);
  return text;
}

function tooLong(source: DecodeSource, text: string, maxLength: number): DecodeError {
  return DecodeError.at(source, "input-too-long", `the body is longer than ${maxLength} characters`, "", text, maxLength);
}

/** Cancels a body that will not be read (so the connection is freed); a body already read or locked is left alone. */
export async function discardBody(response: BodySource): Promise<void> {
  const body = response.body;
  if (body && !body.locked) await body.cancel().catch(() => undefined);
}
