import { decodeBase64 } from "../core/base64.js";
import { quoteText } from "../core/objects.js";
import { enumLookup, enumNames, integerDescription, integerFromText, notAnEnumMember } from "../model/values.js";
import type { ScalarKind, SchemaOfKind } from "../schema/nodes.js";
import { mismatch, scalarMismatch } from "./mismatch.js";
import type { JsonReader } from "./reader.js";

/**
 * Thrown by a tree conversion that cannot decide, so that the scanner reads the text instead.
 * Preallocated: giving up must be cheap.
 */
export const GIVE_UP = { reason: "let the scanner report it" };

function giveUp(): never {
  throw GIVE_UP;
}

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

/** Every scalar kind's JSON reading; a new kind fails to compile here until it has one. */
export const JSON_SCALARS: { readonly [K in ScalarKind]: (node: SchemaOfKind<K>) => JsonScalarReader } = {
  string: () => ({
    read: (r) => (r.peek() === 0x22 ? r.readString() : mismatch(r, "a string")),
    fromTree: (node) => (typeof node === "string" ? node : node === null ? undefined : giveUp()),
  }),
  boolean: () => ({
    read: (r) => {
      const c = r.peek();
      if (c === 0x74 || c === 0x66) {
        const isTrue = c === 0x74;
        if (r.text.startsWith(isTrue ? "true" : "false", r.pos)) {
          r.pos += isTrue ? 4 : 5;
          return isTrue;
        }
      }
      return scalarMismatch(r, "invalid-boolean", "a boolean (true or false)");
    },
    fromTree: (node) => (typeof node === "boolean" ? node : node === null ? undefined : giveUp()),
  }),
  integer: (schema) => ({
    read: (r) => {
      const token = numberToken(r, "invalid-integer", "an integer");
      const value = integerFromText(schema, token);
      if (value === undefined) r.fail("invalid-integer", `${quoteText(token)} is not ${integerDescription(schema)}`);
      r.pos += token.length;
      return value;
    },
    // Only numbers that were written as integer literals reach here (see `decodeParsed`).
    fromTree: (node) => {
      if (node === null) return undefined;
      if (!Number.isSafeInteger(node)) giveUp();
      const value = node as number;
      if (typeof schema.min === "bigint") {
        const big = BigInt(value);
        return big < schema.min || big > (schema.max as bigint) ? giveUp() : big;
      }
      return value < (schema.min as number) || value > (schema.max as number) ? giveUp() : value === 0 ? 0 : value;
    },
  }),
  number: (schema) => {
    const float = schema.typeName === "float";
    return {
      read: (r) => {
        const nonFinite = nonFiniteAt(r);
        if (nonFinite !== undefined) return float ? Math.fround(nonFinite) : nonFinite;
        const token = numberToken(r, "invalid-number", `a ${schema.typeName}`);
        const parsed = Number(token);
        const value = float ? Math.fround(parsed) : parsed;
        // A finite text that overflows the type would become an infinity: refused, not rounded.
        if (!Number.isFinite(value)) r.fail("invalid-number", `${quoteText(token)} is out of range for a ${schema.typeName}`);
        r.pos += token.length;
        return value;
      },
      fromTree: (node) => {
        if (node === null) return undefined;
        if (typeof node !== "number" || !Number.isFinite(node)) giveUp();
        if (!float) return node;
        const value = Math.fround(node as number);
        return Number.isFinite(value) ? value : giveUp();
      },
    };
  },
  bytes: () => ({
    read: (r) => {
      if (r.peek() !== 0x22) return mismatch(r, "a base64 string");
      const at = r.pos;
      const bytes = decodeBase64(r.readString());
      if (bytes === undefined) r.fail("invalid-value", "expected standard base64 (A–Z a–z 0–9 + /, padded with =)", at);
      return bytes;
    },
    fromTree: (node) => (typeof node === "string" ? (decodeBase64(node) ?? giveUp()) : node === null ? undefined : giveUp()),
  }),
  enum: (schema) => {
    const lookup = enumLookup(schema.values);
    return {
      read: (r) => {
        if (r.peek() !== 0x22) return scalarMismatch(r, "invalid-enum", `a ${schema.typeName} name in quotes (${enumNames(schema)})`);
        const at = r.pos;
        const name = r.readString();
        const value = lookup(name);
        if (value === undefined) throw notAnEnumMember(schema, name, at);
        return value;
      },
      fromTree: (node) => (typeof node === "string" ? (lookup(node) ?? giveUp()) : node === null ? undefined : giveUp()),
    };
  },
};

/** Where a double or float belongs, the reference writes (and reads) NaN and the infinities bare (spec §13.2). */
const NON_FINITE: readonly (readonly [string, number])[] = [
  ["NaN", NaN],
  ["Infinity", Infinity],
  ["-Infinity", -Infinity],
];

/** `NaN`, `Infinity` or `-Infinity` at the cursor, consumed; `undefined` (nothing consumed) for anything else. */
function nonFiniteAt(r: JsonReader): number | undefined {
  const c = r.peek();
  if (c !== 0x4e && c !== 0x49 && !(c === 0x2d && r.text.charCodeAt(r.pos + 1) === 0x49)) return undefined;
  for (const [word, value] of NON_FINITE) {
    if (r.text.startsWith(word, r.pos)) {
      r.pos += word.length;
      return value;
    }
  }
  return undefined;
}

/** The number token at the cursor (the cursor stays at its start), or a failure with `code`. */
function numberToken(r: JsonReader, code: "invalid-integer" | "invalid-number", expected: string): string {
  const c = r.peek();
  if (c !== 0x2d && !(c >= 0x30 && c <= 0x39)) return scalarMismatch(r, code, expected);
  return r.text.slice(r.pos, r.scanNumber());
}
