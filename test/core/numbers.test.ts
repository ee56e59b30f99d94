import * as fc from "fast-check";
import { describe, expect, test } from "vitest";
import { formatDouble, formatFloat, parseDotNetNumber } from "../../src/core/numbers.js";
import { shortestSpelling } from "../support/platform-digits.js";
import { numberOf } from "../support/types-values.js";
import { typesWriteLines } from "../support/types-vectors.js";

// The reference's spelling of `double` and `float` (spec §13.2), as a .NET Core host writes them:
// the shortest digits that read back to the value, plain while the exponent is above -5 and below
// the larger of the digit count and 15 (7 for float), `d.dddE±XX` otherwise.

const MEMBERS = [
  ["Double", false],
  ["NullableDouble", false],
  ["Float", true],
  ["NullableFloat", true],
] as const;

/** Every double and float of the NumbersDto vectors, with the reference's token (from its JSV text) and whether Mono's spelling differs. */
const numbers = typesWriteLines
  .filter((line) => line.type === "NumbersDto")
  .flatMap((line) => {
    const value = line.value as Record<string, unknown>;
    return MEMBERS.filter(([name]) => value[name] !== null).map(([name, float]) => ({
      id: `${line.id} ${name}`,
      value: numberOf(value[name]),
      float,
      token: tokenIn(line.jsvPascal, name),
      platformSensitive: line.platformSensitive?.includes(name) ?? false,
    }));
  });

function tokenIn(jsv: string, name: string): string {
  const start = jsv.indexOf(`,${name}:`) + name.length + 2;
  const end = jsv.indexOf(",", start);
  return jsv.slice(start, end < 0 ? jsv.length - 1 : end);
}

describe("every double and float of the NumbersDto vectors", () => {
  test.each(numbers.map((n) => [n.id, n] as const))("%s", (_, n) => {
    const text = (n.float ? formatFloat : formatDouble)(n.value);
    // Where Mono's digits differ from .NET Core's, the shortest-digits rule decides (types-README).
    expect(text).toBe(n.platformSensitive ? shortestSpelling(n.value, n.float) : n.token);
    const read = parseDotNetNumber(text)!;
    expect(n.float ? Math.fround(read) : read).toBe(n.value);
  });

  test("cover the edges: exponent forms both ways, -0, NaN, the infinities, denormals, the largest values", () => {
    const tokens = new Set(numbers.map((n) => (n.float ? formatFloat : formatDouble)(n.value)));
    for (const token of ["1E+16", "1E-05", "1E-07", "-0", "NaN", "Infinity", "-Infinity", "1E+15", "100000000000000", "5E-324", "-1.7976931348623157E+308", "3.4028235E+38", "1E+07", "1E-45"]) {
      expect(tokens, token).toContain(token);
    }
  });
});

describe("the notation switches where .NET Core's does", () => {
  test.each([
    [1e14, false, "100000000000000"],
    [1e15, false, "1E+15"],
    [123456789012345.6, false, "123456789012345.6"],
    [1234567890123456.8, false, "1234567890123456.8"],
    [12345678901234567, false, "12345678901234568"],
    [123456789012345680, false, "1.2345678901234568E+17"],
    [0.001, false, "0.001"],
    [0.0009999999999999998, false, "0.0009999999999999998"],
    [-999999999999999.9, false, "-999999999999999.9"],
    [0.0001, false, "0.0001"],
    [0.00001, false, "1E-05"],
    [0.000012345, false, "1.2345E-05"],
    [1e21, false, "1E+21"],
    [-0, false, "-0"],
    [1e6, true, "1000000"],
    [1e7, true, "1E+07"],
    [Math.fround(12345678), true, "12345678"],
    [Math.fround(0.1), true, "0.1"],
    [Math.fround(1 / 3), true, "0.33333334"],
    [Math.fround(1e-5), true, "1E-05"],
    // Powers of two, where the shortest float digits are not the nearest rounding of the value.
    [2 ** -96, true, "1.2621775E-29"],
    [2 ** 87, true, "1.5474251E+26"],
    [2 ** 90, true, "1.2379401E+27"],
  ] as const)("%s (float: %s) is %s", (value, float, expected) => {
    expect((float ? formatFloat : formatDouble)(value)).toBe(expected);
    expect(shortestSpelling(value, float)).toBe(expected);
  });
});

test("any double is spelled by the shortest-digits rule, in either notation", () => {
  // Plain and exponent values alike: formatDouble takes a shortcut through String() in between.
  const doubles = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ min: -1e16, max: 1e16, noNaN: true }), fc.double({ min: -0.01, max: 0.01, noNaN: true }));
  fc.assert(
    fc.property(doubles, (value) => formatDouble(value) === shortestSpelling(value, false)),
    { numRuns: 3000, seed: 1325 },
  );
});
