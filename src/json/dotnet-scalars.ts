import { Failure } from "../core/errors.js";
import { quoteText } from "../core/objects.js";
import { READ_TEXT } from "../model/dotnet-values.js";
import { enumByNumber, enumNames, enumReader, flagsReader, notAnEnumMember } from "../model/enum-values.js";
import type { EnumMeta, FlagsMeta } from "../schema/nodes.js";
import { mismatch, scalarMismatch } from "./mismatch.js";
import { GIVE_UP, numberToken, type JsonScalarReader } from "./scalar-reader.js";
import { isIntegerLiteral } from "../core/numbers.js";

// JSON's reading of the .NET types beyond numbers and strings: a decimal is a bare number (its
// text kept), dates, TimeSpans, Guids and chars are strings, enums names or numbers, [Flags] enums
// numbers or names.

function giveUp(): never {
  throw GIVE_UP;
}

/** A kind written as a JSON string, whose content `parse` reads (throwing a `Failure` at `at`). */
export function textScalar(expected: string, parse: (text: string, at: number) => unknown): JsonScalarReader {
  return {
    read: (r) => {
      if (r.peek() !== 0x22) return mismatch(r, expected);
      const at = r.pos;
      return parse(r.readString(), at);
    },
    fromTree: (node) => {
      if (node === null) return undefined;
      if (typeof node !== "string") giveUp();
      try {
        return parse(node, 0);
      } catch {
        return giveUp();
      }
    },
  };
}

/** A decimal: a bare JSON number, read from its text so the scale and every digit survive. */
export const decimalScalar: JsonScalarReader = {
  read: (r) => {
    const at = r.pos;
    const token = numberToken(r, "invalid-number", "a decimal");
    r.pos += token.length;
    return READ_TEXT.decimal(token, at);
  },
  // The parsed tree has lost the text (`1.10` is 1.1): a decimal is always read by the scanner.
  fromTree: (node) => (node === null ? undefined : giveUp()),
};

/** An enum: a name or `[EnumMember]` spelling in quotes, or its value as a number (quoted or not), as the reference reads it. */
export function enumScalar(schema: EnumMeta<string>): JsonScalarReader {
  const byText = enumReader(schema);
  const byNumber = enumByNumber(schema);
  const expected = `a ${schema.typeName} (${enumNames(schema)}) or its value`;
  return {
    read: (r) => {
      const c = r.peek();
      const at = r.pos;
      if (c === 0x22) {
        const text = r.readString();
        const value = byText(text);
        if (value === undefined) throw notAnEnumMember(schema, text, at);
        return value;
      }
      if (c !== 0x2d && !(c >= 0x30 && c <= 0x39)) return scalarMismatch(r, "invalid-enum", expected);
      const token = numberToken(r, "invalid-enum", expected);
      const value = isIntegerLiteral(token) && Number.isSafeInteger(Number(token)) ? byNumber(Number(token)) : undefined;
      if (value === undefined) throw new Failure("invalid-enum", `${quoteText(token)} is not a value of ${schema.typeName}`, at);
      r.pos += token.length;
      return value;
    },
    fromTree: (node) => {
      if (node === null) return undefined;
      // A number goes to the scanner: the tree cannot tell `1` from `1.0`, which is no member's value,
      // and giving up here spares every other number in the text that check.
      const value = typeof node === "string" ? byText(node) : undefined;
      return value ?? giveUp();
    },
  };
}

/** A [Flags] enum: its number, bare or quoted, or member names (`"Read, Write"`). */
export function flagsScalar(schema: FlagsMeta): JsonScalarReader {
  const byText = flagsReader(schema);
  const expected = `a ${schema.typeName} (a number, or names such as "${schema.names.slice(0, 2).join(", ")}")`;
  return {
    read: (r) => {
      const c = r.peek();
      const at = r.pos;
      let text: string;
      if (c === 0x22) {
        text = r.readString();
      } else {
        if (c !== 0x2d && !(c >= 0x30 && c <= 0x39)) return scalarMismatch(r, "invalid-enum", expected);
        text = numberToken(r, "invalid-enum", expected);
        r.pos += text.length;
      }
      const value = byText(text);
      if (value === undefined) throw notAnEnumMember(schema, text, at);
      return value;
    },
    fromTree: (node) => {
      if (node === null) return undefined;
      const value = typeof node === "string" ? byText(node) : Number.isSafeInteger(node) ? byText(String(node)) : undefined;
      return value ?? giveUp();
    },
  };
}
