import { decimalOfNumber, parseDecimal } from "../core/decimal.js";
import { roundTripText, type DotNetDate } from "../core/dotnet-date.js";
import { parseDateTime, parseDateTimeOffset, parseRoundTrip } from "../core/dotnet-date-read.js";
import { Failure } from "../core/errors.js";
import { parseGuid } from "../core/guid.js";
import { describeValue, quoteText } from "../core/objects.js";
import { parseSeconds, parseTimeSpanText, parseXsdDuration, timeSpanText } from "../core/timespan.js";

// decimal, DateTime, DateTimeOffset, TimeSpan, Guid and char, whatever the format: what an
// encoder takes (and the form its writer gets), and what a decoder makes of a value's text.

function textOf(value: unknown, what: string): string {
  if (typeof value !== "string") throw new Failure("type-mismatch", `expected ${what}, got ${describeValue(value)}`, -1);
  return value;
}

/** A decimal's canonical text, from that text or a number that is exactly a decimal. */
export function checkDecimal(value: unknown): string {
  if (typeof value === "number") {
    const exact = decimalOfNumber(value);
    if (exact === undefined) throw new Failure("invalid-number", `${value} is not exactly a decimal: give its text ("0.1")`, -1);
    return exact;
  }
  const text = textOf(value, "a decimal's text or a number");
  if (parseDecimal(text) !== text) throw new Failure("invalid-number", `${quoteText(text)} is not a decimal's invariant text (such as "1.10")`, -1);
  return text;
}

/** A DateTime's "o" text (0 to 7 fractional digits), as the date the writers spell. */
export function checkDateTime(value: unknown): DotNetDate {
  const date = parseRoundTrip(textOf(value, `a DateTime's "o" text`));
  if (date === undefined) throw new Failure("invalid-value", `${quoteText(value as string)} is not a DateTime's "o" text (2021-06-15T13:45:30.1234567Z)`, -1);
  return date;
}

/** A DateTimeOffset's "o" text, with its offset (`Z` is +00:00). */
export function checkDateTimeOffset(value: unknown): DotNetDate {
  const date = parseRoundTrip(textOf(value, `a DateTimeOffset's "o" text`));
  if (date === undefined || date.zone === "unspecified") {
    throw new Failure("invalid-value", `${quoteText(value as string)} is not a DateTimeOffset's "o" text with its offset (2021-06-15T13:45:30.1234567+05:30)`, -1);
  }
  return date.zone === "utc" ? { ticks: date.ticks, zone: 0 } : date;
}

/** A TimeSpan's "c" text, as its ticks. */
export function checkTimeSpan(value: unknown): bigint {
  const ticks = parseTimeSpanText(textOf(value, `a TimeSpan's "c" text`));
  if (ticks === undefined) throw new Failure("invalid-value", `${quoteText(value as string)} is not a TimeSpan's "c" text ([-][d.]hh:mm:ss[.fffffff])`, -1);
  return ticks;
}

/** A Guid's text (any form .NET reads, any letter case), as its canonical "D" text. */
export function checkGuid(value: unknown): string {
  const guid = parseGuid(textOf(value, "a Guid's text"));
  if (guid === undefined) throw new Failure("invalid-value", `${quoteText(value as string)} is not a Guid`, -1);
  return guid;
}

/** A char: a string of one UTF-16 code unit. */
export function checkChar(value: unknown): string {
  const text = textOf(value, "a char (a string of one UTF-16 code unit)");
  if (text.length !== 1) throw new Failure("invalid-value", `a char is one UTF-16 code unit, not ${quoteText(text)}`, -1);
  return text;
}

/** Each kind's reading of a value's text (a JSON string's content, a JSV scalar), throwing a `Failure` at `at`. */
export const READ_TEXT = {
  decimal: (text: string, at: number): string => {
    const value = parseDecimal(text);
    if (value === undefined) throw new Failure("invalid-number", `${quoteText(text)} is not a decimal (at most 28 places, ±79228162514264337593543950335)`, at);
    return value;
  },
  dateTime: (text: string, at: number): string => {
    const date = parseDateTime(text);
    if (date === undefined) throw new Failure("invalid-value", `${quoteText(text)} is not a DateTime`, at);
    return roundTripText(date);
  },
  dateTimeOffset: (text: string, at: number): string => {
    const date = parseDateTimeOffset(text);
    if (date === undefined) throw new Failure("invalid-value", `${quoteText(text)} is not a DateTimeOffset`, at);
    return roundTripText(date);
  },
  timeSpan: (text: string, at: number): string => {
    const first = text.charCodeAt(text.charCodeAt(0) === 0x2d ? 1 : 0);
    const ticks = first === 0x50 ? parseXsdDuration(text) : text.includes(":") ? parseTimeSpanText(text) : parseSeconds(text);
    if (ticks === undefined) throw new Failure("invalid-value", `${quoteText(text)} is not a TimeSpan (an XSD duration such as PT1H30M)`, at);
    return timeSpanText(ticks);
  },
  guid: (text: string, at: number): string => {
    const guid = parseGuid(text);
    if (guid === undefined) throw new Failure("invalid-value", `${quoteText(text)} is not a Guid`, at);
    return guid;
  },
  char: (text: string, at: number): string => {
    if (text.length !== 1) throw new Failure("invalid-value", `a char is one UTF-16 code unit, not ${quoteText(text)}`, at);
    return text;
  },
};
