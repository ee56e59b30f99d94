import { EPOCH, instantTicks, MAX_TICKS, roundTripText, TICKS_PER_MINUTE, type DotNetDate } from "../../src/core/dotnet-date.js";
import { parseRoundTrip } from "../../src/core/dotnet-date-read.js";
import { untypedNumberText } from "../../src/core/numbers.js";
import { parseTimeSpanText } from "../../src/core/timespan.js";
import { setOwn } from "../../src/core/objects.js";
import { resolveSchema } from "../../src/model/compile.js";
import { planObject } from "../../src/model/plan.js";
import type { Schema } from "../../src/index.js";
import { isTyped } from "../../src/schema/dotnet.js";

// What a round trip through each format keeps of a value, where the reference's wire forms drop
// something by design (spec §13.3, §13.6). Everything else comes back exactly. The rules, stated
// once here and checked by the round-trip properties and the tables of test/kinds/lossy.test.ts:
//
// - JSON `\/Date(ms)\/` keeps a DateTime to the millisecond of its instant (the ticks since 1970
//   as a double, times 0.0001, truncated: spec §13.3), with its kind and offset; the millisecond
//   that rounds up past 9999 reads as MaxValue. A DateTimeOffset keeps its clock to the
//   millisecond (truncated toward 1970) and its offset; its last millisecond reads as MaxValue.
// - JSV and CSV write a DateTime at midnight as the date alone (read back Unspecified, at the
//   same clock) and an Unspecified one at the server's offset (read back Local at +00:00).
// - A TimeSpan is an XSD duration whose seconds go through a double: exact up to 10^15 ticks
//   (about 3 years), within a double's precision beyond (at most |ticks| / 2^52 + 1 tick off),
//   where each further trip may drop another digit (`drifts`).
// - Untyped (`object`) values: JSON reads an integer past 2^53 as a bigint, also one written for
//   a `number`; JSV (and so CSV cells) has no types, so every scalar reads back as the text JSV
//   wrote for it (`1` → "1", `true` → "True"), and a list of one null, written `[]`, as an empty list.

export type RoundTripFormat = "json" | "jsv" | "csv";

/** `value` as a round trip through `format` gives it back (before CSV's empty-string rule, `csvNormalised`). */
export function keptBy(format: RoundTripFormat, schema: Schema, value: unknown): unknown {
  const node = resolveSchema(schema);
  switch (node.kind) {
    case "nullable":
      return keptBy(format, node.inner, value);
    case "list":
      return (value as unknown[]).map((item) => keptBy(format, node.element, item));
    case "dictionary": {
      if (value instanceof Map) return new Map([...value].map(([key, item]) => [key, keptBy(format, node.value, item)]));
      const out = {};
      for (const [key, item] of Object.entries(value as object)) setOwn(out, key, keptBy(format, node.value, item));
      return out;
    }
    case "object": {
      const out = {};
      for (const field of planObject(node).fields) {
        if (Object.hasOwn(value as object, field.key)) setOwn(out, field.key, keptBy(format, field.schema, (value as Record<string, unknown>)[field.key]));
      }
      return out;
    }
    case "dateTime":
      return roundTripText(format === "json" ? jsonKeptDateTime(date(value)) : jsvKeptDateTime(date(value)));
    case "dateTimeOffset":
      return format === "json" ? roundTripText(jsonKeptDateTimeOffset(date(value))) : value;
    case "timeSpan":
      return keptTimeSpan(value as string);
    case "untyped":
      return format === "json" ? jsonKeptUntyped(value) : jsvKeptUntyped(value);
    default:
      return value;
  }
}

/**
 * Whether `value` holds a TimeSpan of 10^15 ticks or more: its text may change on every trip, as
 * the double of its seconds drops a last digit each time (`…41.0694364` → `…41.0694363` → `…41.069436`).
 */
export function drifts(schema: Schema, value: unknown): boolean {
  const node = resolveSchema(schema);
  switch (node.kind) {
    case "nullable":
      return drifts(node.inner, value);
    case "list":
      return (value as unknown[]).some((item) => drifts(node.element, item));
    case "dictionary":
      return [...(value instanceof Map ? value.values() : Object.values(value as object))].some((item) => drifts(node.value, item));
    case "object":
      return planObject(node).fields.some((field) => Object.hasOwn(value as object, field.key) && drifts(field.schema, (value as Record<string, unknown>)[field.key]));
    case "timeSpan": {
      const ticks = parseTimeSpanText(value as string)!;
      return (ticks < 0n ? -ticks : ticks) >= 10n ** 15n;
    }
    default:
      return false;
  }
}

/** A text with the seconds of its XSD durations masked (`PT1M41.0694363S` → `PT1M#S`), to compare texts whose TimeSpans drift. */
export function withoutSeconds(text: string): string {
  return text.replace(/\d+(?:\.\d+)?S/g, "#S");
}

function date(value: unknown): DotNetDate {
  const parsed = parseRoundTrip(value as string);
  if (parsed === undefined) throw new Error(`not a date: ${String(value)}`);
  return parsed;
}

/** The milliseconds since 1970 JSON writes for a DateTime: its instant's, in the reference's double arithmetic. */
export function jsonDateTimeMilliseconds(value: DotNetDate): number {
  return Math.trunc(Number(instantTicks(value) - EPOCH) * 0.0001);
}

/** The instant's millisecond; where it rounds up to 10000-01-01, in UTC or at the date's offset, MaxValue. */
function jsonKeptDateTime(value: DotNetDate): DotNetDate {
  const offset = typeof value.zone === "number" ? BigInt(value.zone) * TICKS_PER_MINUTE : 0n;
  const instant = BigInt(jsonDateTimeMilliseconds(value)) * 10_000n + EPOCH;
  const clock = (instant === MAX_TICKS + 1n ? MAX_TICKS : instant) + offset;
  return { ticks: clock === MAX_TICKS + 1n ? MAX_TICKS : clock, zone: value.zone };
}

function jsonKeptDateTimeOffset(value: DotNetDate): DotNetDate {
  const ticks = ((value.ticks - EPOCH) / 10_000n) * 10_000n + EPOCH;
  return { ticks: ticks === MAX_TICKS - 9_999n ? MAX_TICKS : ticks, zone: value.zone };
}

function jsvKeptDateTime(value: DotNetDate): DotNetDate {
  if (value.ticks % (1440n * TICKS_PER_MINUTE) === 0n) return { ticks: value.ticks, zone: "unspecified" };
  return value.zone === "unspecified" ? { ticks: value.ticks, zone: 0 } : value;
}

/** Exactly the TimeSpan up to 10^15 ticks; beyond, a TimeSpan within a double's precision of it. */
function keptTimeSpan(text: string): unknown {
  const ticks = parseTimeSpanText(text)!;
  const magnitude = ticks < 0n ? -ticks : ticks;
  if (magnitude < 10n ** 15n) return text;
  const tolerance = magnitude / 2n ** 52n + 1n;
  return {
    asymmetricMatch: (read: unknown) => {
      const back = typeof read === "string" ? parseTimeSpanText(read) : undefined;
      return back !== undefined && back - ticks <= tolerance && ticks - back <= tolerance;
    },
    toString: () => `a TimeSpan within ${tolerance} ticks of ${text}`,
  };
}

function jsonKeptUntyped(value: unknown): unknown {
  if (typeof value === "number" && Number.isInteger(value) && !Number.isSafeInteger(value) && /^-?\d+$/.test(untypedNumberText(value))) return BigInt(value);
  if (typeof value === "bigint" && Number.isSafeInteger(Number(value))) return Number(value);
  return mapContainers(value, jsonKeptUntyped);
}

function jsvKeptUntyped(value: unknown): unknown {
  switch (typeof value) {
    case "number":
      return untypedNumberText(value);
    case "bigint":
      return String(value);
    case "boolean":
      return value ? "True" : "False";
  }
  if (Array.isArray(value) && value.length === 1 && value[0] === null) return [];
  return mapContainers(value, jsvKeptUntyped);
}

function mapContainers(value: unknown, keep: (item: unknown) => unknown): unknown {
  // A typed value (a decimal JSON read past a double's digits) is written and read as it is.
  if (isTyped(value)) return value;
  if (Array.isArray(value)) return value.map((item) => (item === null ? null : keep(item)));
  if (typeof value !== "object" || value === null) return value;
  const out = {};
  for (const [key, item] of Object.entries(value)) setOwn(out, key, keep(item));
  return out;
}
