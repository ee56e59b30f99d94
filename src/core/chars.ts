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
