import { decodeBase64 } from "../core/base64.js";
import { Failure, type DecodeErrorCode } from "../core/errors.js";
import { describeValue } from "../core/objects.js";
import type { ScalarKind, SchemaOfKind } from "../schema/nodes.js";
import { checkDecimal, READ_TEXT } from "./dotnet-values.js";
import { enumByNumber, enumReader, flagsCheck, flagsReader, notAnEnumMember } from "./enum-values.js";
import { checkString, scalarCheck, type ValueCheck } from "./values.js";

// What a decoder makes of each scalar kind, for a value that is already parsed: as `JSON.parse`
// gives it (base64 text for `byte[]`, an enum name in any letter case, a number for a `long`) or
// as a decoder returns it (a `Uint8Array`, a `bigint`). The result is the decoded value; a value
// the kind refuses throws a `Failure` with the code a decoder gives: a scalar of another kind gets
// the kind's own code, a list or object `type-mismatch`. The range and name rules are values.ts's.

/** Every scalar kind's check of a parsed value; a new kind fails to compile here until it has one. */
export const PARSED_SCALARS: { readonly [K in ScalarKind]: (node: SchemaOfKind<K>) => ValueCheck } = {
  string: () => checkString,
  boolean: () =>
    scalar("a boolean", (value) => (typeof value === "boolean" ? value : refuse("invalid-boolean", "a boolean (true or false)", value))),
  // Integers of the type's range only: no fraction, and for a `long` a bigint or a safe integer
  // (a larger number may already be rounded), which becomes the bigint it stands for.
  integer: (node) => scalar(`a ${node.typeName}`, scalarCheck(node)),
  number: (node) =>
    scalar(`a ${node.typeName}`, (value) => {
      if (typeof value !== "number") return refuse("invalid-number", `a ${node.typeName}`, value);
      if (node.typeName === "double") return value;
      // A float is read as `float.Parse` reads the text: rounded to binary32, never to an infinity.
      const rounded = Math.fround(value);
      if (Number.isFinite(value) && !Number.isFinite(rounded)) throw new Failure("invalid-number", `${value} is out of range for a float`, -1);
      return rounded;
    }),
  bytes: () => (value) => {
    if (value instanceof Uint8Array) return value;
    if (typeof value !== "string") return refuse("type-mismatch", "bytes (a Uint8Array or base64 text)", value);
    const bytes = decodeBase64(value);
    if (bytes === undefined) throw new Failure("invalid-value", "expected standard base64 (A–Z a–z 0–9 + /, padded with =)", -1);
    return bytes;
  },
  // A member name or spelling, matched exactly and then ignoring case, or a member's number (as
  // the decoders read them); the result is the declared spelling.
  enum: (node) => {
    const read = enumReader(node);
    const byNumber = enumByNumber(node);
    return scalar(`a ${node.typeName}`, (value) => {
      const member = typeof value === "string" ? read(value) : Number.isSafeInteger(value) ? byNumber(value as number) : undefined;
      if (member === undefined) throw notAnEnumMember(node, typeof value === "string" ? value : describeValue(value), -1);
      return member;
    });
  },
  // The number, or member names separated by commas (`"Read, Write"`).
  flags: (node) => {
    const read = flagsReader(node);
    const exact = flagsCheck(node);
    return scalar(`a ${node.typeName}`, (value) => {
      if (typeof value !== "string") return exact(value);
      const flags = read(value);
      if (flags === undefined) throw notAnEnumMember(node, value, -1);
      return flags;
    });
  },
  // A decimal's text in any form the decoders read, or a number as `JSON.parse` gives it: read by
  // its shortest spelling (the digits JSON.parse kept), since a number holds no scale.
  decimal: () =>
    scalar("a decimal", (value) => {
      if (typeof value === "string") return READ_TEXT.decimal(value, -1);
      if (typeof value === "number" && Number.isFinite(value)) return READ_TEXT.decimal(String(value), -1);
      return checkDecimal(value);
    }),
  // The .NET types held as text: any text a decoder reads (`/Date(…)/`, ISO forms, XSD durations,
  // braced Guids), giving the held form.
  dateTime: () => textKind("a DateTime's text", READ_TEXT.dateTime),
  dateTimeOffset: () => textKind("a DateTimeOffset's text", READ_TEXT.dateTimeOffset),
  timeSpan: () => textKind("a TimeSpan's text", READ_TEXT.timeSpan),
  guid: () => textKind("a Guid's text", READ_TEXT.guid),
  char: () => textKind("a char", READ_TEXT.char),
};

function textKind(expected: string, read: (text: string, at: number) => string): ValueCheck {
  return scalar(expected, (value) => (typeof value === "string" ? read(value, -1) : refuse("invalid-value", expected, value)));
}

/** A check that refuses a list or an object as a type mismatch before `check` sees it. */
function scalar(expected: string, check: ValueCheck): ValueCheck {
  return (value) => (typeof value === "object" && value !== null ? refuse("type-mismatch", expected, value) : check(value));
}

function refuse(code: DecodeErrorCode, expected: string, value: unknown): never {
  throw new Failure(code, `expected ${expected}, got ${describeValue(value)}`, -1);
}
