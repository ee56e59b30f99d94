import { describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { byte, double, float, int, json, jsv, long, sbyte, short, uint, ulong, ushort, type Format } from "../../src/index.js";
import { box, expectDecodeError, expectEncodeError, expectSpelled, spelledRows } from "./support.js";

// Integers of every width, `double` and `float` (spec §13.2): bare digits in every format, the
// reference's .NET Core spelling of doubles and floats, `long`/`ulong` as bigint over their whole
// range, and nothing rounded or guessed on the way in.

describe("each value is written the same in JSON, JSV and CSV, and read back", () => {
  test.each(
    spelledRows([
      { name: "an int", schema: int(), value: -2147483648, json: "-2147483648", jsv: "-2147483648", csv: "-2147483648" },
      { name: "a uint", schema: uint(), value: 4294967295, json: "4294967295", jsv: "4294967295", csv: "4294967295" },
      { name: "a short", schema: short(), value: -32768, json: "-32768", jsv: "-32768", csv: "-32768" },
      { name: "a ushort", schema: ushort(), value: 65535, json: "65535", jsv: "65535", csv: "65535" },
      { name: "a byte", schema: byte(), value: 255, json: "255", jsv: "255", csv: "255" },
      { name: "an sbyte", schema: sbyte(), value: -128, json: "-128", jsv: "-128", csv: "-128" },
      { name: "a long beyond 2^53", schema: long(), value: 9007199254740993n, json: "9007199254740993", jsv: "9007199254740993", csv: "9007199254740993" },
      { name: "the smallest long", schema: long(), value: -(2n ** 63n), json: "-9223372036854775808", jsv: "-9223372036854775808", csv: "-9223372036854775808" },
      { name: "the largest ulong", schema: ulong(), value: 2n ** 64n - 1n, json: "18446744073709551615", jsv: "18446744073709551615", csv: "18446744073709551615" },
      { name: "a double", schema: double(), value: 0.1, json: "0.1", jsv: "0.1", csv: "0.1" },
      { name: "a double's shortest digits", schema: double(), value: 0.30000000000000004, json: "0.30000000000000004", jsv: "0.30000000000000004", csv: "0.30000000000000004" },
      { name: "a large double", schema: double(), value: 1e16, json: "1E+16", jsv: "1E+16", csv: "1E+16" },
      { name: "a small double", schema: double(), value: 1e-5, json: "1E-05", jsv: "1E-05", csv: "1E-05" },
      { name: "the largest double", schema: double(), value: -Number.MAX_VALUE, json: "-1.7976931348623157E+308", jsv: "-1.7976931348623157E+308", csv: "-1.7976931348623157E+308" },
      { name: "the smallest double", schema: double(), value: 5e-324, json: "5E-324", jsv: "5E-324", csv: "5E-324" },
      { name: "negative zero", schema: double(), value: -0, json: "-0", jsv: "-0", csv: "-0" },
      { name: "a float, with its own shortest digits", schema: float(), value: Math.fround(0.1), json: "0.1", jsv: "0.1", csv: "0.1" },
      { name: "the largest float", schema: float(), value: Math.fround(3.4028234663852886e38), json: "3.4028235E+38", jsv: "3.4028235E+38", csv: "3.4028235E+38" },
    ]),
  )("%s", (_, row) => expectSpelled(row));

  test("NaN and the infinities are written bare in JSV and CSV, refused by JSON's encoder, and read in every format", () => {
    for (const [value, text] of [[NaN, "NaN"], [Infinity, "Infinity"], [-Infinity, "-Infinity"]] as const) {
      for (const schema of [double(), float()]) {
        const boxed = box(schema);
        expect(jsv.encode(boxed, { v: value })).toBe(`{v:${text}}`);
        expect(csv.encode(boxed as never, { v: value } as never)).toBe(`V\r\n${text}\r\n`);
        // JSON cannot hold them (spec §13.2): refused on the way out, read on the way in, as the reference reads them.
        expectEncodeError(schema, value, "invalid-number", ["json"]);
        expect(json.decode(boxed, `{"v":${text}}`)).toEqual({ v: value });
        expect(jsv.decode(boxed, `{v:${text}}`)).toEqual({ v: value });
        expect(csv.decode(boxed as never, `V\r\n${text}\r\n`)).toEqual({ v: value });
      }
    }
  });
});

describe("what is read besides what is written", () => {
  test.each([
    ["an exponent", "1e3", 1000, double()],
    ["a capital exponent with a sign", "1.5E+3", 1500, double()],
    ["a long beyond 2^53 (the JSON fast path gives way to the scanner)", "9223372036854775807", 9223372036854775807n, long()],
    ["an integer literal as a double", "9223372036854775807", 9223372036854775807, double()],
    ["a float, rounded to binary32 as float.Parse rounds", "0.1", Math.fround(0.1), float()],
  ] as const)("%s: %s reads as %s", (_, text, value, schema) => {
    expect(json.decode(box(schema), `{"v":${text}}`)).toEqual({ v: value });
    expect(json.decode(box(schema), `{"v":${text}}`, { strict: true })).toEqual({ v: value });
  });

  test("JSV reads a quoted number, as the reference does", () => {
    expect(jsv.decode(box(double()), '{v:"1.5"}')).toEqual({ v: 1.5 });
    expect(jsv.decode(box(long()), '{v:"9007199254740993"}')).toEqual({ v: 9007199254740993n });
  });
});

describe("nothing is rounded, clamped or guessed", () => {
  test.each([
    ["a fraction for an int", "1.5", int(), "invalid-integer"],
    ["1.0 for an int", "1.0", int(), "invalid-integer"],
    ["an exponent for a long", "1e3", long(), "invalid-integer"],
    ["an int past its range", "2147483648", int(), "invalid-integer"],
    ["a byte below zero", "-1", byte(), "invalid-integer"],
    ["a uint below zero", "-1", uint(), "invalid-integer"],
    ["a long past its range", "9223372036854775808", long(), "invalid-integer"],
    ["a ulong below zero", "-1", ulong(), "invalid-integer"],
    ["a double past its range (it would be an infinity)", "1e400", double(), "invalid-number"],
    ["a float past its range", "3.5E+38", float(), "invalid-number"],
    ["NaN for an int", "NaN", int(), "invalid-integer"],
  ] as const)("%s: %s", (_, text, schema, code) => {
    for (const format of ["json", "jsv", "csv"] as const satisfies readonly Format[]) {
      const document = format === "json" ? `{"v":${text}}` : format === "jsv" ? `{v:${text}}` : `V\r\n${text}\r\n`;
      // Bare NaN is not JSON: where no double belongs it is a syntax error.
      expectDecodeError(format, box(schema), document, format === "json" && text === "NaN" ? "syntax" : code);
    }
  });

  test.each([
    ["a fraction for an int", int(), 1.5, "invalid-integer"],
    ["an int past its range", int(), 2 ** 31, "invalid-integer"],
    ["a long given as an unsafe number (it may already be rounded)", long(), 2 ** 53, "invalid-integer"],
    ["a long past its range", long(), 2n ** 63n, "invalid-integer"],
    ["a bigint for an int", int(), 1n, "invalid-integer"],
    ["a number a float cannot hold", float(), 0.1, "invalid-number"],
    ["a string for a double", double(), "1", "type-mismatch"],
  ] as const)("encoding %s is refused", (_, schema, value, code) => {
    expectEncodeError(schema, value, code);
  });

  test("a long is also given as a safe-integer number, and read as a bigint", () => {
    expect(json.encode(box(long()), { v: 42 })).toBe('{"v":42}');
    expect(json.decode(box(long()), '{"v":42}')).toEqual({ v: 42n });
  });
});
