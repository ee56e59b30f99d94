import { quoteText } from "../core/objects.js";
import type { HttpProblem } from "./http.js";

/** A body read from `Transfer-Encoding: chunked` framing, and where each of its pieces lies in the file. */
export interface Dechunked {
  readonly body: string;
  /** In order: the body offset where a chunk's data starts, and the file offset it came from. */
  readonly pieces: readonly { readonly bodyStart: number; readonly fileStart: number }[];
}

/**
 * Takes the chunk framing out of a recorded body starting at `start` in `text`: lines of a
 * hexadecimal size (optionally `;extensions`), that many bytes of data (UTF-8), a line break;
 * a size of 0 ends it (trailers after it are not body).
 */
export function dechunk(text: string, start: number): Dechunked | HttpProblem {
  const pieces: { bodyStart: number; fileStart: number }[] = [];
  let body = "";
  let pos = start;
  for (;;) {
    const lineEnd = text.indexOf("\n", pos);
    if (lineEnd < 0) return { message: "the chunked body ends without its last chunk (a size of 0)", offset: pos };
    const line = text.slice(pos, text.charCodeAt(lineEnd - 1) === 0x0d ? lineEnd - 1 : lineEnd);
    const semicolon = line.indexOf(";");
    const hex = (semicolon < 0 ? line : line.slice(0, semicolon)).trim();
    if (!isHex(hex)) return { message: `a chunk of the chunked body must start with its size in hexadecimal, not ${quoteText(line)}`, offset: pos };
    const size = Number.parseInt(hex, 16);
    if (size === 0) return { body, pieces };
    const dataStart = lineEnd + 1;
    const dataEnd = afterUtf8Bytes(text, dataStart, size);
    if (dataEnd < 0) return { message: `a chunk of the chunked body says ${size} bytes, more than follow it, or not ending between characters`, offset: pos };
    pieces.push({ bodyStart: body.length, fileStart: dataStart });
    body += text.slice(dataStart, dataEnd);
    if (text.startsWith("\r\n", dataEnd)) pos = dataEnd + 2;
    else if (text.charCodeAt(dataEnd) === 0x0a) pos = dataEnd + 1;
    else return { message: "a chunk of the chunked body must end with a line break after its data", offset: dataEnd };
  }
}

/** The file offset of `offset` in a de-chunked body. */
export function fileOffsetIn(dechunked: Dechunked, offset: number): number {
  let piece = dechunked.pieces[0];
  for (const next of dechunked.pieces) {
    if (next.bodyStart > offset) break;
    piece = next;
  }
  return piece === undefined ? 0 : piece.fileStart + (offset - piece.bodyStart);
}

function isHex(text: string): boolean {
  if (text.length === 0 || text.length > 12) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66))) return false;
  }
  return true;
}

/** The offset `bytes` UTF-8 bytes after `start`, or -1 when the text ends first or the count ends inside a character. */
function afterUtf8Bytes(text: string, start: number, bytes: number): number {
  let pos = start;
  let left = bytes;
  while (left > 0) {
    if (pos >= text.length) return -1;
    const c = text.charCodeAt(pos);
    const pair = c >= 0xd800 && c <= 0xdbff && pos + 1 < text.length;
    const size = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
    if (size > left) return -1;
    left -= size;
    pos += pair ? 2 : 1;
  }
  return pos;
}
