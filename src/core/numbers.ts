// The reference's spelling of `double` and `float` (a .NET Core 3.0+ host, spec §13.2): the
// shortest digits that read back to the same value, in plain notation while the decimal exponent
// is above -5 and below the larger of the digit count and 15 (7 for float), otherwise
// `d.dddE+XX` with a sign and at least two exponent digits. NaN and the infinities are bare words.

/** A `double` as the reference writes it: `0.1`, `1E+16`, `1E-05`, `-0`, `NaN`, `-Infinity`. */
export function formatDouble(value: number): string {
  if (!Number.isFinite(value) || value === 0) return specialSpelling(value);
  // From 1E-03 to below 1E+15 both write the shortest digits in plain notation, as String() does fastest.
  const magnitude = value < 0 ? -value : value;
  if (magnitude >= 0.001 && magnitude < 1e15) return String(value);
  // toExponential() with no argument gives the shortest digits that round-trip.
  return dotNetNotation(value.toExponential(), 15);
}

/** A `float` (a value exactly representable in binary32) with its own shortest digits: `0.1`, `3.4028235E+38`. */
export function formatFloat(value: number): string {
  if (!Number.isFinite(value) || value === 0) return specialSpelling(value);
  for (let digits = 1; digits < 9; digits++) {
    const nearest = value.toExponential(digits - 1);
    if (Math.fround(Number(nearest)) === value) return dotNetNotation(nearest, 7);
    // At a power of two the float's interval is narrower below it than above: the nearest
    // decimal of this length may fall outside while its neighbour on the other side is inside.
    const unit = 10 ** (Number(nearest.slice(nearest.indexOf("e") + 1)) - digits + 1);
    const neighbour = (Number(nearest) + (value > Number(nearest) ? unit : -unit)).toExponential(digits - 1);
    if (Math.fround(Number(neighbour)) === value) return dotNetNotation(neighbour, 7);
  }
  return dotNetNotation(value.toExponential(8), 7);
}

/**
 * A number in an untyped (`object`) slot, as the reference writes the .NET value it stands for:
 * a safe integer as an `int`/`long` (digits), anything else as a `double`.
 */
export function untypedNumberText(value: number): string {
  return Number.isSafeInteger(value) && !Object.is(value, -0) ? String(value) : formatDouble(value);
}

function specialSpelling(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "Infinity";
  if (value === -Infinity) return "-Infinity";
  return Object.is(value, -0) ? "-0" : "0";
}

/** Rewrites JavaScript's exponent form (`-1.25e+2`) in .NET's general notation. */
function dotNetNotation(exponential: string, precision: number): string {
  const negative = exponential.charCodeAt(0) === 0x2d;
  const e = exponential.indexOf("e");
  const mantissa = exponential.slice(negative ? 1 : 0, e);
  const exponent = Number(exponential.slice(e + 1));
  const digits = mantissa.length > 1 ? mantissa.charAt(0) + mantissa.slice(2) : mantissa;
  const sign = negative ? "-" : "";
  if (exponent > -5 && exponent < Math.max(digits.length, precision)) {
    if (exponent < 0) return sign + "0." + "0".repeat(-exponent - 1) + digits;
    if (digits.length <= exponent + 1) return sign + digits + "0".repeat(exponent + 1 - digits.length);
    return sign + digits.slice(0, exponent + 1) + "." + digits.slice(exponent + 1);
  }
  // d.dddE+XX: JavaScript's own mantissa, the exponent signed and of at least two digits.
  const magnitude = exponent < 0 ? -exponent : exponent;
  return exponential.slice(0, e) + (exponent < 0 ? (magnitude < 10 ? "E-0" : "E-") : magnitude < 10 ? "E+0" : "E+") + magnitude;
}

/**
 * Reads a number as .NET's `double.Parse` does for the text the reference writes and the
 * spellings it accepts: an optional sign, digits with an optional fraction and exponent, or
 * `NaN`, `Infinity`, `-Infinity`. `undefined` for anything else, and for a finite text too large
 * for a double (which would become an infinity: silently wrong, so refused).
 */
export function parseDotNetNumber(text: string): number | undefined {
  if (text === "NaN") return NaN;
  if (text === "Infinity") return Infinity;
  if (text === "-Infinity") return -Infinity;
  if (!isDecimalNumber(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** `[+-]digits[.digits][(e|E)[+-]digits]`: scanned by character code, no regular expression. */
export function isDecimalNumber(text: string): boolean {
  let i = 0;
  const n = text.length;
  const at = (k: number) => (k < n ? text.charCodeAt(k) : -1);
  if (at(i) === 0x2b || at(i) === 0x2d) i++;
  const intStart = i;
  while (isDigit(at(i))) i++;
  let digits = i - intStart;
  if (at(i) === 0x2e) {
    const fractionStart = ++i;
    while (isDigit(at(i))) i++;
    digits += i - fractionStart;
  }
  if (digits === 0) return false;
  if (at(i) === 0x65 || at(i) === 0x45) {
    i++;
    if (at(i) === 0x2b || at(i) === 0x2d) i++;
    const exponentStart = i;
    while (isDigit(at(i))) i++;
    if (i === exponentStart) return false;
  }
  return i === n;
}

/** An optional `-` and digits only: what an integer member accepts in every format. */
export function isIntegerLiteral(text: string): boolean {
  let i = text.charCodeAt(0) === 0x2d ? 1 : 0;
  if (i === text.length) return false;
  for (; i < text.length; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
