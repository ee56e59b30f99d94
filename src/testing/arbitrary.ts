import type * as FastCheck from "fast-check";
import type { Infer } from "../schema/infer.js";
import { resolveSchema } from "../model/compile.js";
import { roundTripText, type DateZone } from "../core/dotnet-date.js";
import { parseGuid } from "../core/guid.js";
import { timeSpanText } from "../core/timespan.js";
import { assertNever, isValueType } from "../model/kinds.js";
import type { Schema } from "../schema/nodes.js";

/**
 * The part of fast-check these arbitraries use. The caller passes its own `fc`
 * (`import * as fc from "fast-check"`), so fast-check never becomes a runtime dependency.
 */
export type FastCheckApi = Pick<
  typeof FastCheck,
  | "array"
  | "bigInt"
  | "subarray"
  | "tuple"
  | "uniqueArray"
  | "boolean"
  | "constant"
  | "constantFrom"
  | "dictionary"
  | "double"
  | "float"
  | "integer"
  | "maxSafeInteger"
  | "oneof"
  | "record"
  | "string"
  | "uint8Array"
>;

/** How {@link arbitraryFor} draws values; every option has a default. */
export interface ArbitraryOptions {
  /** Draws every string value and dictionary key. Default: {@link hostileString}. */
  string?: FastCheck.Arbitrary<string>;
  /** Most elements in a generated list. Default `5`. */
  maxListLength?: number;
  /** Most keys in a generated dictionary. Default `5`. */
  maxDictionarySize?: number;
  /** How many times a recursive type (through `lazy`) nests inside itself. Default `3`. */
  maxRecursion?: number;
  /**
   * Whether `double` and `float` values include NaN and ±Infinity. Default `true`; pass `false`
   * for JSON, which cannot hold them (encoding one is an `EncodeError`).
   */
  nonFinite?: boolean;
}

/**
 * Strings that each trip a quoting or escaping rule of JSON, JSV or CSV: separators and
 * brackets, line breaks, padding, text that reads as another type, escapes, control and C1
 * characters, Unicode line separators, BOM, zero-width space, surrogate pairs and lone
 * surrogates, and the characters that make a spreadsheet read a CSV cell as a formula.
 */
export const HOSTILE_STRINGS: readonly string[] = [
  ...["", " ", "   ", " lead", "trail ", "\t", "a\tb"],
  ...['"', ":", ",", "{", "}", "[", "]", "a,b", "k:v", '"quoted"', 'say "hi"', "[1,2]", "{a:1}", "[]", "{}"],
  ...["\r", "\n", "\r\n", "one\ntwo", "one\r\ntwo", "one\rtwo"],
  ...["true", "False", "123", "-7", "0", "1.5e3", "null", "NULL"],
  ...["\\", "C:\\temp\\new", "\\u0041", '\\"'],
  ...["\u0000", "\u0001", "\b", "\f", "\u000b", "\u001b", "\u001f", "\u007f", "\u0080", "\u0085", "\u009f"],
  ...["\u2028", "\u2029", "\ufeff", "\ufeffbom", "\u200b", "zero\u200bwidth"],
  ...["😀", "👩‍👩‍👧", "\ud800", "\udfff", "a\udc00b", "\ud83d"],
  ...["=1+1", "=", "+1", "+", "-1+1", "@SUM(A1)", "@"],
];

/** Dictionary keys that break code which stores keys with plain assignment or reads them unchecked. */
export const DANGEROUS_KEYS: readonly string[] = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty"];

const WORD_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".split("");

/**
 * The default strings: plain ASCII words (a quarter of draws), the {@link HOSTILE_STRINGS}
 * themselves, strings glued from those, words and raw Latin-1 characters (so a hostile piece
 * lands at the start, middle or end), and any Unicode text.
 */
export function hostileString(fc: FastCheckApi): FastCheck.Arbitrary<string> {
  const word = fc.string({ unit: fc.constantFrom(...WORD_CHARS), minLength: 1, maxLength: 10 });
  const words = fc.array(word, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(" "));
  const hostile = fc.constantFrom(...HOSTILE_STRINGS);
  const piece = fc.oneof(hostile, word, fc.string({ unit: "binary-ascii", minLength: 1, maxLength: 3 }));
  return fc.oneof(
    { weight: 3, arbitrary: words },
    { weight: 4, arbitrary: hostile },
    { weight: 4, arbitrary: fc.array(piece, { minLength: 2, maxLength: 4 }).map((parts) => parts.join("")) },
    { weight: 1, arbitrary: fc.string({ unit: "binary" }) },
  );
}

/**
 * Values of `schema` as the decoders return them: value-type members (enums, bools, integers)
 * always present, reference-type members (strings, lists, dictionaries, objects) sometimes
 * absent, and no `null` anywhere. Objects and dictionaries have `Object.prototype` and own
 * `__proto__` keys where drawn, so they compare with `toEqual`.
 */
export function arbitraryFor<S extends Schema>(
  fc: FastCheckApi,
  schema: S,
  options: ArbitraryOptions = {},
): FastCheck.Arbitrary<Infer<S>> {
  const string = options.string ?? hostileString(fc);
  const key = fc.oneof({ weight: 4, arbitrary: string }, { weight: 1, arbitrary: fc.constantFrom(...DANGEROUS_KEYS) });
  const maxLength = options.maxListLength ?? 5;
  const maxKeys = options.maxDictionarySize ?? 5;

  const maxRecursion = options.maxRecursion ?? 3;
  const noNaN = options.nonFinite === false;

  // `undefined` where a recursive type may not nest deeper: its member is left out, its list or dictionary empty.
  const build = (schema: Schema, recursion: number): FastCheck.Arbitrary<unknown> | undefined => {
    if (schema.kind === "lazy" && recursion >= maxRecursion) return undefined;
    const depth = schema.kind === "lazy" ? recursion + 1 : recursion;
    const node = resolveSchema(schema);
    switch (node.kind) {
      case "string":
        return string;
      case "boolean":
        return fc.boolean();
      case "integer":
        if (typeof node.min === "bigint") return fc.bigInt({ min: node.min, max: node.max as bigint });
        if (node.max === Number.MAX_SAFE_INTEGER) return fc.maxSafeInteger();
        return fc.integer({ min: node.min as number, max: node.max as number });
      case "number":
        return node.typeName === "float" ? fc.float({ noNaN, noDefaultInfinity: noNaN }) : fc.double({ noNaN, noDefaultInfinity: noNaN });
      case "decimal":
        return decimals(fc);
      case "dateTime":
        return dates(fc, false);
      case "dateTimeOffset":
        return dates(fc, true);
      case "timeSpan":
        return fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).map(timeSpanText);
      case "guid":
        return fc.uint8Array({ minLength: 16, maxLength: 16 }).map((bytes) => parseGuid([...bytes].map((b) => b.toString(16).padStart(2, "0")).join(""))!);
      case "char":
        return fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
      case "bytes":
        return fc.uint8Array({ maxLength: 12 });
      case "enum":
        // An open enum also holds values no member names.
        return node.open ? fc.oneof(fc.constantFrom(...node.values), fc.integer().filter((n) => !node.numbers.includes(n))) : fc.constantFrom(...node.values);
      case "flags":
        return fc.oneof(fc.integer(), fc.subarray([...node.numbers]).map((bits) => bits.reduce((a, b) => a | b, 0)));
      case "untyped":
        return untypedValues(fc, string, key, depth >= maxRecursion ? 0 : maxRecursion - depth, maxLength, maxKeys);
      // A `T?` member is sometimes absent (as every optional member is); elsewhere it holds a `T`.
      case "nullable":
        return build(node.inner, depth);
      case "list": {
        const element = build(node.element, depth);
        return element === undefined ? fc.constant([]) : fc.array(element, { maxLength });
      }
      case "dictionary": {
        const entry = build(node.value, depth);
        if (node.key !== undefined) {
          // Keys of another type than string: a Map, its keys unique.
          const keys = build(node.key, depth)!;
          return entry === undefined ? fc.constant(new Map()) : fc.uniqueArray(fc.tuple(keys, entry), { maxLength: maxKeys, selector: ([k]) => k }).map((pairs) => new Map(pairs));
        }
        return entry === undefined ? fc.constant({}) : fc.dictionary(key, entry, { maxKeys, noNullPrototype: true });
      }
      case "object": {
        // No prototype, so a member keyed `__proto__` is an ordinary entry of the model.
        const model: Record<string, FastCheck.Arbitrary<unknown>> = Object.create(null);
        for (const m of node.members) {
          const member = build(m.schema, depth);
          if (member !== undefined) model[m.key] = member;
        }
        const requiredKeys = node.members.filter((m) => isValueType(m.schema)).map((m) => m.key);
        return fc.record(model, { requiredKeys, noNullPrototype: true });
      }
      default:
        return assertNever(node);
    }
  };
  return (build(schema, 0) ?? fc.constant(undefined)) as FastCheck.Arbitrary<Infer<S>>;
}

/** Canonical decimal texts: any 96-bit magnitude at any scale from 0 to 28, and the edges. */
function decimals(fc: FastCheckApi): FastCheck.Arbitrary<string> {
  const any = fc.tuple(fc.bigInt({ min: 0n, max: 2n ** 96n - 1n }), fc.integer({ min: 0, max: 28 }), fc.boolean()).map(([magnitude, scale, negative]) => {
    const digits = String(magnitude).padStart(scale + 1, "0");
    const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
    return negative && magnitude !== 0n ? `-${text}` : text;
  });
  return fc.oneof(any, fc.constantFrom("0", "1.10", "0.0000001", "79228162514264337593543950335", "-79228162514264337593543950335", "0.00"));
}

/** "o" texts of any tick in 0001–9999, Utc, Unspecified or Local at an offset (a DateTimeOffset: always an offset). */
function dates(fc: FastCheckApi, offsetOnly: boolean): FastCheck.Arbitrary<string> {
  const ticks = fc.oneof(fc.bigInt({ min: 0n, max: 3_155_378_975_999_999_999n }), fc.bigInt({ min: 0n, max: 3_652_058n }).map((days) => days * 864_000_000_000n));
  const offset = fc.integer({ min: -840, max: 840 });
  const zone: FastCheck.Arbitrary<DateZone> = offsetOnly ? offset : fc.oneof(fc.constantFrom<DateZone>("utc", "unspecified"), offset);
  return fc
    .tuple(ticks, zone)
    .filter(([t, z]) => typeof z !== "number" || (t - BigInt(z) * 600_000_000n >= 0n && t - BigInt(z) * 600_000_000n <= 3_155_378_975_999_999_999n))
    .map(([t, z]) => roundTripText({ ticks: t, zone: z }));
}

/**
 * Untyped values that every format gives back as they are (see `untyped()`): strings, booleans,
 * safe integers, finite doubles, integers past 2^53 as bigints, arrays (with `null` elements) and
 * plain objects, nested `levels` deep.
 */
function untypedValues(
  fc: FastCheckApi,
  string: FastCheck.Arbitrary<string>,
  key: FastCheck.Arbitrary<string>,
  levels: number,
  maxLength: number,
  maxKeys: number,
): FastCheck.Arbitrary<unknown> {
  const big = fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).filter((n) => n > BigInt(Number.MAX_SAFE_INTEGER) || n < -BigInt(Number.MAX_SAFE_INTEGER));
  const scalar = fc.oneof(string, fc.boolean(), fc.maxSafeInteger(), fc.double({ noNaN: true, noDefaultInfinity: true }), big);
  if (levels === 0) return scalar;
  const inner = untypedValues(fc, string, key, levels - 1, maxLength, maxKeys);
  return fc.oneof(
    { weight: 3, arbitrary: scalar },
    { weight: 1, arbitrary: fc.array(fc.oneof({ weight: 4, arbitrary: inner }, { weight: 1, arbitrary: fc.constant(null) }), { maxLength }) },
    { weight: 1, arbitrary: fc.dictionary(key, inner, { maxKeys, noNullPrototype: true }) },
  );
}
