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
 * Decodes a file's bytes piece by piece, strictly: bytes that are not UTF-8 (or UTF-16) throw
 * an `EncodingFailure` at the offset of the first bad byte, never a U+FFFD. A byte-order mark is
 * kept as U+FEFF, as the decoders expect it.
 */
export class StrictDecoder {
  private readonly decoder: TextDecoder;
  /** Bytes of the previous piece from its last character's start: a bad sequence may begin there. */
  private tail: Uint8Array = new Uint8Array(0);
  private tailOffset = 0;
  private consumed = 0;

  constructor(readonly encoding: TextEncoding) {
    this.decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  }

  decode(bytes: Uint8Array, last = false): string {
    try {
      const text = this.decoder.decode(bytes, { stream: !last });
      this.keepTail(bytes);
      return text;
    } catch {
      throw this.failure(bytes);
    }
  }

  end(): string {
    return this.decode(new Uint8Array(0), true);
  }

  private keepTail(bytes: Uint8Array): void {
    const from = this.encoding === "utf-8" ? lastCharacterStart(bytes) : Math.max(0, bytes.length - 4);
    this.tail = bytes.subarray(from);
    this.tailOffset = this.consumed + from;
    this.consumed += bytes.length;
  }

  private failure(bytes: Uint8Array): EncodingFailure {
    const joined = new Uint8Array(this.tail.length + bytes.length);
    joined.set(this.tail);
    joined.set(bytes, this.tail.length);
    if (this.encoding !== "utf-8") {
      return new EncodingFailure(this.tailOffset, `the text is not valid ${this.encoding.toUpperCase()} (an unpaired surrogate, or an odd number of bytes) near byte ${this.tailOffset}`);
    }
    const bad = Math.max(0, firstInvalidUtf8(joined));
    let end = bad + 1;
    while (end < joined.length && end < bad + 4 && (joined[end]! & 0xc0) === 0x80) end++;
    const shown = [...joined.subarray(bad, end)].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`).join(" ");
    const at = this.tailOffset + bad;
    return new EncodingFailure(at, `the bytes are not valid UTF-8: ${shown} at byte ${at}`);
  }
}

/** Where the last character of `bytes` starts (a lead byte at most 3 back), so a check can resume there. */
function lastCharacterStart(bytes: Uint8Array): number {
  for (let i = bytes.length - 1; i >= Math.max(0, bytes.length - 4); i--) {
    if ((bytes[i]! & 0xc0) !== 0x80) return i;
  }
  return bytes.length;
}

/**
 * The offset of the first byte that does not start or continue a well-formed UTF-8 sequence
 * (overlong forms, surrogates and code points past U+10FFFF are ill-formed; a sequence cut off
 * by the end is reported at its lead byte), or -1 when all of it is well formed.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    if (i + length > bytes.length) return i;
    const second = bytes[i + 1]!;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}
