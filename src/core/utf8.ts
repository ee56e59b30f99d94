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
