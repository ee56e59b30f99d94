import type { JsonReader } from "./reader.js";
import { scalarMismatch } from "./mismatch.js";

// What every JSON scalar reader is, and the pieces they share.

/**
 * Thrown by a tree conversion that cannot decide, so that the scanner reads the text instead.
 * Preallocated: giving up must be cheap.
 */
export const GIVE_UP = { reason: "let the scanner report it" };

/** How JSON spells one scalar kind on the way in. */
export interface JsonScalarReader {
  /** Reads the token at the cursor (not `null`, which the caller handles) or fails at it. */
  read(r: JsonReader): unknown;
  /**
   * Converts what `JSON.parse` made of the token (`undefined` for `null`), or throws {@link GIVE_UP}
   * where it is not plainly right, so that the scanner decides and reports the position.
   */
  fromTree(node: unknown): unknown;
}

/** The number token at the cursor (the cursor stays at its start), or a failure with `code`. */
export function numberToken(r: JsonReader, code: "invalid-integer" | "invalid-number" | "invalid-enum", expected: string): string {
  const c = r.peek();
  if (c !== 0x2d && !(c >= 0x30 && c <= 0x39)) return scalarMismatch(r, code, expected);
  return r.text.slice(r.pos, r.scanNumber());
}
