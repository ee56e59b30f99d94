// Strict UTF-8 for text that arrives in pieces: a character may be cut between two pieces, and
// bytes that are not UTF-8 are reported where they start, with the text before them kept.

/** Bytes that are not UTF-8: `text` is what came before them, complete. */
export class InvalidUtf8 {
  constructor(readonly text: string) {}
}

const EMPTY = new Uint8Array(0);

/** Decodes UTF-8 bytes piece by piece, strictly; a leading BOM is kept (it is part of the text). */
export class Utf8Pieces {
  private readonly decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  /** The start of a character the last piece cut: at most three bytes. */
  private pending = EMPTY;

  /** The complete characters so far; throws {@link InvalidUtf8}. */
  decode(piece: Uint8Array): string {
    let bytes = piece;
    if (this.pending.length > 0) {
      bytes = new Uint8Array(this.pending.length + piece.length);
      bytes.set(this.pending);
      bytes.set(piece, this.pending.length);
    }
    const complete = bytes.length - cutCharacter(bytes);
    this.pending = bytes.slice(complete);
    try {
      return this.decoder.decode(bytes.subarray(0, complete));
    } catch {
      throw new InvalidUtf8(validStart(bytes.subarray(0, complete)));
    }
  }

  /** Whether the bytes so far end inside a character. */
  get cut(): boolean {
    return this.pending.length > 0;
  }
}

/** How many bytes at the end of `bytes` start a character that they do not finish (0 to 3). */
function cutCharacter(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

/** The text of the longest start of `bytes` that is valid UTF-8 (only called on the error path). */
function validStart(bytes: Uint8Array): string {
  // A streaming decoder accepts a start that cuts a character, and refuses one as soon as it holds
  // a bad byte: so the starts it accepts are exactly those before the first bad byte.
  const accepts = (length: number): boolean => {
    try {
      new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const middle = (good + bad) >>> 1;
    if (accepts(middle)) good = middle;
    else bad = middle;
  }
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(0, good - cutCharacter(bytes.subarray(0, good))));
}

/**
 * The byte offset of the first byte that breaks UTF-8 (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF), or -1 when every byte is in place. A sequence cut off by
 * the end of `bytes` counts as broken at its first byte.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + need >= n) return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
