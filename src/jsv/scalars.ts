import { decodeBase64, encodeBase64 } from "../core/base64.js";
import { flatString } from "../core/chars.js";
import { Failure } from "../core/errors.js";
import { formatDouble, formatFloat, parseDotNetNumber } from "../core/numbers.js";
import { quoteText } from "../core/objects.js";
import { jsvDateTime, jsvDateTimeOffset, type DotNetDate } from "../core/dotnet-date.js";
import { guidDigits } from "../core/guid.js";
import { xsdDuration } from "../core/timespan.js";
import { READ_TEXT } from "../model/dotnet-values.js";
import { enumReader, flagsReader, notAnEnumMember } from "../model/enum-values.js";
import { integerDescription, integerFromText, scalarCheck } from "../model/values.js";
import type { ScalarKind, SchemaOfKind } from "../schema/nodes.js";
import { jsvString } from "./quote.js";

/** Turns a scalar's text (already unquoted) into its value, or throws a `Failure` at `at`. */
export type ScalarParse = (text: string, at: number) => unknown;

/** How JSV (and so CSV, whose cells are JSV) spells one scalar kind. */
export interface JsvScalar {
  /** The value, checked by the model, as JSV text (quoted where JSV needs it). */
  write(value: unknown): string;
  /** The value of a scalar's text, read as the reference reads it where it does not guess. */
  parse: ScalarParse;
  /** An empty value is null for a reference type (absent), and for a value type a failure of `parse("")`. */
  readonly emptyIsNull: boolean;
}

/** Every scalar kind's JSV spelling; a new kind fails to compile here until it has one. */
export const JSV_SCALARS: { readonly [K in ScalarKind]: (node: SchemaOfKind<K>) => JsvScalar } = {
  string: (node) => {
    const check = scalarCheck(node);
    return { write: (value) => jsvString(check(value) as string), parse: (text) => text, emptyIsNull: true };
  },
  boolean: (node) => {
    const check = scalarCheck(node);
    return { write: (value) => (check(value) ? "True" : "False"), parse: parseBoolean, emptyIsNull: false };
  },
  integer: (node) => {
    const check = scalarCheck(node);
    return {
      write: (value) => String(check(value)),
      parse: (text, at) => {
        const value = integerFromText(node, text);
        if (value === undefined) throw new Failure("invalid-integer", `${quoteText(text)} is not ${integerDescription(node)}`, at);
        return value;
      },
      emptyIsNull: false,
    };
  },
  number: (node) => {
    const check = scalarCheck(node);
    const float = node.typeName === "float";
    const format = float ? formatFloat : formatDouble;
    return {
      write: (value) => format(check(value) as number),
      parse: (text, at) => {
        const parsed = parseDotNetNumber(text);
        const value = float && parsed !== undefined ? Math.fround(parsed) : parsed;
        if (value === undefined || (Number.isFinite(parsed) && !Number.isFinite(value))) {
          throw new Failure("invalid-number", `${quoteText(text)} is not a ${node.typeName}`, at);
        }
        return value;
      },
      emptyIsNull: false,
    };
  },
  bytes: (node) => {
    const check = scalarCheck(node);
    return {
      // Empty bytes are written `""`: an empty value would read back as null.
      write: (value) => {
        const text = encodeBase64(check(value) as Uint8Array);
        return text === "" ? '""' : text;
      },
      parse: (text, at) => {
        const bytes = decodeBase64(text);
        if (bytes === undefined) throw new Failure("invalid-value", "expected standard base64 (A–Z a–z 0–9 + /, padded with =)", at);
        return bytes;
      },
      emptyIsNull: true,
    };
  },
  decimal: (node) => valueType(node, (value) => value as string, READ_TEXT.decimal),
  dateTime: (node) => valueType(node, (date) => jsvDateTime(date as DotNetDate), READ_TEXT.dateTime),
  dateTimeOffset: (node) => valueType(node, (date) => jsvDateTimeOffset(date as DotNetDate), READ_TEXT.dateTimeOffset),
  timeSpan: (node) => valueType(node, (ticks) => xsdDuration(ticks as bigint), READ_TEXT.timeSpan),
  guid: (node) => valueType(node, (guid) => guidDigits(guid as string), READ_TEXT.guid),
  // Our choice (spec §13.4): a char JSV cannot hold raw (`,` `:` brackets `"` line breaks) is quoted, so it reads back.
  char: (node) => valueType(node, (char) => jsvString(char as string), READ_TEXT.char),
  enum: (node) => {
    const read = enumReader(node);
    const check = scalarCheck(node);
    // Each member's text, spelled once: quoted where JSV must quote it. A value no member names is its number.
    const spelled = new Map(node.values.map((member) => [member, flatString(jsvString(member))]));
    return {
      write: (value) => {
        const text = spelled.get(value as string);
        if (text !== undefined) return text;
        const member = check(value);
        return typeof member === "number" ? String(member) : jsvString(member as string);
      },
      parse: (text, at) => {
        const value = read(text);
        if (value === undefined) throw notAnEnumMember(node, text, at);
        return value;
      },
      emptyIsNull: false,
    };
  },
  flags: (node) => {
    const read = flagsReader(node);
    return valueType(node, String, (text, at) => {
      const value = read(text);
      if (value === undefined) throw notAnEnumMember(node, text, at);
      return value;
    });
  },
};

/** A value type's spelling: checked by the model, written by `write`, read by `parse`; an empty value is no value. */
function valueType(node: Parameters<typeof scalarCheck>[0], write: (checked: unknown) => string, parse: ScalarParse): JsvScalar {
  const check = scalarCheck(node);
  return { write: (value) => write(check(value)), parse, emptyIsNull: false };
}

/** `true` or `false` in any letter case, as .NET writes `True`/`False`; nothing else guessed. */
function parseBoolean(text: string, at: number): boolean {
  // The spellings the reference writes first, with no lower-cased copy.
  if (text === "True") return true;
  if (text === "False") return false;
  if (text.length === 4 && text.toLowerCase() === "true") return true;
  if (text.length === 5 && text.toLowerCase() === "false") return false;
  throw new Failure("invalid-boolean", `expected True or False, found ${quoteText(text)}`, at);
}
