import { decodeBase64, encodeBase64 } from "../core/base64.js";
import { Failure } from "../core/errors.js";
import { formatDouble, formatFloat, parseDotNetNumber } from "../core/numbers.js";
import { quoteText } from "../core/objects.js";
import { enumLookup, integerDescription, integerFromText, notAnEnumMember, scalarCheck } from "../model/values.js";
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
  enum: (node) => {
    const check = scalarCheck(node);
    const lookup = enumLookup(node.values);
    return {
      write: (value) => check(value) as string,
      parse: (text, at) => {
        const value = lookup(text);
        if (value === undefined) throw notAnEnumMember(node, text, at);
        return value;
      },
      emptyIsNull: false,
    };
  },
};

/** `true` or `false` in any letter case, as .NET writes `True`/`False`; nothing else guessed. */
function parseBoolean(text: string, at: number): boolean {
  if (text.length === 4 && text.toLowerCase() === "true") return true;
  if (text.length === 5 && text.toLowerCase() === "false") return false;
  throw new Failure("invalid-boolean", `expected True or False, found ${quoteText(text)}`, at);
}
