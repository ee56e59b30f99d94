/** A character as a message shows it: printable ASCII quoted, anything else by code point. */
export function describeChar(c: number): string {
  if (c < 0) return "end of text";
  if (c >= 0x21 && c < 0x7f) return `"${String.fromCharCode(c)}"`;
  return `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
}
