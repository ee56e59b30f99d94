import { parseDecimal } from "../../src/core/decimal.js";
import { jsonDateTime, jsonDateTimeOffset, jsvDateTime, roundTripText } from "../../src/core/dotnet-date.js";
import { parseDateTime, parseDateTimeOffset, parseRoundTrip } from "../../src/core/dotnet-date-read.js";
import { guidDigits } from "../../src/core/guid.js";
import { formatDouble, isIntegerLiteral, untypedNumberText } from "../../src/core/numbers.js";
import { parseTimeSpanText, parseXsdDuration, timeSpanText, xsdDuration } from "../../src/core/timespan.js";
import { resolveSchema } from "../../src/model/compile.js";
import { decimal, typed, type Schema, type TypedValue } from "../../src/index.js";
import { isTyped } from "../../src/schema/dotnet.js";

// What a decoder gives back for a value the reference wrote, where a format keeps less than the
// value (each loss is the reference's wire form, and documented in the README):
// - JSON keeps a DateTime to the millisecond (`\/Date(ms)\/`, ms worked out in doubles as the
//   reference works it) and a DateTimeOffset's clock to the millisecond;
// - JSV and CSV keep a DateTime's ticks but not always its kind: midnight is the date alone (read
//   back Unspecified), an Unspecified time carries the server's +00:00 (read back Local);
// - a TimeSpan is an XSD duration whose seconds the reference works out in doubles;
// - an empty byte[] is nothing at all in JSV and CSV (the reference's form), read back absent;
// - an untyped value comes back as plain JavaScript: in JSON a number that is not a double's own
//   spelling as a typed decimal, a date or Guid as the string the reference wrote; in JSV (untyped
//   text) every scalar as a string; a CSV cell as its text unless it is a JSV container.

export type Mode = "json" | "jsv" | "csv";

/**
 * The value a decoder of `mode` reads from the reference's text for `value`, or from ours (`ours`),
 * which writes an empty byte[] as `""` and so keeps it.
 */
export function asDecoded(schema: Schema, value: unknown, mode: Mode, ours = false): unknown {
  if (value === undefined) return undefined;
  const node = resolveSchema(schema);
  const inner = mode === "csv" ? "jsv" : mode;
  switch (node.kind) {
    case "dateTime": {
      const date = parseRoundTrip(value as string)!;
      const text = mode === "json" ? JSON.parse(jsonDateTime(date)) : jsvDateTime(date);
      return roundTripText(parseDateTime(text)!);
    }
    case "dateTimeOffset":
      return mode === "json" ? roundTripText(parseDateTimeOffset(JSON.parse(jsonDateTimeOffset(parseRoundTrip(value as string)!)))!) : value;
    case "timeSpan":
      return timeSpanText(parseXsdDuration(xsdDuration(parseTimeSpanText(value as string)!))!);
    case "bytes":
      return mode !== "json" && !ours && (value as Uint8Array).length === 0 ? undefined : value;
    case "untyped":
      return mode === "json" ? jsonUntyped(value) : mode === "jsv" ? jsvUntyped(value, false) : csvUntyped(value, ours);
    case "nullable":
      return asDecoded(node.inner, value, mode, ours);
    case "list":
      // JSV writes a list of one null as `[]`.
      if (inner === "jsv" && resolveSchema(node.element).kind === "untyped" && (value as unknown[]).length === 1 && (value as unknown[])[0] === null) return [];
      return (value as unknown[]).map((item) => (item === null ? null : asDecoded(node.element, item, mode === "csv" && resolveSchema(node.element).kind === "object" ? "csv" : inner, ours)));
    case "dictionary": {
      const entries = [...(value instanceof Map ? value : Object.entries(value as object))].map(([key, item]) => [key, asDecoded(node.value, item, inner, ours)] as const);
      if (node.key !== undefined) return new Map(entries);
      const out: Record<string, unknown> = {};
      for (const [key, item] of entries) Object.defineProperty(out, key as string, { value: item, enumerable: true, writable: true, configurable: true });
      return out;
    }
    case "object": {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value as object)) {
        const converted = asDecoded(node.shape[key]!, item, mode === "csv" && resolveSchema(node.shape[key]!).kind !== "untyped" ? "jsv" : mode, ours);
        if (converted !== undefined) out[key] = converted;
      }
      return out;
    }
    default:
      return value;
  }
}

/** JSON's untyped reading: JSON's own types; a number that is not a double's own spelling is a typed decimal. */
function jsonUntyped(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (item === null ? null : jsonUntyped(item)));
  if (isTyped(value)) {
    const { schema, value: inner } = value as TypedValue;
    if (schema.kind === "decimal") return numberFromText(inner as string);
    // A double the reference spelled with Mono's digits: read from that text.
    if (schema.kind === "number") return numberFromText(inner as string);
    if (schema.kind === "dateTime") return JSON.parse(jsonDateTime(parseRoundTrip(inner as string)!));
    if (schema.kind === "guid") return guidDigits(inner as string);
  }
  if (typeof value === "number" && Number.isFinite(value) && !Number.isSafeInteger(value)) return numberFromText(formatDouble(value));
  if (typeof value === "object" && value !== null) return mapValues(value, jsonUntyped);
  return value;
}

function numberFromText(text: string): unknown {
  const number = Number(text);
  if (isIntegerLiteral(text)) return Number.isSafeInteger(number) ? number : BigInt(text);
  if (formatDouble(number) === text || String(number) === text) return number;
  return typed(decimal(), parseDecimal(text)!);
}

/** JSV's untyped reading: the text of every scalar; `[null]` is written `[]`, and read as an empty list. */
function jsvUntyped(value: unknown, inCell: boolean): unknown {
  if (Array.isArray(value)) return value.length === 1 && value[0] === null ? [] : value.map((item) => (item === null ? null : jsvUntyped(item, inCell)));
  if (isTyped(value)) {
    const { schema, value: inner } = value as TypedValue;
    if (schema.kind === "decimal" || schema.kind === "number") return inner;
    if (schema.kind === "dateTime") return jsvDateTime(parseRoundTrip(inner as string)!);
    if (schema.kind === "guid") return guidDigits(inner as string);
  }
  if (typeof value === "number") return untypedNumberText(value);
  if (typeof value === "bigint") return String(value);
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "object" && value !== null) return mapValues(value, (item) => jsvUntyped(item, inCell));
  return value;
}

/**
 * A CSV cell of an untyped member: a string as it is (the reference's raw `{…}` read as JSV); anything
 * else as its JSV text, a container read as JSV, where the reference leaves out a class's `__type`.
 */
function csvUntyped(value: unknown, ours: boolean): unknown {
  if (typeof value === "string") return value === "" ? undefined : value;
  const read = jsvUntyped(value, true);
  if (!ours && typeof read === "object" && read !== null && !Array.isArray(read) && "__type" in read) {
    const { __type: _, ...rest } = read as Record<string, unknown>;
    return rest;
  }
  return read;
}

function mapValues(value: object, convert: (item: unknown) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of value instanceof Map ? value : Object.entries(value)) {
    Object.defineProperty(out, key as string, { value: convert(item), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
