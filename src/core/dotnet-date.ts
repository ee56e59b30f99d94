// .NET's `DateTime` and `DateTimeOffset` as text. evo-codec holds each as its round-trip ("o")
// text, 7 fractional digits, which keeps every tick and the kind: `2021-06-15T13:45:30.1234567Z`
// (Utc), `…+05:30` (Local, at that offset), no suffix (Unspecified); a DateTimeOffset always has
// its offset. The reference's wire forms are worked out here, in exact tick arithmetic (bigint),
// except where the reference itself goes through a double.

export const TICKS_PER_SECOND = 10_000_000n;
export const TICKS_PER_MINUTE = 60n * TICKS_PER_SECOND;
export const TICKS_PER_DAY = 86_400n * TICKS_PER_SECOND;
/** Ticks from 0001-01-01 to 1970-01-01. */
export const EPOCH = 621_355_968_000_000_000n;
/** 9999-12-31T23:59:59.9999999. */
export const MAX_TICKS = 3_155_378_975_999_999_999n;

/** Utc, Unspecified, or Local at an offset in minutes. */
export type DateZone = "utc" | "unspecified" | number;

/** A point in time as .NET holds it: the clock's ticks since 0001-01-01 and how to take them. */
export interface DotNetDate {
  readonly ticks: bigint;
  readonly zone: DateZone;
}

/** The "o" text of a date: `yyyy-MM-ddTHH:mm:ss.fffffff` and `Z`, `±hh:mm` or nothing. */
export function roundTripText(date: DotNetDate): string {
  return clockText(date.ticks, true) + zoneSuffix(date.zone, ":");
}

/**
 * A DateTime in JSON (spec §13.3): `\/Date(ms)\/` for Utc, `\/Date(ms±hhmm)\/` for Local, and
 * `\/Date(ms-0000)\/` for Unspecified (taken as the server's time, UTC). ms is the instant, worked
 * out as the reference works it: the ticks since 1970 as a double, times 0.0001, truncated.
 */
export function jsonDateTime(date: DotNetDate): string {
  const offset = typeof date.zone === "number" ? date.zone : 0;
  const instant = date.ticks - BigInt(offset) * TICKS_PER_MINUTE - EPOCH;
  const ms = Math.trunc(Number(instant) * 0.0001);
  const suffix = date.zone === "utc" ? "" : date.zone === "unspecified" ? "-0000" : zoneSuffix(date.zone, "");
  return `"\\/Date(${ms === 0 ? 0 : ms}${suffix})\\/"`;
}

/** A DateTimeOffset in JSON: `\/Date(ms±hhmm)\/`, ms the clock taken as UTC (in whole ticks), no suffix for +00:00. */
export function jsonDateTimeOffset(date: DotNetDate): string {
  const ms = (date.ticks - EPOCH) / 10_000n;
  return `"\\/Date(${ms}${date.zone === 0 ? "" : zoneSuffix(date.zone, "")})\\/"`;
}

/**
 * A DateTime in JSV and CSV (spec §13.3): midnight as the date alone, whatever the kind; otherwise
 * to the second, 7 fractional digits when there is a fraction, then `Z` (Utc) or the offset (Local
 * at its own, Unspecified at the server's, +00:00).
 */
export function jsvDateTime(date: DotNetDate): string {
  const timeOfDay = date.ticks % TICKS_PER_DAY;
  if (timeOfDay === 0n) return clockText(date.ticks, false).slice(0, 10);
  const suffix = date.zone === "utc" ? "Z" : date.zone === "unspecified" ? "+00:00" : zoneSuffix(date.zone, ":");
  return clockText(date.ticks, date.ticks % TICKS_PER_SECOND !== 0n) + suffix;
}

/** A DateTimeOffset in JSV and CSV: its "o" text. */
export function jsvDateTimeOffset(date: DotNetDate): string {
  return roundTripText(date);
}

/** A Utc date at a JavaScript time (milliseconds since 1970), or `undefined` outside 0001–9999. */
export function dateAtEpochMilliseconds(ms: number): DotNetDate | undefined {
  return Number.isSafeInteger(ms) ? inRange({ ticks: BigInt(ms) * 10_000n + EPOCH, zone: "utc" }) : undefined;
}

/** A date's instant in JavaScript time (milliseconds since 1970, ticks below a millisecond dropped; Unspecified taken as UTC). */
export function epochMilliseconds(date: DotNetDate): number {
  const ticks = instantTicks(date) - EPOCH;
  // Floor, not truncation: 1969-12-31T23:59:59.9999999Z is the millisecond before 1970.
  return Number(ticks >= 0n ? ticks / 10_000n : (ticks - 9_999n) / 10_000n);
}

/** The ticks of a DateTime's instant, for comparing dates of different kinds (Unspecified taken as UTC). */
export function instantTicks(date: DotNetDate): bigint {
  return date.ticks - (typeof date.zone === "number" ? BigInt(date.zone) * TICKS_PER_MINUTE : 0n);
}

/** `yyyy-MM-ddTHH:mm:ss`, then `.fffffff` when `fraction`. */
function clockText(ticks: bigint, fraction: boolean): string {
  const days = Number(ticks / TICKS_PER_DAY);
  const [year, month, day] = civilOf(days);
  const inDay = ticks % TICKS_PER_DAY;
  const seconds = Number(inDay / TICKS_PER_SECOND);
  const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(Math.floor(seconds / 3600), 2)}:${pad(Math.floor(seconds / 60) % 60, 2)}:${pad(seconds % 60, 2)}`;
  return fraction ? `${text}.${pad(Number(inDay % TICKS_PER_SECOND), 7)}` : text;
}

function zoneSuffix(zone: DateZone, colon: string): string {
  if (zone === "utc") return "Z";
  if (zone === "unspecified") return "";
  const sign = zone < 0 ? "-" : "+";
  const minutes = Math.abs(zone);
  return `${sign}${pad(Math.floor(minutes / 60), 2)}${colon}${pad(minutes % 60, 2)}`;
}

/** A date whose clock and instant both lie in 0001-01-01 to 9999-12-31, or `undefined`. */
export function inRange(date: DotNetDate): DotNetDate | undefined {
  const instant = instantTicks(date);
  return date.ticks < 0n || date.ticks > MAX_TICKS || instant < 0n || instant > MAX_TICKS ? undefined : date;
}

/** Days since 0001-01-01 of a proleptic Gregorian date, or `undefined` for one that does not exist. */
export function daysOf(year: number, month: number, day: number): number | undefined {
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  // Howard Hinnant's days_from_civil, shifted to count from 0001-01-01.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 306;
}

/** The [year, month, day] of a day counted from 0001-01-01. */
function civilOf(days: number): [number, number, number] {
  const z = days + 306;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

export function allDigits(text: string, from: number, to: number): boolean {
  if (to > text.length) return false;
  for (let i = from; i < to; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
