import { describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { dateTime, dateTimeOffset, decimal, json, jsv, list, object, string, timeSpan, typed, untyped, type Format, type Schema } from "../../src/index.js";
import { box, decode } from "./support.js";

// What each format keeps of the values whose wire forms drop something by design (spec §13.3,
// §13.6): one row per rule, the text the format writes and the value it reads back. The round-trip
// properties check the same rules (test/support/kept.ts) over drawn values.

interface Kept {
  readonly name: string;
  readonly schema: Schema;
  readonly value: unknown;
  readonly format: Exclude<Format, "jsonl">;
  /** The member's text (a CSV field as the CSV holds it). */
  readonly text: string;
  readonly read: unknown;
}

function encodeBoxed(format: Kept["format"], schema: Schema, value: unknown): string {
  const boxed = box(schema);
  if (format === "json") return json.encode(boxed, { v: value });
  if (format === "csv") return csv.encode(boxed as never, { v: value } as never);
  return jsv.encode(boxed, { v: value });
}

function member(format: Kept["format"], text: string): string {
  return format === "json" ? `{"v":${text}}` : format === "jsv" ? `{v:${text}}` : `V\r\n${text}\r\n`;
}

const KEPT: readonly Kept[] = [
  // DateTime in JSON: the instant's milliseconds, the kind and offset.
  { name: "JSON keeps a Utc DateTime to the millisecond", schema: dateTime(), value: "2021-06-15T13:45:30.1234567Z", format: "json", text: '"\\/Date(1623764730123)\\/"', read: "2021-06-15T13:45:30.1230000Z" },
  { name: "JSON keeps an Unspecified DateTime's kind", schema: dateTime(), value: "2021-06-15T13:45:30.1234567", format: "json", text: '"\\/Date(1623764730123-0000)\\/"', read: "2021-06-15T13:45:30.1230000" },
  { name: "JSON keeps a Local DateTime's offset", schema: dateTime(), value: "2021-06-15T13:45:30.1234567+05:30", format: "json", text: '"\\/Date(1623744930123+0530)\\/"', read: "2021-06-15T13:45:30.1230000+05:30" },
  { name: "JSON truncates toward 1970, so a date before it moves up", schema: dateTime(), value: "1969-12-31T23:59:59.9999999Z", format: "json", text: '"\\/Date(0)\\/"', read: "1970-01-01T00:00:00.0000000Z" },
  { name: "JSON reads the last instant of 9999, rounded up to 10000, as MaxValue", schema: dateTime(), value: "9999-12-31T23:59:59.9999999Z", format: "json", text: '"\\/Date(253402300800000)\\/"', read: "9999-12-31T23:59:59.9999999Z" },
  { name: "JSON reads a Local date rounded up to 10000 as MaxValue too", schema: dateTime(), value: "9999-12-31T23:59:59.9999744+10:32", format: "json", text: '"\\/Date(253402262880000+1032)\\/"', read: "9999-12-31T23:59:59.9999999+10:32" },
  { name: "JSON reads a Local date behind UTC whose instant rounds up to 10000 at MaxValue's instant", schema: dateTime(), value: "9999-12-31T10:02:59.9999999-13:57", format: "json", text: '"\\/Date(253402300800000-1357)\\/"', read: "9999-12-31T10:02:59.9999999-13:57" },
  { name: "JSON keeps a DateTimeOffset's clock to the millisecond and its offset", schema: dateTimeOffset(), value: "2021-06-15T13:45:30.1234567+05:30", format: "json", text: '"\\/Date(1623764730123+0530)\\/"', read: "2021-06-15T13:45:30.1230000+05:30" },
  { name: "JSON reads a DateTimeOffset's last millisecond as MaxValue", schema: dateTimeOffset(), value: "9999-12-31T23:59:59.9990000+00:00", format: "json", text: '"\\/Date(253402300799999)\\/"', read: "9999-12-31T23:59:59.9999999+00:00" },
  // DateTime in JSV and CSV: every tick, but midnight is the date alone and Unspecified is written at the server's offset.
  { name: "JSV keeps a Utc DateTime exactly", schema: dateTime(), value: "2021-06-15T13:45:30.1234567Z", format: "jsv", text: "2021-06-15T13:45:30.1234567Z", read: "2021-06-15T13:45:30.1234567Z" },
  { name: "JSV writes an Unspecified DateTime at +00:00, read back Local", schema: dateTime(), value: "2021-06-15T13:45:30.1234567", format: "jsv", text: "2021-06-15T13:45:30.1234567+00:00", read: "2021-06-15T13:45:30.1234567+00:00" },
  { name: "JSV writes midnight as the date alone, read back Unspecified", schema: dateTime(), value: "2021-06-15T00:00:00.0000000Z", format: "jsv", text: "2021-06-15", read: "2021-06-15T00:00:00.0000000" },
  { name: "CSV writes a Local midnight as the date alone, its offset lost", schema: dateTime(), value: "2021-06-15T00:00:00.0000000+05:30", format: "csv", text: "2021-06-15", read: "2021-06-15T00:00:00.0000000" },
  { name: "JSV keeps a DateTimeOffset exactly", schema: dateTimeOffset(), value: "2021-06-15T00:00:00.0000000-08:00", format: "jsv", text: "2021-06-15T00:00:00.0000000-08:00", read: "2021-06-15T00:00:00.0000000-08:00" },
  // TimeSpan: an XSD duration whose seconds go through a double.
  { name: "a TimeSpan below 10^15 ticks is kept exactly", schema: timeSpan(), value: "1157.09:46:39.9999999", format: "json", text: '"P1157DT9H46M39.9999999S"', read: "1157.09:46:39.9999999" },
  { name: "a longer TimeSpan keeps a double's precision", schema: timeSpan(), value: "19153.13:20:41.0694364", format: "jsv", text: "P19153DT13H20M41.0694363S", read: "19153.13:20:41.0694363" },
  { name: "TimeSpan.MaxValue is a fixed text, kept exactly", schema: timeSpan(), value: "10675199.02:48:05.4775807", format: "csv", text: "P10675199DT2H48M5.4775391S", read: "10675199.02:48:05.4775807" },
  // Untyped values.
  { name: "JSON keeps an untyped number, string and boolean apart", schema: list(untyped()), value: [1, "1", true, 0.5, -0], format: "json", text: '[1,"1",true,0.5,-0]', read: [1, "1", true, 0.5, -0] },
  { name: "JSON reads an untyped integer past 2^53 as a bigint", schema: list(untyped()), value: [9007199254740994, 2n ** 60n], format: "json", text: "[9007199254740994,1152921504606846976]", read: [9007199254740994n, 2n ** 60n] },
  { name: "JSON keeps a list of one null", schema: untyped(), value: [null], format: "json", text: "[null]", read: [null] },
  { name: "JSV reads every untyped scalar as the text it wrote", schema: list(untyped()), value: [1, "1", true, 0.5, 2n ** 60n, 1e21], format: "jsv", text: "[1,1,True,0.5,1152921504606846976,1E+21]", read: ["1", "1", "True", "0.5", "1152921504606846976", "1E+21"] },
  { name: "JSV keeps untyped maps and lists, and null elements", schema: untyped(), value: { a: [null, "x"], b: {} }, format: "jsv", text: "{a:[,x],b:{}}", read: { a: [null, "x"], b: {} } },
  { name: "JSV writes a list of one null as an empty list", schema: untyped(), value: [null], format: "jsv", text: "[]", read: [] },
  { name: "CSV reads an untyped cell as JSV does, a string as it is", schema: untyped(), value: 42, format: "csv", text: "42", read: "42" },
];

describe("what each format keeps", () => {
  test.each(KEPT.map((row) => [row.name, row] as const))("%s", (_, row) => {
    expect(encodeBoxed(row.format, row.schema, row.value)).toBe(member(row.format, row.text));
    expect(decode(row.format, box(row.schema), member(row.format, row.text))).toEqual({ v: row.read });
  });
});

describe("untyped values read are written again and read back the same", () => {
  test.each([
    ["a number in exponent form, which is a double's", "9.4E-3", 0.0094],
    ["a number with a zero its double drops, which is a decimal's", "0.00940", typed(decimal(), "0.00940")],
    ["an integer past 2^53", "9007199254740993", 9007199254740993n],
  ])("JSON: %s", (_, text, read) => {
    const value = json.decode(untyped(), text);
    expect(value).toEqual(read);
    expect(json.decode(untyped(), json.encode(untyped(), value))).toEqual(value);
  });

  test.each([
    ["compact", false],
    ["pretty", true],
  ])("JSV, %s: a List<object> member ending in a null, written `[a,]`", (_, pretty) => {
    const Holder = object("Holder", { objects: list(untyped()) });
    const text = jsv.encode(Holder, { objects: ["a", null] }, { pretty });
    expect(jsv.decode(Holder, text)).toEqual({ objects: ["a", null] });
    expect(jsv.decode(untyped(), jsv.encode(untyped(), ["a", null], { pretty }))).toEqual(["a", null]);
  });
});

describe("untyped values at the root of a JSV document", () => {
  test.each([" lead", "trail ", "\t", "  two  spaces  ", "\ufeffbom"])("the string %j is the whole text, white space and all, as a string root is", (value) => {
    for (const pretty of [false, true]) {
      const text = jsv.encode(untyped(), value, { pretty });
      expect(text).toBe(jsv.encode(string(), value, { pretty }));
      expect(jsv.decode(untyped(), text)).toBe(value);
    }
  });

  test("a list of one null is pretty-printed as the reference prints the `[]` it writes", () => {
    expect(jsv.encode(untyped(), [null], { pretty: true })).toBe(jsv.encode(untyped(), [], { pretty: true }));
    expect(jsv.encode(untyped(), { a: [null] }, { pretty: true })).toBe("{\n\ta: []\n}");
    expect(jsv.encode(untyped(), [[null]], { pretty: true })).toBe("[\n\t[\n\t\t\n\t]\n]");
  });
});
