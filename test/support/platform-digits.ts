import { expect } from "vitest";

// The vectors were recorded on Mono, which spells some doubles and floats with 15 (7 or 9) digits
// where .NET Core, evo-codec's target (spec §13.2), writes the shortest digits that read back to the
// same value. A line lists such members in `platformSensitive`: there evo-codec's text must follow
// the shortest-digits rule, and may differ from the recorded text.

export interface PlatformNumber {
  readonly path: string;
  readonly value: number;
  readonly float: boolean;
}

const NUMBER_CHARS = "0123456789.+-E";

/**
 * Asserts that `ours` is `recorded` except at number tokens of `platform` members, where ours
 * follows the shortest-digits rule and the recorded token is the same value to Mono's 15 (float:
 * 7) digits. Returns, per platform path, the recorded token (a decoder reading `recorded` gives it).
 */
/**
 * A deliberate difference the caller allows at a place where the texts differ: how far to step
 * in each text (`[ours, recorded]`) when it is one, else `undefined`.
 */
export type Tolerance = (ours: string, i: number, recorded: string, j: number) => readonly [number, number] | undefined;

export function expectSameText(ours: string, recorded: string, platform: readonly PlatformNumber[], tolerances: readonly Tolerance[] = []): Map<string, string> {
  const recordedAt = new Map<string, string>();
  const pending = [...platform];
  let i = 0;
  let j = 0;
  while (i < ours.length || j < recorded.length) {
    if (ours[i] === recorded[j] && i < ours.length) {
      i++;
      j++;
      continue;
    }
    const tolerated = tolerances.map((tolerate) => tolerate(ours, i, recorded, j)).find((step) => step !== undefined);
    if (tolerated !== undefined) {
      i += tolerated[0];
      j += tolerated[1];
      continue;
    }
    // Back up to the start of the number both texts are in, then take each side's whole token.
    let back = 0;
    while (i - back > 0 && NUMBER_CHARS.includes(ours[i - back - 1]!)) back++;
    const ourEnd = tokenEnd(ours, i);
    const recordedEnd = tokenEnd(recorded, j);
    const mine = ours.slice(i - back, ourEnd);
    const theirs = recorded.slice(j - back, recordedEnd);
    const index = pending.findIndex((p) => Object.is(Number(mine), p.value) || (p.float && Math.fround(Number(mine)) === p.value));
    if (index < 0) {
      // Not a platform difference: show the texts as they differ.
      expect(ours).toBe(recorded);
      return recordedAt;
    }
    const member = pending.splice(index, 1)[0]!;
    expect(mine, `${member.path}: the shortest-digits spelling`).toBe(shortestSpelling(member.value, member.float));
    expect(Number(theirs).toPrecision(member.float ? 7 : 15), `${member.path}: the recorded (Mono) spelling`).toBe(member.value.toPrecision(member.float ? 7 : 15));
    recordedAt.set(member.path, theirs);
    i = ourEnd;
    j = recordedEnd;
  }
  return recordedAt;
}

function tokenEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && NUMBER_CHARS.includes(text[end]!)) end++;
  return end;
}

/**
 * The rule of types-README ("platformSensitive"), written independently of src/core/numbers.ts:
 * the fewest significant digits that read back to the value (for a float: to the same float), in
 * plain notation while the decimal exponent is above -5 and below the larger of the digit count
 * and 15 (7 for a float), otherwise `d.dddE±XX`; `-0` for negative zero.
 */
export function shortestSpelling(value: number, float: boolean): string {
  if (value === 0) return Object.is(value, -0) ? "-0" : "0";
  const readsBack = (text: string) => (float ? Math.fround(Number(text)) : Number(text)) === value;
  // Of each length, the decimals just below and above the value: the nearest that reads back wins.
  let spelled: string | undefined;
  for (let digits = 1; spelled === undefined; digits++) {
    const [m, e] = value.toExponential(digits - 1).split("e") as [string, string];
    const unit = 10 ** -(digits - 1);
    const candidates = [m, (Number(m) - unit).toFixed(digits - 1), (Number(m) + unit).toFixed(digits - 1)].map((c) => `${c}e${e}`);
    spelled = candidates.filter(readsBack).sort((a, b) => Math.abs(Number(a) - value) - Math.abs(Number(b) - value))[0];
  }
  const [mantissa, exponentText] = Number(spelled).toExponential(spelled.indexOf("e") - (spelled.includes(".") ? 2 : 1) - (spelled.startsWith("-") ? 1 : 0)).split("e") as [string, string];
  const exponent = Number(exponentText);
  const sign = mantissa.startsWith("-") ? "-" : "";
  const significant = mantissa.replace("-", "").replace(".", "");
  if (exponent > -5 && exponent < Math.max(significant.length, float ? 7 : 15)) {
    if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${significant}`;
    const whole = significant.padEnd(exponent + 1, "0");
    const fraction = significant.slice(exponent + 1);
    return sign + whole.slice(0, exponent + 1) + (fraction ? `.${fraction}` : "");
  }
  const fraction = significant.length > 1 ? `.${significant.slice(1)}` : "";
  return `${sign}${significant[0]}${fraction}E${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
}
