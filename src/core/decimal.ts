// .NET's `decimal`: a 96-bit integer and a scale of 0 to 28 decimal places, written in invariant
// digits that keep the scale (`1.10`, `0.0000001`). evo-codec holds one as that text, so nothing
// is ever rounded: a text or number that needs rounding to fit is refused instead.

/** The largest `decimal`: 2^96 − 1. */
const MAX_MANTISSA = 79228162514264337593543950335n;
const MAX_SCALE = 28;

/**
 * The canonical text of a decimal read from `text`: an optional sign, digits with an optional
 * fraction, and an optional exponent (`1e-7`, `1E+3`), as `decimal.Parse` takes it with
 * `NumberStyles.Float`. The scale is kept (`1.10`), an exponent folded in (`1E+3` → `1000`), a
 * negative zero unsigned. `undefined` for anything else, and for a value a decimal holds only
 * rounded (more than 28 places, or beyond ±79228162514264337593543950335).
 */
export function parseDecimal(text: string): string | undefined {
  const n = text.length;
  let i = 0;
  let negative = false;
  if (text.charCodeAt(0) === 0x2d || text.charCodeAt(0) === 0x2b) negative = text.charCodeAt(i++) === 0x2d;
  const intStart = i;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  const intDigits = text.slice(intStart, i);
  let fraction = "";
  if (i < n && text.charCodeAt(i) === 0x2e) {
    const fractionStart = ++i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    fraction = text.slice(fractionStart, i);
  }
  if (intDigits.length + fraction.length === 0) return undefined;
  let exponent = 0;
  if (i < n && (text.charCodeAt(i) === 0x65 || text.charCodeAt(i) === 0x45)) {
    i++;
    let exponentNegative = false;
    if (text.charCodeAt(i) === 0x2d || text.charCodeAt(i) === 0x2b) exponentNegative = text.charCodeAt(i++) === 0x2d;
    const exponentStart = i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    // Past a few hundred the value cannot be a decimal anyway; the cut keeps the number small.
    if (i === exponentStart || i - exponentStart > 4) return undefined;
    exponent = Number(text.slice(exponentStart, i)) * (exponentNegative ? -1 : 1);
  }
  if (i !== n) return undefined;
  let digits = intDigits + fraction;
  let scale = fraction.length - exponent;
  if (scale < 0) {
    if (-scale > MAX_SCALE + 1) return isZero(digits) ? "0" : undefined;
    digits += "0".repeat(-scale);
    scale = 0;
  }
  return canonical(negative, digits, scale);
}

/**
 * The canonical text of a decimal that is exactly the number `value`, with the fewest places
 * (`0.5`, `1.25`, `42`); `undefined` when no decimal is (`0.1` is 0.1000000000000000055…, NaN).
 */
export function decimalOfNumber(value: number): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  if (Number.isSafeInteger(value)) return canonical(value < 0, String(Math.abs(value)), 0);
  // value = mantissa × 2^exponent, exactly.
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fractionBits = bits & ((1n << 52n) - 1n);
  const mantissa = biased === 0 ? fractionBits : fractionBits | (1n << 52n);
  const exponent = (biased === 0 ? 1 : biased) - 1075;
  if (exponent >= 0) return canonical(value < 0, String(mantissa << BigInt(exponent)), 0);
  // m / 2^k = m × 5^k / 10^k.
  let digits = mantissa * 5n ** BigInt(-exponent);
  let scale = -exponent;
  while (scale > 0 && digits % 10n === 0n) {
    digits /= 10n;
    scale--;
  }
  return canonical(value < 0, String(digits), scale);
}

function canonical(negative: boolean, digits: string, scale: number): string | undefined {
  if (scale > MAX_SCALE) return undefined;
  let start = 0;
  while (start < digits.length - scale - 1 && digits.charCodeAt(start) === 0x30) start++;
  let kept = digits.slice(start);
  if (kept.length - scale > 30 || BigInt(kept) > MAX_MANTISSA) return undefined;
  if (kept.length <= scale) kept = "0".repeat(scale - kept.length + 1) + kept;
  const text = scale === 0 ? kept : kept.slice(0, kept.length - scale) + "." + kept.slice(kept.length - scale);
  return negative && !isZero(kept) ? "-" + text : text;
}

function isZero(digits: string): boolean {
  for (let i = 0; i < digits.length; i++) if (digits.charCodeAt(i) !== 0x30) return false;
  return true;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
