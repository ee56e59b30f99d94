import { dateAtEpochMilliseconds, epochMilliseconds, roundTripText } from "../core/dotnet-date.js";
import { parseDateTime } from "../core/dotnet-date-read.js";
import { described, type Standard } from "./standard.js";
import type { CharSchema, DateTimeOffsetSchema, DateTimeSchema, DecimalSchema, GuidSchema, Schema, TimeSpanSchema, TypedValue, UntypedSchema } from "./nodes.js";

// The .NET types beyond numbers and strings that a ServiceStack DTO uses: decimal, DateTime,
// DateTimeOffset, TimeSpan, Guid, char, and untyped `object` values. Each is held as the text that
// keeps it exactly (see nodes.ts); the formats write them as the reference does.

const DECIMAL = /* @__PURE__ */ described<DecimalSchema>({ kind: "decimal" });
const DATE_TIME = /* @__PURE__ */ described<DateTimeSchema>({ kind: "dateTime" });
const DATE_TIME_OFFSET = /* @__PURE__ */ described<DateTimeOffsetSchema>({ kind: "dateTimeOffset" });
const TIME_SPAN = /* @__PURE__ */ described<TimeSpanSchema>({ kind: "timeSpan" });
const GUID = /* @__PURE__ */ described<GuidSchema>({ kind: "guid" });
const CHAR = /* @__PURE__ */ described<CharSchema>({ kind: "char" });
const UNTYPED = /* @__PURE__ */ described<UntypedSchema>({ kind: "untyped" });

/**
 * A .NET `decimal`, held as its invariant text with its scale (`"1.10"`): a `number` could not keep
 * `1.10` apart from `1.1`, nor 29 digits. Encoders also take a `number` that is exactly a decimal
 * (`0.5`; not `0.1`, which is 0.1000000000000000055…), written with the fewest places.
 */
export function decimal(): Standard<DecimalSchema> {
  return DECIMAL;
}

/**
 * A .NET `DateTime`, held as its round-trip ("o") text: `"2021-06-15T13:45:30.1234567Z"` (Utc),
 * `"…+05:30"` (Local, at that offset), `"…"` with no suffix (Unspecified). A JavaScript `Date`
 * would drop the ticks below a millisecond and the kind; `dateTimeFromDate` and `dateTimeToDate`
 * convert where that loss is acceptable.
 */
export function dateTime(): Standard<DateTimeSchema> {
  return DATE_TIME;
}

/** A .NET `DateTimeOffset`, held as its "o" text with its offset: `"2021-06-15T13:45:30.1234567+05:30"`. */
export function dateTimeOffset(): Standard<DateTimeOffsetSchema> {
  return DATE_TIME_OFFSET;
}

/** A .NET `TimeSpan`, held as its constant ("c") text: `"1.02:03:04.5000000"`, `"-00:00:01"`. */
export function timeSpan(): Standard<TimeSpanSchema> {
  return TIME_SPAN;
}

/** A .NET `Guid`, held as lower-case "D" text: `"0f8fad5b-d9cb-469f-a165-70867728950e"`. */
export function guid(): Standard<GuidSchema> {
  return GUID;
}

/** A .NET `char`: a string of exactly one UTF-16 code unit. */
export function char(): Standard<CharSchema> {
  return CHAR;
}

/**
 * A .NET `object` member: any value, written by what it is (a string, a number, a bigint, a
 * boolean, an array for `List<object>`, a plain object for `Dictionary<string, object>` or a class
 * with its `__type` key, `null` as a list element), or a {@link typed} value. Decoders give plain
 * JavaScript values back; JSV, which has no types, gives strings for every scalar.
 */
export function untyped(): Standard<UntypedSchema> {
  return UNTYPED;
}

const TYPED: unique symbol = Symbol.for("evo-codec.typed");

/**
 * A value of a described type inside an untyped slot, for the .NET types JavaScript has no value
 * of its own for: `typed(dateTime(), "2021-06-15T13:45:30.0000000Z")`, `typed(decimal(), "1.10")`.
 * It is written as that type is.
 */
export function typed(schema: Schema, value: unknown): TypedValue {
  return Object.freeze({ [TYPED]: true, schema, value });
}

/** Whether a value was made by {@link typed}. */
export function isTyped(value: unknown): value is TypedValue {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[TYPED] === true;
}

/**
 * A JavaScript `Date` as a Utc DateTime's "o" text (`2021-06-15T13:45:30.1230000Z`): exact, since a
 * `Date` holds whole milliseconds. A `RangeError` for an invalid date or one outside 0001–9999.
 */
export function dateTimeFromDate(date: Date): string {
  const utc = dateAtEpochMilliseconds(date.getTime());
  if (utc === undefined) throw new RangeError(`${String(date)} is not a DateTime (0001-01-01 to 9999-12-31)`);
  return roundTripText(utc);
}

/**
 * A DateTime's (or DateTimeOffset's) text as a JavaScript `Date`, which is lossy: the ticks below a
 * millisecond are dropped, and the kind forgotten (a Local date's offset is applied; an Unspecified
 * one is taken as UTC). A `RangeError` for text that is not a date.
 */
export function dateTimeToDate(text: string): Date {
  const date = parseDateTime(text);
  if (date === undefined) throw new RangeError(`${JSON.stringify(text.slice(0, 80))} is not a DateTime`);
  return new Date(epochMilliseconds(date));
}
