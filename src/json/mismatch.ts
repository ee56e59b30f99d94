import { Failure } from "../core/errors.js";
import { JsonReader } from "./reader.js";
import { skipValue } from "./skip.js";

/** The value at the cursor is of another kind than `expected` (or the text is broken here). */
export function mismatch(r: JsonReader, expected: string): never {
  const found = kindAt(r);
  if (found === undefined) r.unexpected(expected);
  if (found === "an object" || found === "a list") failPastDepth(r);
  r.fail("type-mismatch", `expected ${expected}, found ${found}`);
}

/**
 * A container that nests past the limit is refused as that before it is the wrong type: at its
 * place in the value, so that the error's path names where it is (the whole-text check that
 * otherwise finds it knows no path).
 */
function failPastDepth(r: JsonReader): void {
  const probe = new JsonReader(r.text, r.maxDepth, false);
  probe.pos = r.pos;
  probe.depth = r.depth;
  try {
    skipValue(probe);
  } catch (error) {
    if (error instanceof Failure && error.code === "depth-limit") throw error;
  }
}

/** A scalar of the wrong kind gets the type's own code; a container is a type mismatch. */
export function scalarMismatch(r: JsonReader, code: "invalid-boolean" | "invalid-integer" | "invalid-number" | "invalid-enum", expected: string): never {
  const found = kindAt(r);
  if (found === undefined) r.unexpected(expected);
  if (found === "an object" || found === "a list") mismatch(r, expected);
  const end = valueEnd(r);
  const token = r.text.slice(r.pos, Math.min(end, r.pos + 80));
  r.fail(code, `expected ${expected}, found ${token}${end > r.pos + 80 ? "…" : ""}`);
}

function valueEnd(r: JsonReader): number {
  const probe = new JsonReader(r.text, r.maxDepth, false);
  probe.pos = r.pos;
  try {
    skipValue(probe);
    return probe.pos;
  } catch {
    return Math.min(r.text.length, r.pos + 1);
  }
}

function kindAt(r: JsonReader): string | undefined {
  const c = r.pos < r.text.length ? r.text.charCodeAt(r.pos) : -1;
  if (c === 0x7b) return "an object";
  if (c === 0x5b) return "a list";
  if (c === 0x22) return "a string";
  if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return "a number";
  if (c === 0x74 || c === 0x66) return "a boolean";
  if (c === 0x6e) return "null";
  return undefined;
}
