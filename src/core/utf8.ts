// UTF-8's byte rules, as RFC 3629 and the WHATWG decoder have them: no overlong forms, no
// surrogates, nothing above U+10FFFF. `TextDecoder` does the decoding; these rules say where a
// piece of bytes cuts a character, and, once a decoder has refused bytes, where and why.

/** Where bytes stop being UTF-8. */
export interface Utf8Problem {
  /** The offset of the first ill-formed sequence. */
  readonly at: number;
  /** How many bytes it takes: its lead and the continuation bytes that fit it. */
  readonly length: number;
  /** Whether it is well formed as far as it goes, and only the end of the bytes cuts it short. */
  readonly cut: boolean;
}

/**
 * The first ill-formed sequence in `bytes`, or `undefined` when all of them are well formed
 * (exactly when a fatal `TextDecoder` accepts them). A sequence the end cuts short is ill-formed.
 */
export function utf8Problem(bytes: Uint8Array): Utf8Problem | undefined {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(lead);
    if (length === 0) return { at: i, length: 1, cut: false };
    for (let k = 1; k < length; k++) {
      const b = bytes[i + k];
      if (b === undefined) return { at: i, length: k, cut: true };
      if (!continues(lead, k, b)) return { at: i, length: k, cut: false };
    }
    i += length;
  }
  return undefined;
}

/**
 * How many bytes at the start of `bytes` hold whole sequences: a sequence the end cuts short (a
 * piece cut inside a character) waits for the next piece. Ill-formed bytes are left in, for the
 * decoder to refuse.
 */
export function completeLength(bytes: Uint8Array): number {
  const end = bytes.length;
  // A sequence is at most 4 bytes long: its lead is among the last 4.
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

/** Whether `b` may be byte `k` of a sequence led by `lead`: the second byte's range rules out overlongs, surrogates and > U+10FFFF. */
function continues(lead: number, k: number, b: number): boolean {
  if (k > 1) return (b & 0xc0) === 0x80;
  const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
  const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
  return b >= low && b <= high;
}
