// .NET's `TimeSpan`. evo-codec holds one as its constant ("c") text, `[-][d.]hh:mm:ss[.fffffff]`,
// which keeps every tick; the reference writes an XSD duration (`P1DT2H3M4.5S`) in every format.

const TICKS_PER_SECOND = 10_000_000n;
const MAX = 2n ** 63n - 1n;
const MIN = -(2n ** 63n);
/** The reference writes the extremes as fixed texts (their seconds do not survive its double arithmetic). */
const MAX_XSD = "P10675199DT2H48M5.4775391S";
const MIN_XSD = "-P10675199DT2H48M5.4775391S";

/** The "c" text of a number of ticks: `1.02:03:04.5000000`, `-00:00:00.0000001`, `00:00:00`. */
export function timeSpanText(ticks: bigint): string {
  const negative = ticks < 0n;
  const magnitude = negative ? -ticks : ticks;
  const fraction = magnitude % TICKS_PER_SECOND;
  let seconds = magnitude / TICKS_PER_SECOND;
  const days = seconds / 86_400n;
  seconds %= 86_400n;
  const clock = `${pad(seconds / 3600n)}:${pad((seconds / 60n) % 60n)}:${pad(seconds % 60n)}`;
  return `${negative ? "-" : ""}${days > 0n ? `${days}.` : ""}${clock}${fraction > 0n ? `.${String(fraction).padStart(7, "0")}` : ""}`;
}

/**
 * The ticks of a "c"-style text, as `TimeSpan.Parse` reads it: `[-][d.]hh:mm[:ss[.f{1,7}]]`;
 * `undefined` for anything else or a value out of range.
 */
export function parseTimeSpanText(text: string): bigint | undefined {
  let pos = 0;
  const negative = text[0] === "-";
  if (negative) pos++;
  const parts: bigint[] = [];
  let fraction = 0n;
  let dayPart: bigint | undefined;
  for (;;) {
    const start = pos;
    while (pos < text.length && isDigit(text.charCodeAt(pos))) pos++;
    if (pos === start || pos - start > 8) return undefined;
    const number = BigInt(text.slice(start, pos));
    if (text[pos] === "." && parts.length === 0 && dayPart === undefined && text.indexOf(":", pos) > pos) {
      dayPart = number;
      pos++;
      continue;
    }
    parts.push(number);
    if (text[pos] === ":" && parts.length < 3) {
      pos++;
      continue;
    }
    if (text[pos] === "." && parts.length === 3) {
      const fractionStart = ++pos;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) pos++;
      if (pos === fractionStart || pos - fractionStart > 7) return undefined;
      fraction = BigInt(text.slice(fractionStart, pos).padEnd(7, "0"));
    }
    break;
  }
  if (pos !== text.length || parts.length < 2) return undefined;
  const [hours, minutes, seconds = 0n] = parts as [bigint, bigint, bigint?];
  if (hours > 23n || minutes > 59n || seconds > 59n) return undefined;
  const magnitude = (((dayPart ?? 0n) * 24n + hours) * 60n + minutes) * 60n * TICKS_PER_SECOND + seconds * TICKS_PER_SECOND + fraction;
  return inRange(negative ? -magnitude : magnitude);
}

/**
 * The XSD duration the reference writes (`ToXsdDuration`): days, hours, minutes and seconds, the
 * seconds (with their fraction) worked out in doubles and written to at most 7 places, which loses
 * ticks past about 2^53 (some 28 years). `PT0S` for zero.
 */
export function xsdDuration(ticks: bigint): string {
  if (ticks === MAX) return MAX_XSD;
  if (ticks === MIN) return MIN_XSD;
  const magnitude = Number(ticks < 0n ? -ticks : ticks);
  const totalSeconds = magnitude / 10_000_000;
  const whole = Math.trunc(totalSeconds);
  const second = whole % 60;
  const minute = Math.trunc(whole / 60) % 60;
  const hour = Math.trunc(whole / 3600) % 24;
  const day = Math.trunc(whole / 86_400);
  const remaining = second + (totalSeconds - whole);
  let out = ticks < 0n ? "-P" : "P";
  if (day > 0) out += `${day}D`;
  if (day === 0 || hour + minute + second + remaining > 0) {
    out += "T";
    if (hour > 0) out += `${hour}H`;
    if (minute > 0) out += `${minute}M`;
    if (remaining > 0) out += `${secondsText(remaining)}S`;
    else if (out.length === 2) out += "0S";
  }
  return out;
}

/**
 * `{0:0.0000000}` of a double, trailing zeros and point trimmed: .NET formats a double for a
 * custom format from its 15 significant digits, then rounds those to 7 places (half away from zero).
 */
function secondsText(value: number): string {
  const [mantissa, exponentText] = value.toExponential(14).split("e") as [string, string];
  const exponent = Number(exponentText);
  const digits = mantissa.replace(".", "");
  // The 15 digits as an integer count of 10^(exponent - 14).
  let scaled = BigInt(digits);
  const shift = exponent - 14 + 7;
  if (shift >= 0) scaled *= 10n ** BigInt(shift);
  else {
    const unit = 10n ** BigInt(-shift);
    scaled = (scaled + unit / 2n) / unit;
  }
  const text = String(scaled).padStart(8, "0");
  let end = text.length;
  while (end > text.length - 7 && text.charCodeAt(end - 1) === 0x30) end--;
  const whole = text.slice(0, -7);
  return end === text.length - 7 ? whole : `${whole}.${text.slice(text.length - 7, end)}`;
}

/**
 * The ticks of an XSD duration as the reference reads one (`FromXsdDuration`): `[-]P[nD][T[nH][nM][n[.n]S]]`,
 * the seconds exact to 7 places. `undefined` for anything else, a value out of range, and a
 * fraction finer than a tick (which the reference truncates).
 */
export function parseXsdDuration(text: string): bigint | undefined {
  if (text === MAX_XSD) return MAX;
  if (text === MIN_XSD) return MIN;
  const negative = text[0] === "-";
  let pos = negative ? 1 : 0;
  if (text[pos] !== "P") return undefined;
  pos++;
  let total = 0n;
  let inTime = false;
  const seen = new Set<string>();
  while (pos < text.length) {
    if (text[pos] === "T" && !inTime) {
      inTime = true;
      pos++;
      continue;
    }
    const start = pos;
    while (pos < text.length && isDigit(text.charCodeAt(pos))) pos++;
    let fraction = "";
    if (text[pos] === "." && inTime) {
      const fractionStart = ++pos;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) pos++;
      fraction = text.slice(fractionStart, pos);
      if (fraction === "" || fraction.length > 7) return undefined;
    }
    const digits = text.slice(start, fraction === "" ? pos : pos - fraction.length - 1);
    const unit = text[pos++];
    if (digits === "" || digits.length > 15 || unit === undefined || seen.has(`${inTime}${unit}`)) return undefined;
    seen.add(`${inTime}${unit}`);
    const amount = BigInt(digits);
    if (fraction !== "" && unit !== "S") return undefined;
    if (!inTime && unit === "D") total += amount * 86_400n * TICKS_PER_SECOND;
    else if (inTime && unit === "H") total += amount * 3600n * TICKS_PER_SECOND;
    else if (inTime && unit === "M") total += amount * 60n * TICKS_PER_SECOND;
    else if (inTime && unit === "S") total += amount * TICKS_PER_SECOND + BigInt(fraction.padEnd(7, "0"));
    else return undefined;
  }
  return inRange(negative ? -total : total);
}

/** A number of seconds (`3600`, `1.5`), which the reference reads as an `NSTimeInterval`: exact to 7 places. */
export function parseSeconds(text: string): bigint | undefined {
  const negative = text[0] === "-";
  const body = negative ? text.slice(1) : text;
  const point = body.indexOf(".");
  const whole = point < 0 ? body : body.slice(0, point);
  const fraction = point < 0 ? "" : body.slice(point + 1);
  if (whole === "" || whole.length > 12 || fraction.length > 7 || (point >= 0 && fraction === "")) return undefined;
  for (const c of whole + fraction) if (!isDigit(c.charCodeAt(0))) return undefined;
  const ticks = BigInt(whole) * TICKS_PER_SECOND + BigInt(fraction.padEnd(7, "0"));
  return inRange(negative ? -ticks : ticks);
}

function inRange(ticks: bigint): bigint | undefined {
  return ticks > MAX || ticks < MIN ? undefined : ticks;
}

function pad(value: bigint): string {
  return String(value).padStart(2, "0");
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
