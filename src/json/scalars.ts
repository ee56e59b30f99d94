import { decodeBase64 } from "../core/base64.js";
import { quoteText } from "../core/objects.js";
import { READ_TEXT } from "../model/dotnet-values.js";
import { integerDescription, integerFromText } from "../model/values.js";
import type { ScalarKind, SchemaOfKind } from "../schema/nodes.js";
import { mismatch, scalarMismatch } from "./mismatch.js";
import { decimalScalar, enumScalar, flagsScalar, textScalar } from "./dotnet-scalars.js";
import type { JsonReader } from "./reader.js";
import { GIVE_UP, numberToken, type JsonScalarReader } from "./scalar-reader.js";

export { GIVE_UP, type JsonScalarReader };

function giveUp(): never {
  throw GIVE_UP;
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
  decimal: () => decimalScalar,
  dateTime: () => textScalar("a DateTime (\\/Date(ms)\\/ or ISO 8601)", READ_TEXT.dateTime),
  dateTimeOffset: () => textScalar("a DateTimeOffset (\\/Date(ms±hhmm)\\/ or ISO 8601)", READ_TEXT.dateTimeOffset),
  timeSpan: () => textScalar("a TimeSpan (an XSD duration such as PT1H30M)", READ_TEXT.timeSpan),
  guid: () => textScalar("a Guid", READ_TEXT.guid),
  char: () => textScalar("a char (a string of one character)", READ_TEXT.char),
  enum: enumScalar,
  flags: flagsScalar,
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

