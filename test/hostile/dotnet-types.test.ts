import { describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import {
  DecodeError,
  dateTime,
  dateTimeFromDate,
  dateTimeToDate,
  decimal,
  dictionary,
  enumeration,
  flags,
  guid,
  int,
  json,
  jsv,
  list,
  long,
  object,
  string,
  timeSpan,
  typed,
  ulong,
  untyped,
  type Schema,
} from "../../src/index.js";
import { flagsReader } from "../../src/model/enum-values.js";
import { CODECS, decodeError, encodeError } from "../support/errors.js";
import { named } from "../support/tables.js";

// The .NET types of issue 12 attacked as users and attackers would: only our own errors escape,
// in time that grows with the input, nothing read or written comes back as something else, and a
// builder given a wrong argument says so in a TypeError.

const MB = 1024 * 1024;

/** Runs `work` and returns its value or its DecodeError, failing the test past `ms` (a bound, not a benchmark). */
function within(ms: number, work: () => unknown): unknown {
  const started = performance.now();
  let outcome: unknown;
  try {
    outcome = work();
  } catch (error) {
    expect(error).toBeInstanceOf(DecodeError);
    outcome = error;
  }
  expect(performance.now() - started).toBeLessThan(ms);
  return outcome;
}

describe("ten million digits where an integer belongs are refused in linear time", () => {
  const digits = "1".repeat(10 * MB);
  const Numbers = object("Numbers", { count: long(), total: ulong(), byId: dictionary(string(), { key: int() }) });
  const rows = named([
    { name: "json, a long", decode: () => json.decode(Numbers, `{"count":${digits}}`), code: "invalid-integer" },
    { name: "json, a ulong", decode: () => json.decode(Numbers, `{"total":${digits}}`), code: "invalid-integer" },
    { name: "json, an int key", decode: () => json.decode(Numbers, `{"byId":{"${digits}":"a"}}`), code: "invalid-integer" },
    { name: "jsv, a long", decode: () => jsv.decode(Numbers, `{count:${digits}}`), code: "invalid-integer" },
    { name: "jsv, an int key", decode: () => jsv.decode(Numbers, `{byId:{${digits}:a}}`), code: "invalid-integer" },
    { name: "csv, a long", decode: () => csv.decode(Numbers, `Count\r\n${digits}\r\n`), code: "invalid-integer" },
  ]);
  test.each(rows)("%s", (_, row) => {
    expect(within(1500, row.decode)).toMatchObject({ code: row.code });
  });

  test("json, an untyped number: invalid-number, as a number no .NET type holds", () => {
    const Any = object("Any", { value: untyped() });
    expect(within(1500, () => json.decode(Any, `{"value":${digits}}`))).toMatchObject({ code: "invalid-number", path: "value" });
  });
});

describe("four million characters where a .NET scalar belongs give its error in linear time", () => {
  const Scalars = object("Scalars", { amount: decimal(), at: dateTime(), span: timeSpan(), id: guid(), any: untyped() });
  const digits = "1".repeat(4 * MB);
  const rows = named([
    { name: "json, a decimal's digits", decode: () => json.decode(Scalars, `{"amount":${digits}}`), code: "invalid-number" },
    { name: "json, a decimal's fraction", decode: () => json.decode(Scalars, `{"amount":0.${digits}}`), code: "invalid-number" },
    { name: "jsv, a decimal of leading zeros", decode: () => jsv.decode(Scalars, `{amount:${"0".repeat(4 * MB)}1e-29}`), code: "invalid-number" },
    { name: "json, a date's fraction", decode: () => json.decode(Scalars, `{"at":"2021-06-15T13:45:30.${digits}Z"}`), code: "invalid-value" },
    { name: "json, a /Date( of digits", decode: () => json.decode(Scalars, `{"at":"\\/Date(${digits})\\/"}`), code: "invalid-value" },
    { name: "jsv, a TimeSpan's days", decode: () => jsv.decode(Scalars, `{span:P${digits}D}`), code: "invalid-value" },
    { name: "jsv, a TimeSpan's units", decode: () => jsv.decode(Scalars, `{span:PT${"1S".repeat(2 * MB)}}`), code: "invalid-value" },
    { name: "csv, a Guid of hex digits", decode: () => csv.decode(Scalars, `Id\r\n${"a".repeat(4 * MB)}\r\n`), code: "invalid-value" },
    { name: "json, an untyped fraction", decode: () => json.decode(Scalars, `{"any":1.${digits}}`), code: "invalid-number" },
  ]);
  test.each(rows)("%s", (_, row) => {
    expect(within(1500, row.decode)).toMatchObject({ code: row.code });
  });
});

describe("an untyped value nested 100,000 deep is depth-limit, in milliseconds", () => {
  const Any = object("Any", { value: untyped(), values: list(untyped()) });
  const arrays = "[".repeat(100_000) + "]".repeat(100_000);
  const objects = "{a:".repeat(100_000) + "1" + "}".repeat(100_000);
  const rows = named([
    { name: "json, arrays", decode: () => json.decode(Any, `{"value":${arrays}}`) },
    { name: "json, objects", decode: () => json.decode(Any, `{"value":${objects.replaceAll("{a:", '{"a":')}}`) },
    { name: "json, unclosed, in a List<object>", decode: () => json.decode(Any, `{"values":[${"[".repeat(100_000)}}`) },
    { name: "jsv, arrays", decode: () => jsv.decode(Any, `{value:${arrays}}`) },
    { name: "jsv, objects", decode: () => jsv.decode(Any, `{value:${objects}}`) },
    { name: "csv, arrays in a cell", decode: () => csv.decode(Any, `Value\r\n"${arrays}"\r\n`) },
    { name: "csv, objects in a cell", decode: () => csv.decode(Any, `Value\r\n"${objects}"\r\n`) },
  ]);
  test.each(rows)("%s", (_, row) => {
    expect(within(2000, row.decode)).toMatchObject({ code: "depth-limit" });
  });
});

describe("an untyped value of typed values inside typed values", () => {
  let value: unknown = 1;
  for (let i = 0; i < 100_000; i++) value = typed(untyped(), value);
  const Any = object("Any", { value: untyped() });
  test.each(CODECS.filter(([format]) => format !== "jsonl"))("%s: depth-limit, not a stack overflow", (_, codec) => {
    expect(encodeError(codec, Any, { value })).toMatchObject({ code: "depth-limit" });
  });

  test("a few levels are the innermost value", () => {
    expect(json.encode(Any, { value: typed(untyped(), typed(untyped(), 1.5)) })).toBe('{"value":1.5}');
  });
});

describe("a Map whose keys are one key twice is refused, not written with a key twice", () => {
  const Open = enumeration("Open", { A: 1 }, { open: true });
  const rows = named([
    {
      name: "a Guid in two of its forms",
      schema: dictionary(string(), { key: guid() }),
      value: new Map([
        ["0f8fad5bd9cb469fa16570867728950e", "a"],
        ["{0F8FAD5B-D9CB-469F-A165-70867728950E}", "b"],
      ]),
    },
    { name: "an open enum's member and its number", schema: dictionary(string(), { key: Open }), value: new Map<unknown, string>([["A", "a"], [1, "b"]]) },
    { name: "a long as a number and a bigint", schema: dictionary(string(), { key: long() }), value: new Map<unknown, string>([[1n, "a"], [1, "b"]]) },
  ]);
  for (const [format, codec] of CODECS.filter(([format]) => format !== "jsonl")) {
    test.each(rows)(`${format}: %s`, (_, row) => {
      const Holder = object("Holder", { map: row.schema });
      const error = encodeError(codec, Holder, { map: row.value });
      expect(error.code).toBe("invalid-value");
      expect(error.path).toMatch(/^map/);
    });
  }
});

describe("a dictionary with int or Guid keys as the CSV root keeps its keys", () => {
  const ById = dictionary(string(), { key: int() });
  const ByGuid = dictionary(string(), { key: guid() });

  test("int keys are written as JSV writes them and read back as ints in a Map", () => {
    const text = csv.encode(ById, new Map([[1, "a"], [-2, "b"]]));
    expect(text).toBe('Key,Value\r\n"{key:1,value:a}","{key:-2,value:b}"\r\n');
    expect(csv.decode(ById, text)).toEqual(new Map([[1, "a"], [-2, "b"]]));
  });

  test("a Guid key is written in the reference's 32 hex digits, whatever form it was given in", () => {
    const text = csv.encode(ByGuid, new Map([["{0F8FAD5B-D9CB-469F-A165-70867728950E}", "a"]]));
    expect(text).toBe('Key,Value\r\n"{key:0f8fad5bd9cb469fa16570867728950e,value:a}"\r\n');
    expect(csv.decode(ByGuid, text)).toEqual(new Map([["0f8fad5b-d9cb-469f-a165-70867728950e", "a"]]));
  });

  test("a key that is not an int is invalid-integer at its entry", () => {
    const error = decodeError(csv, ById, 'Key,Value\r\n"{key:1,value:a}","{key:x,value:b}"\r\n');
    expect(error).toMatchObject({ code: "invalid-integer", path: "[1].key" });
  });

  test("one key twice, in two spellings, is duplicate-key in strict mode", () => {
    const error = decodeError(csv, ById, 'Key,Value\r\n"{key:1,value:a}","{key:01,value:b}"\r\n', { strict: true });
    expect(error.code).toBe("duplicate-key");
  });
});

describe("the enum builders refuse wrong arguments with a TypeError that says what is wrong", () => {
  const rows = named([
    { name: "a spelling that is not a string", build: () => enumeration("Status", ["None", "Done"], { spellings: { Done: 5 as never } }), says: /Done.*not spelled as a non-empty string/ },
    { name: "members that are null", build: () => enumeration("Status", null as never), says: /Status.*members/ },
    { name: "a member name that is not a string", build: () => enumeration("Status", ["None", 1 as never]), says: /Status.*1.*not a C# identifier/ },
    { name: "options that are null", build: () => enumeration("Status", ["None"], null as never), says: /Status.*options/ },
    {
      name: "an open enum's spelling that reads as another number",
      build: () => enumeration("Rating", { One: 1, Two: 2 }, { open: true, spellings: { Two: "7" } }),
      says: /Rating.*"7".*7/,
    },
  ]);
  test.each(rows)("%s", (_, row) => {
    expect(row.build).toThrow(TypeError);
    expect(row.build).toThrow(row.says);
  });

  test("a flags() value that is not an integer names flags(), not enumeration()", () => {
    expect(() => flags("Perms", { Read: 1.5 })).toThrow(/^flags Perms: the value of Read is not an integer/);
  });

  test("a flags() members object that is null is a TypeError that says so", () => {
    expect(() => flags("Perms", null as never)).toThrow(/flags Perms: members must be an object/);
  });

  test.each(named([
    { name: "dateTimeToDate given a number", call: () => dateTimeToDate(5 as never), says: /dateTimeToDate.*text/ },
    { name: "dateTimeToDate given null", call: () => dateTimeToDate(null as never), says: /dateTimeToDate.*text/ },
    { name: "dateTimeFromDate given a string", call: () => dateTimeFromDate("2021-06-15" as never), says: /dateTimeFromDate.*Date/ },
    { name: "typed given no schema", call: () => typed(5 as never, "1.10"), says: /typed\(\) takes a described schema/ },
    { name: "typed given null for the schema", call: () => typed(null as never, "1.10"), says: /typed\(\) takes a described schema/ },
  ]))("%s: a TypeError that says what it takes", (_, row) => {
    expect(row.call).toThrow(TypeError);
    expect(row.call).toThrow(row.says);
  });

  test("a spelling that is the member's own number is allowed", () => {
    const Rating = enumeration("Rating", { One: 1, Two: 2 }, { open: true, spellings: { One: "1", Two: "2" } });
    const Holder = object("Holder", { rating: Rating });
    for (const value of ["1", "2", 7] as const) expect(json.decode(Holder, json.encode(Holder, { rating: value }))).toEqual({ rating: value });
  });
});

describe("an enum spelled as a number reads the same bare or quoted", () => {
  const Status = enumeration("Status", { None: 0, Legacy: 6 }, { spellings: { Legacy: "7" } });
  const Holder = object("Holder", { status: Status, statuses: list(Status) });
  const rows = named([
    { name: "json, bare", decode: () => json.decode(Holder as Schema, '{"status":7}') },
    { name: "json, quoted", decode: () => json.decode(Holder as Schema, '{"status":"7"}') },
    { name: "jsv", decode: () => jsv.decode(Holder as Schema, "{status:7}") },
    { name: "json, its number bare", decode: () => json.decode(Holder as Schema, '{"status":6}') },
  ]);
  test.each(rows)("%s: the member spelled 7", (_, row) => {
    expect(row.decode()).toEqual({ status: "7" });
  });
});

describe("an untyped bigint is one a .NET integer or decimal holds", () => {
  const Any = object("Any", { value: untyped() });
  const largest = 79228162514264337593543950335n;

  test.each(CODECS.filter(([format]) => format !== "jsonl"))("%s: one past the largest decimal is invalid-number", (_, codec) => {
    expect(encodeError(codec, Any, { value: largest + 1n })).toMatchObject({ code: "invalid-number", path: "value" });
    expect(encodeError(codec, Any, { value: -largest - 1n })).toMatchObject({ code: "invalid-number", path: "value" });
  });

  test("json: the largest decimal's integer, either sign, reads back as the bigint written", () => {
    for (const value of [largest, -largest]) expect(json.decode(Any, json.encode(Any, { value }))).toEqual({ value });
  });
});

describe("a List<object> whose last element is null reads back as written", () => {
  const Holder = object("Holder", { items: list(untyped()) });
  const rows = named([
    { name: "two nulls", items: [null, null], jsvText: "{items:[,]}" },
    { name: "an empty string, then null", items: ["", null], jsvText: '{items:["",]}' },
    { name: "a number, then null", items: ["1", null], jsvText: "{items:[1,]}" },
  ]);
  test.each(rows)("jsv: %s", (_, row) => {
    expect(jsv.encode(Holder, { items: row.items })).toBe(row.jsvText);
    expect(jsv.decode(Holder, row.jsvText)).toEqual({ items: row.items });
  });
  test.each(rows)("pretty jsv and csv: %s", (_, row) => {
    expect(jsv.decode(Holder, jsv.encode(Holder, { items: row.items }, { pretty: true }))).toEqual({ items: row.items });
    expect(csv.decode(Holder, csv.encode(Holder, { items: row.items }))).toEqual({ items: row.items });
  });
});

describe("DateTime.MaxValue as a Local time reads back from the JSON it writes", () => {
  const Holder = object("Holder", { at: dateTime() });
  // `ms` is worked out in doubles, as the reference does: the last tick of 9999 rounds up a millisecond.
  const rows = named([
    { name: "at +01:00", at: "9999-12-31T23:59:59.9999999+01:00", text: '{"at":"\\/Date(253402297200000+0100)\\/"}' },
    { name: "at +14:00", at: "9999-12-31T23:59:59.9999999+14:00", text: '{"at":"\\/Date(253402250400000+1400)\\/"}' },
    { name: "at +00:00", at: "9999-12-31T23:59:59.9999999+00:00", text: '{"at":"\\/Date(253402300800000+0000)\\/"}' },
  ]);
  test.each(rows)("%s", (_, row) => {
    expect(json.encode(Holder, { at: row.at })).toBe(row.text);
    expect(json.decode(Holder, row.text)).toEqual({ at: row.at });
  });

  test("a millisecond later at +01:00 is past 9999, invalid-value", () => {
    expect(decodeError(json, Holder, '{"at":"\\/Date(253402297200001+0100)\\/"}')).toMatchObject({ code: "invalid-value", path: "at" });
  });
});

describe("an untyped Map's keys are strings, as a Dictionary<string, object>'s are", () => {
  const Any = object("Any", { value: untyped() });
  const rows = named([
    { name: "a number key", value: new Map<unknown, string>([[1, "a"]]) },
    { name: "an object key", value: new Map<unknown, string>([[{}, "a"]]) },
    { name: "a symbol key", value: new Map<unknown, string>([[Symbol("s"), "a"]]) },
    { name: "a null key", value: new Map<unknown, string>([[null, "a"]]) },
    { name: "a number key beside its string", value: new Map<unknown, string>([["1", "a"], [1, "b"]]) },
  ]);
  for (const [format, codec] of CODECS.filter(([format]) => format !== "jsonl")) {
    test.each(rows)(`${format}: %s is type-mismatch`, (_, row) => {
      expect(encodeError(codec, Any, { value: row.value })).toMatchObject({ code: "type-mismatch" });
    });
  }
});

describe("flags text is read a name at a time", () => {
  const Perms = flags("Perms", { None: 0, Read: 1, Write: 2 });
  const read = flagsReader(Perms);

  test("thirty million commas after a name fail at the first empty name, without splitting them all", () => {
    const text = "Read" + ",".repeat(30_000_000);
    const started = performance.now();
    expect(read(text)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(150);
  });

  test.each(named([
    { name: "names with spaces around them", text: " Read , write ", value: 3 },
    { name: "one name", text: "Write", value: 2 },
    { name: "a number", text: "3", value: 3 },
    { name: "a trailing comma", text: "Read,", value: undefined },
    { name: "an unknown name after a known one", text: "Read,Execute", value: undefined },
  ]))("%s", (_, row) => {
    expect(read(row.text)).toBe(row.value);
  });
});
