// Regular expressions for JSON Schema `pattern`s (ECMA 262, as validators run them with the `u`
// flag): what the decoders read of an enum or a [Flags] enum given as text.

/** The characters a `u`-flag pattern must escape outside a class. */
const SYNTAX = new Set("^$\\.*+?()[]{}|/");

/**
 * A pattern that matches `text` as the decoders match a name, ignoring letter case
 * (`toLowerCase` on both sides): each ASCII letter as a class of its two cases. Text with a
 * character beyond ASCII matches any text instead, since folding there can change lengths
 * (`İ` lower-cases to two characters): looser than the decoders, never stricter.
 */
export function ignoringCase(text: string): string {
  let pattern = "";
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code > 0x7e) return "[^]*";
    const lower = char.toLowerCase();
    const upper = char.toUpperCase();
    if (lower !== upper) pattern += `[${upper}${lower}]`;
    else pattern += SYNTAX.has(char) ? `\\${char}` : code < 0x20 ? `\\u${code.toString(16).padStart(4, "0")}` : char;
  }
  return pattern;
}

/** An integer as the decoders read one in text: digits, with a minus sign. */
export const INTEGER_TEXT = "-?[0-9]+";

/** One of `names` ignoring case, or an integer: an enum's member as text. */
export function enumTextPattern(names: readonly string[]): string {
  return `^(?:${[...new Set(names.map(ignoringCase))].join("|")}|${INTEGER_TEXT})$`;
}

/** A [Flags] enum as text: an integer, or names ignoring case separated by commas, with white space around each. */
export function flagsTextPattern(names: readonly string[]): string {
  const name = `\\s*(?:${[...new Set(names.map(ignoringCase))].join("|")})\\s*`;
  return `^(?:${INTEGER_TEXT}|${name}(?:,${name})*)$`;
}
