// Standard base64 (RFC 4648 §4, with padding), as .NET's Convert writes `byte[]`. No Node
// Buffer: the library runs in browsers too.

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const VALUE = /* @__PURE__ */ (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

export function encodeBase64(bytes: Uint8Array): string {
  let out = "";
  let chunk = "";
  const n = bytes.length;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const bits = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    chunk += ALPHABET[bits >> 18]! + ALPHABET[(bits >> 12) & 63]! + ALPHABET[(bits >> 6) & 63]! + ALPHABET[bits & 63]!;
    // Flushing every few KB keeps the rope shallow.
    if (chunk.length >= 8192) {
      out += chunk;
      chunk = "";
    }
  }
  if (i < n) {
    const bits = (bytes[i]! << 16) | ((i + 1 < n ? bytes[i + 1]! : 0) << 8);
    chunk += ALPHABET[bits >> 18]! + ALPHABET[(bits >> 12) & 63]! + (i + 1 < n ? ALPHABET[(bits >> 6) & 63]! : "=") + "=";
  }
  return out + chunk;
}

/** The bytes of standard, padded base64 text; `undefined` for anything else (a wrong length, character or padding). */
export function decodeBase64(text: string): Uint8Array | undefined {
  const n = text.length;
  if (n % 4 !== 0) return undefined;
  const padding = n === 0 ? 0 : text.charCodeAt(n - 1) !== 0x3d ? 0 : text.charCodeAt(n - 2) !== 0x3d ? 1 : 2;
  const out = new Uint8Array((n / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < n; i += 4) {
    const last = i + 4 === n;
    const a = sextet(text, i);
    const b = sextet(text, i + 1);
    const c = last && padding === 2 ? 0 : sextet(text, i + 2);
    const d = last && padding >= 1 ? 0 : sextet(text, i + 3);
    if ((a | b | c | d) < 0) return undefined;
    const bits = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = bits >> 16;
    if (o < out.length) out[o++] = (bits >> 8) & 255;
    if (o < out.length) out[o++] = bits & 255;
    // Bits the padding drops must be zero, or two texts would mean the same bytes.
    if (last && ((padding === 1 && (c & 3) !== 0) || (padding === 2 && (b & 15) !== 0))) return undefined;
  }
  return out;
}

function sextet(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c < 128 ? VALUE[c]! : -1;
}
