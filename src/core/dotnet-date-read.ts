import { allDigits, daysOf, EPOCH, inRange, isDigit, MAX_TICKS, TICKS_PER_DAY, TICKS_PER_MINUTE, TICKS_PER_SECOND, type DotNetDate } from "./dotnet-date.js";

// Reading .NET's `DateTime` and `DateTimeOffset` from every form the reference reads (spec §13.3),
// each taken as written: nothing is rounded, and a date that does not exist is refused.

/** The widest offset .NET allows: ±14:00. */
const MAX_OFFSET = 14 * 60;

/**
 * A date written in the forms a caller (or the value language) writes the "o" text: a date, a
 * time to the second with 0 to 7 fractional digits, and `Z`, an offset, or nothing. Offsets
 * make a Local date (a DateTimeOffset takes `Z` as +00:00).
 */
export function parseRoundTrip(text: string): DotNetDate | undefined {
  const date = parseIso(text, true);
  return date !== undefined && text.charCodeAt(10) === 0x54 ? date : undefined;
}

/**
 * A DateTime's text as the reference reads it (spec §13.3), taken as written: `/Date(ms)/` Utc,
 * `/Date(ms-0000)/` Unspecified (what the reference writes for one), `/Date(ms±hhmm)/` Local at
 * that offset; an ISO date with `Z` Utc, with an offset Local at it, with no zone Unspecified;
 * `yyyyMMdd` and `MM/dd/yyyy[ HH:mm:ss]` Unspecified. `undefined` for anything else, for more
 * than 7 fractional digits (which the reference rounds), and outside 0001-01-01 to 9999-12-31.
 */
export function parseDateTime(text: string): DotNetDate | undefined {
  const wcf = parseWcf(text);
  if (wcf !== undefined) {
    const { ms, offset } = wcf;
    // The reference's double arithmetic writes the last instants of 9999 as 10000-01-01T00:00:00Z
    // (253402300800000): that millisecond stands for DateTime.MaxValue.
    const ticks = BigInt(ms) * 10_000n + EPOCH === MAX_TICKS + 1n ? MAX_TICKS : BigInt(ms) * 10_000n + EPOCH;
    if (offset === undefined) return inRange({ ticks, zone: "utc" });
    if (offset === "-0000") return inRange({ ticks, zone: "unspecified" });
    return inRange({ ticks: ticks + BigInt(offset) * TICKS_PER_MINUTE, zone: offset });
  }
  return parseIso(text, false) ?? parseCompact(text) ?? parseUsDate(text);
}

/**
 * A DateTimeOffset's text: `/Date(ms±hhmm)/` (ms the clock taken as UTC, no suffix for +00:00), or
 * an ISO or `MM/dd/yyyy` date as {@link parseDateTime} reads it, where `Z` and no zone mean +00:00
 * (the server's zone).
 */
export function parseDateTimeOffset(text: string): DotNetDate | undefined {
  const wcf = parseWcf(text);
  if (wcf !== undefined) {
    const offset = wcf.offset === undefined || wcf.offset === "-0000" ? 0 : wcf.offset;
    // The reference writes DateTimeOffset.MaxValue as its last millisecond, and reads that back as MaxValue.
    const ticks = BigInt(wcf.ms) * 10_000n + EPOCH === MAX_TICKS - 9_999n ? MAX_TICKS : BigInt(wcf.ms) * 10_000n + EPOCH;
    return inRange({ ticks, zone: offset });
  }
  // `DateTimeOffset.Parse` takes no `yyyyMMdd`.
  const date = parseIso(text, false) ?? parseUsDate(text);
  return date === undefined ? undefined : { ticks: date.ticks, zone: typeof date.zone === "number" ? date.zone : 0 };
}

/** `/Date(ms)/` or `/Date(ms±hhmm)/` (a JSON string's `\/` already read as `/`). */
function parseWcf(text: string): { ms: number; offset: number | "-0000" | undefined } | undefined {
  if (!text.startsWith("/Date(") || !text.endsWith(")/")) return undefined;
  const inner = text.slice(6, -2);
  let end = inner.charCodeAt(0) === 0x2d ? 1 : 0;
  const digitsStart = end;
  while (end < inner.length && isDigit(inner.charCodeAt(end))) end++;
  if (end === digitsStart || end - digitsStart > 16) return undefined;
  const ms = Number(inner.slice(0, end));
  if (end === inner.length) return { ms, offset: undefined };
  const zone = inner.slice(end);
  if (zone.length !== 5 || (zone[0] !== "+" && zone[0] !== "-") || !allDigits(zone, 1, 5)) return undefined;
  if (zone === "-0000") return { ms, offset: "-0000" };
  const offset = offsetMinutes(zone[0] === "-", Number(zone.slice(1, 3)), Number(zone.slice(3, 5)));
  return offset === undefined ? undefined : { ms, offset };
}

/**
 * `yyyy-MM-dd`, then (`T` or a space) `HH:mm[:ss[.f…]]` and `Z`, `±hh:mm` or `±hhmm`. `strict`:
 * only the "o" layout (`T`, seconds, at most 7 fractional digits, `±hh:mm`).
 */
function parseIso(text: string, strict: boolean): DotNetDate | undefined {
  if (text.length < 10 || text[4] !== "-" || text[7] !== "-" || !allDigits(text, 0, 4) || !allDigits(text, 5, 7) || !allDigits(text, 8, 10)) return undefined;
  const days = daysOf(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));
  if (days === undefined) return undefined;
  if (text.length === 10) return strict ? undefined : { ticks: BigInt(days) * TICKS_PER_DAY, zone: "unspecified" };
  const separator = text[10];
  if (separator !== "T" && (strict || separator !== " ")) return undefined;
  let pos = 11;
  if (!allDigits(text, pos, pos + 2) || text[pos + 2] !== ":" || !allDigits(text, pos + 3, pos + 5)) return undefined;
  const hours = Number(text.slice(pos, pos + 2));
  const minutes = Number(text.slice(pos + 3, pos + 5));
  pos += 5;
  let seconds = 0;
  let fraction = 0n;
  if (text[pos] === ":") {
    if (!allDigits(text, pos + 1, pos + 3)) return undefined;
    seconds = Number(text.slice(pos + 1, pos + 3));
    pos += 3;
    if (text[pos] === ".") {
      const start = ++pos;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) pos++;
      // More than 7 digits is finer than a tick: the reference rounds, evo-codec refuses.
      if (pos === start || pos - start > 7) return undefined;
      fraction = BigInt(text.slice(start, pos).padEnd(7, "0"));
    }
  } else if (strict) {
    return undefined;
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const ticks = BigInt(days) * TICKS_PER_DAY + BigInt((hours * 60 + minutes) * 60 + seconds) * TICKS_PER_SECOND + fraction;
  const zoneText = text.slice(pos);
  if (zoneText === "") return { ticks, zone: "unspecified" };
  if (zoneText === "Z") return { ticks, zone: "utc" };
  const negative = zoneText[0] === "-";
  if (!negative && zoneText[0] !== "+") return undefined;
  const colon = zoneText.length === 6 && zoneText[3] === ":";
  if (!(colon && allDigits(zoneText, 1, 3) && allDigits(zoneText, 4, 6)) && (strict || zoneText.length !== 5 || !allDigits(zoneText, 1, 5))) return undefined;
  const offset = offsetMinutes(negative, Number(zoneText.slice(1, 3)), Number(zoneText.slice(colon ? 4 : 3, colon ? 6 : 5)));
  return offset === undefined ? undefined : inRange({ ticks, zone: offset });
}

/** `yyyyMMdd`. */
function parseCompact(text: string): DotNetDate | undefined {
  if (text.length !== 8 || !allDigits(text, 0, 8)) return undefined;
  const days = daysOf(Number(text.slice(0, 4)), Number(text.slice(4, 6)), Number(text.slice(6, 8)));
  return days === undefined ? undefined : { ticks: BigInt(days) * TICKS_PER_DAY, zone: "unspecified" };
}

/** `MM/dd/yyyy` and `MM/dd/yyyy HH:mm:ss`, the invariant culture's order. */
function parseUsDate(text: string): DotNetDate | undefined {
  if ((text.length !== 10 && text.length !== 19) || text[2] !== "/" || text[5] !== "/" || !allDigits(text, 0, 2) || !allDigits(text, 3, 5) || !allDigits(text, 6, 10)) {
    return undefined;
  }
  const days = daysOf(Number(text.slice(6, 10)), Number(text.slice(0, 2)), Number(text.slice(3, 5)));
  if (days === undefined) return undefined;
  if (text.length === 10) return { ticks: BigInt(days) * TICKS_PER_DAY, zone: "unspecified" };
  const time = parseIso(`0001-01-01T${text.slice(11)}`, true);
  return time === undefined || text[10] !== " " ? undefined : { ticks: BigInt(days) * TICKS_PER_DAY + time.ticks, zone: "unspecified" };
}

function offsetMinutes(negative: boolean, hours: number, minutes: number): number | undefined {
  const total = hours * 60 + minutes;
  if (minutes > 59 || total > MAX_OFFSET) return undefined;
  return negative ? -total : total;
}
