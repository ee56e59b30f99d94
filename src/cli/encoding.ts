import { ByteDecoder } from "../core/byte-decoder.js";

/** How a file's bytes are text: UTF-8, or UTF-16 announced by its byte-order mark. */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be";

/** Bytes that are not text in their encoding: where (a byte offset in the file) and why. */
export class EncodingFailure {
  constructor(
    readonly byteOffset: number,
    readonly message: string,
  ) {}
}

/** The encoding a file's first bytes announce: a UTF-16 byte-order mark, or UTF-8. */
export function encodingOf(head: Uint8Array): TextEncoding {
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  return "utf-8";
}

/** How many bytes of a file's head are looked at for NUL bytes, as git does. */
export const BINARY_SNIFF = 8000;

/**
 * Why the head of a UTF-8 file is binary rather than text (it holds a NUL byte, as git
 * decides), or `undefined`. Text in UTF-16 without a byte-order mark looks like this too: it is
 * named when every other byte is NUL.
 */
export function binaryReason(head: Uint8Array): string | undefined {
  const nul = head.indexOf(0);
  if (nul < 0) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) i % 2 === 0 ? even++ : odd++;
  const half = Math.floor(head.length / 2);
  const utf16 = head.length >= 4 && (even === 0 || odd === 0) && Math.max(even, odd) >= half * 0.9;
  return `a binary file, not text: it has a NUL byte at byte ${nul}${utf16 ? " (or UTF-16 without a byte-order mark: save it as UTF-8, or with a BOM)" : ""}`;
}

/**
 * Decodes a file's bytes piece by piece with the library's one strict decoder (`ByteDecoder`):
 * bytes that are not UTF-8 (or UTF-16) throw an `EncodingFailure` at the byte offset where they
 * start, never a U+FFFD. A byte-order mark is kept as U+FEFF, as the decoders expect it.
 */
export class StrictDecoder {
  private readonly bytes: ByteDecoder;

  constructor(readonly encoding: TextEncoding) {
    this.bytes = new ByteDecoder(encoding);
  }

  decode(bytes: Uint8Array, last = false): string {
    const text = this.bytes.decode(bytes, last);
    const problem = this.bytes.problem;
    if (problem) throw new EncodingFailure(problem.byteOffset, problem.detail);
    return text;
  }

  end(): string {
    return this.decode(new Uint8Array(0), true);
  }
}
