import { describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { integer, json, jsonl, jsv, object, type DecodeErrorCode } from "../../src/index.js";
import { decodeError, type AnyCodec } from "../support/errors.js";
import { named } from "../support/tables.js";

// One rule for what an integer member accepts, in every format (issue 17, item 13): an integer
// literal (an optional `-` and digits), within the type's range, as the reference reads
// integers; never a fraction or an exponent, even one whose value is whole (`1.0`, `1e0`), nor a
// number that only rounds to an integer (`0.99999999999999999`, `1e-400`).

const Counted = object("Counted", { n: integer() });

/** The member `n` holding `literal`, as each format writes a one-member object. */
const DOCUMENT: readonly (readonly [string, AnyCodec, (literal: string) => string])[] = [
  ["json", json, (n) => `{"n":${n}}`],
  ["jsv", jsv, (n) => `{n:${n}}`],
  ["csv", csv, (n) => `N\r\n${n}\r\n`],
  ["jsonl", jsonl, (n) => `{"n":${n}}`],
];

const decode = (codec: AnyCodec, text: string) => (codec.decode as (schema: unknown, text: string) => unknown)(Counted, text);

describe.each(DOCUMENT)("%s", (_, codec, document) => {
  test.each(
    named([
      { name: "1", literal: "1", value: 1 },
      { name: "0", literal: "0", value: 0 },
      { name: "-0 is 0", literal: "-0", value: 0 },
      { name: "a negative integer", literal: "-42", value: -42 },
      { name: "the largest safe integer", literal: "9007199254740991", value: 9007199254740991 },
      { name: "the smallest", literal: "-9007199254740991", value: -9007199254740991 },
    ]),
  )("reads %s", (_, { literal, value }) => {
    expect(decode(codec, document(literal))).toEqual({ n: value });
    expect(Object.is((decode(codec, document(literal)) as { n: number }).n, -0)).toBe(false);
  });

  test.each(
    named<{ name: string; literal: string; code: DecodeErrorCode }>([
      { name: "1.0, a whole number with a fraction", literal: "1.0", code: "invalid-integer" },
      { name: "1e0, a whole number with an exponent", literal: "1e0", code: "invalid-integer" },
      { name: "1E2", literal: "1E2", code: "invalid-integer" },
      { name: "0.99999999999999999, which rounds to 1", literal: "0.99999999999999999", code: "invalid-integer" },
      { name: "1e-400, which underflows to 0", literal: "1e-400", code: "invalid-integer" },
      { name: "1.5", literal: "1.5", code: "invalid-integer" },
      { name: "a number one past the safe range", literal: "9007199254740992", code: "invalid-integer" },
      { name: "-1e400, which overflows", literal: "-1e400", code: "invalid-integer" },
    ]),
  )("refuses %s", (_, { literal, code }) => {
    const error = decodeError(codec, Counted, document(literal));
    expect({ code: error.code, path: error.path }).toEqual({ code, path: "n" });
    expect(error.detail).toContain(`"${literal}"`);
  });
});

describe("where JSON's grammar says more than the integer rule", () => {
  test.each(
    named([
      { name: "a leading zero, which .NET reads and JSON has not", literal: "01" },
      { name: "a plus sign, which neither has", literal: "+1" },
    ]),
  )("%s: JSON and JSON Lines refuse it as syntax", (_, { literal }) => {
    expect(decodeError(json, Counted, `{"n":${literal}}`).code).toBe("syntax");
    expect(decodeError(jsonl, Counted, `{"n":${literal}}`).code).toBe("syntax");
  });

  test("JSV and CSV read a leading zero as .NET's int.Parse does, and refuse a plus sign", () => {
    expect(jsv.decode(Counted, "{n:01}")).toEqual({ n: 1 });
    expect(csv.decode(Counted, "N\r\n01\r\n")).toEqual({ n: 1 });
    expect(decodeError(jsv, Counted, "{n:+1}").code).toBe("invalid-integer");
    expect(decodeError(csv, Counted, "N\r\n+1\r\n").code).toBe("invalid-integer");
  });
});
