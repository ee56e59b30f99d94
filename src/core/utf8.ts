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

// ---- from the http branch (to be unified) ----
/**
 * How many bytes at the start of `bytes` hold whole UTF-8 sequences: an incomplete sequence at
 * the end (a piece cut inside a character) waits for the next piece. Invalid bytes are left in
 * for the decoder to refuse.
 */
export function completeLength(bytes: Uint8Array): number {
  const end = bytes.length;
  // A sequence is at most 4 bytes long: its lead byte is among the last 4.
  for (let i = end - 1; i >= 0 && i >= end - 4; i--) {
    const b = bytes[i]!;
    if ((b & 0xc0) === 0x80) continue;
    const length = sequenceLength(b);
    return length > 0 && i + length > end ? i : end;
  }
  return end;
}

/** The length a lead byte announces; 0 for a byte that cannot start a sequence. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/**
 * The offset of the first ill-formed sequence in `bytes` (the WHATWG decoder's rules: no overlong
 * forms, no surrogates, nothing above U+10FFFF), or -1 when all of them are well formed. A
 * sequence cut short by the end of `bytes` counts as ill-formed. Only called once a decoder has
 * refused the bytes, to say where.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceAt(bytes, i);
    if (length <= 0) return i;
    i += length;
  }
  return -1;
}

/** Whether the bytes from `at` are a sequence that is well formed as far as it goes, but cut by the end. */
export function endsInsideSequence(bytes: Uint8Array, at: number): boolean {
  return sequenceAt(bytes, at) === -1;
}

/** The length of the well-formed sequence at `i`; 0 when it is ill-formed, -1 when the end cuts it short. */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  const length = sequenceLength(lead);
  if (length === 0) return 0;
  for (let k = 1; k < length; k++) {
    const b = bytes[i + k];
    if (b === undefined) return -1;
    if (!continues(lead, k, b)) return 0;
  }
  return length;
}

/** How many bytes from `at` an ill-formed sequence takes: its lead and the continuation bytes that fit it. */
export function illFormedLength(bytes: Uint8Array, at: number): number {
  const lead = bytes[at]!;
  const length = sequenceLength(lead);
  let k = 1;
  while (k < length && at + k < bytes.length && continues(lead, k, bytes[at + k]!)) k++;
  return k;
}

/** Whether `b` may be byte `k` of a sequence led by `lead`: the second byte's range rules out overlongs, surrogates and > U+10FFFF. */
function continues(lead: number, k: number, b: number): boolean {
  if (k > 1) return (b & 0xc0) === 0x80;
  const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
  const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
  return b >= low && b <= high;
}
