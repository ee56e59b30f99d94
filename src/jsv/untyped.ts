import { Failure } from "../core/errors.js";
import { claimEntry, storeEntry } from "../model/decode-members.js";
import { CLOSE_BRACE, CLOSE_BRACKET, COMMA, OPEN_BRACE, OPEN_BRACKET, type JsvReader } from "./reader.js";

/**
 * Reads an untyped (`object`) value from JSV, which has no types: every scalar is a string (`1`
 * and `"1"` read the same), `{…}` a plain object, `[…]` an array whose empty items are `null`
 * (but `[]` is an empty array, though the reference writes a list of one null so too).
 * `undefined` for an empty value (no value). Nesting counts against `maxDepth`.
 */
export function readUntyped(r: JsvReader, closer: number): unknown {
  const c = r.peek();
  if (c === OPEN_BRACE) return readObject(r);
  if (c === OPEN_BRACKET) return readArray(r);
  return r.readScalar(closer);
}

function readArray(r: JsvReader): unknown[] {
  r.enter();
  r.pos++;
  r.skipLayout();
  const out: unknown[] = [];
  if (r.peek() === CLOSE_BRACKET) {
    r.pos++;
  } else {
    for (;;) {
      const index = out.length;
      try {
        out.push(readUntyped(r, CLOSE_BRACKET) ?? null);
      } catch (error) {
        if (error instanceof Failure) error.within(index);
        throw error;
      }
      // An empty last item is a null element too (`[a,]` is [a, null]), as the reference writes it.
      if (r.peek() === COMMA) {
        r.pos++;
        r.skipLayout();
        if (r.peek() !== CLOSE_BRACKET) continue;
        out.push(null);
      }
      r.skipLayout();
      if (r.peek() !== CLOSE_BRACKET) r.unexpected(`"," or "]"`);
      r.pos++;
      break;
    }
  }
  r.leave();
  return out;
}

function readObject(r: JsvReader): Record<string, unknown> {
  r.enter();
  r.pos++;
  r.skipLayout();
  const out: Record<string, unknown> = {};
  if (r.peek() === CLOSE_BRACE) {
    r.pos++;
  } else {
    for (;;) {
      const keyAt = r.pos;
      const key = r.readKey("a dictionary key");
      r.readColon();
      try {
        claimEntry(undefined, out, undefined, key, r.strict, keyAt);
        const at = r.pos;
        const value = readUntyped(r, CLOSE_BRACE);
        if (value === undefined) r.fail("null-value", "a dictionary value cannot be empty (null)", at);
        storeEntry(out, undefined, key, key, value);
      } catch (error) {
        if (error instanceof Failure) error.within(key);
        throw error;
      }
      if (r.next(CLOSE_BRACE)) break;
    }
  }
  r.leave();
  return out;
}
