import { parseDecimal } from "../core/decimal.js";
import { Failure } from "../core/errors.js";
import { formatDouble, isIntegerLiteral } from "../core/numbers.js";
import { quoteText } from "../core/objects.js";
import { claimEntry, storeEntry } from "../model/decode-members.js";
import { decimal, typed } from "../schema/dotnet.js";
import type { JsonReader } from "./reader.js";

/**
 * Reads an untyped (`object`) value as plain JavaScript: a string, `true`/`false`, an array (whose
 * `null` elements stay), a plain object (`__type` and all, `__proto__` an own key), a number: a
 * safe integer or a double whose shortest spelling is the number's value (`0.1`, `9.4E-3`) as a
 * `number`, a longer integer as a `bigint` (up to a decimal's ±79228162514264337593543950335), any
 * other decimal as `typed(decimal(), text)` so no digit is lost (a number none of these holds is
 * `invalid-number`); the
 * reference's bare `NaN` and `±Infinity` as those numbers. `undefined`
 * for `null` (no value). Nesting counts against `maxDepth`.
 */
export function readUntyped(r: JsonReader): unknown {
  const c = r.peek();
  if (c === 0x22) return r.readString();
  if (c === 0x7b) return readObject(r);
  if (c === 0x5b) return readArray(r);
  if (c === 0x74) return literal(r, "true", true);
  if (c === 0x66) return literal(r, "false", false);
  if (c === 0x6e) return literal(r, "null", undefined);
  // The reference writes a double's NaN and infinities bare, here too (spec §13.2).
  if (c === 0x4e) return literal(r, "NaN", NaN);
  if (c === 0x49) return literal(r, "Infinity", Infinity);
  if (c === 0x2d && r.text.charCodeAt(r.pos + 1) === 0x49) return literal(r, "-Infinity", -Infinity);
  if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return readNumber(r);
  return r.unexpected("a value");
}

function literal<T>(r: JsonReader, word: string, value: T): T {
  r.literal(word);
  return value;
}

function readNumber(r: JsonReader): unknown {
  const at = r.pos;
  const token = r.text.slice(at, r.scanNumber());
  r.pos += token.length;
  const value = Number(token);
  if (isIntegerLiteral(token)) {
    if (Number.isSafeInteger(value)) return value;
    // Only as long as a .NET integer or decimal holds it: BigInt of a longer text takes more than linear time.
    if (parseDecimal(token) !== undefined) return BigInt(token);
  }
  if (Number.isFinite(value) && (formatDouble(value) === token || String(value) === token)) return value;
  const exact = parseDecimal(token);
  if (exact === undefined) throw new Failure("invalid-number", `${quoteText(token)} is neither a double that keeps its digits nor a decimal`, at);
  // `9.4E-3` is the double 0.0094, as its decimal text, written again, reads.
  const double = Number(exact);
  return formatDouble(double) === exact || String(double) === exact ? double : typed(decimal(), exact);
}

function readArray(r: JsonReader): unknown[] {
  r.enter();
  r.pos++;
  const out: unknown[] = [];
  if (r.peek() === 0x5d) {
    r.pos++;
  } else {
    for (;;) {
      const index = out.length;
      try {
        out.push(readUntyped(r) ?? null);
      } catch (error) {
        if (error instanceof Failure) error.within(index);
        throw error;
      }
      if (after(r, 0x5d)) break;
    }
  }
  r.leave();
  return out;
}

function readObject(r: JsonReader): Record<string, unknown> {
  r.enter();
  r.pos++;
  const out: Record<string, unknown> = {};
  if (r.peek() === 0x7d) {
    r.pos++;
  } else {
    for (;;) {
      if (r.peek() !== 0x22) r.unexpected("a key in quotes");
      const keyAt = r.pos;
      const key = r.readString();
      r.expect(0x3a, `":"`);
      try {
        claimEntry(undefined, out, undefined, key, r.strict, keyAt);
        r.peek();
        const at = r.pos;
        const value = readUntyped(r);
        if (value === undefined) r.fail("null-value", "a dictionary value cannot be null", at);
        storeEntry(out, undefined, key, key, value);
      } catch (error) {
        if (error instanceof Failure) error.within(key);
        throw error;
      }
      if (after(r, 0x7d)) break;
    }
  }
  r.leave();
  return out;
}

/** After an item: `,` (false) or the closing bracket (true). */
function after(r: JsonReader, close: number): boolean {
  const next = r.peek();
  r.pos++;
  if (next === 0x2c) return false;
  if (next === close) return true;
  r.pos--;
  return r.unexpected(close === 0x5d ? `"," or "]"` : `"," or "}"`);
}
