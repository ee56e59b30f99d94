import { describe, expect, test } from "vitest";
import {
  boolean,
  bytes,
  char,
  checkValue,
  dateTime,
  dateTimeOffset,
  decimal,
  dictionary,
  double,
  enumeration,
  flags,
  float,
  guid,
  int,
  json,
  lazy,
  list,
  long,
  member,
  nullable,
  object,
  SessionInfo,
  string,
  timeSpan,
  typed,
  ulong,
  untyped,
  type CheckOptions,
  type Schema,
  type ValueIssueCode,
} from "../../src/index.js";
import { formatPath } from "../../src/core/path.js";
import { dotNetTypeName } from "../../src/schema/naming.js";
import { named } from "../support/tables.js";

// The value-level check: an already-parsed value (what JSON.parse gives, or a decoded value)
// checked by the decoders' rules, with every problem reported, each with its path as segments.

const Color = enumeration("Color", ["Red", "Green", "Blue"]);

interface Tree {
  name?: string;
  children?: Tree[];
}
const Tree = object("Tree", { name: string(), children: list(lazy<Tree>((): Schema => Tree)) });

/** One member of every kind. */
const Kinds = object("Kinds", {
  text: string(),
  flag: boolean(),
  count: int(),
  big: long(),
  huge: ulong(),
  ratio: double(),
  single: float(),
  data: bytes(),
  color: Color,
  maybe: nullable(int()),
  tags: list(string()),
  scores: dictionary(int()),
  tree: Tree,
  renamed: member(string(), { alias: "renamed_text" }),
});

const KIND_DEFAULTS = { flag: false, count: 0, big: 0n, huge: 0n, ratio: 0, single: 0, color: "Red" };

interface Valid {
  name: string;
  schema: Schema;
  value: unknown;
  decoded: unknown;
  options?: CheckOptions;
}

describe("values that pass give the decoded value", () => {
  test.each(
    named<Valid>([
      { name: "an empty object: value types get their defaults", schema: Kinds, value: {}, decoded: KIND_DEFAULTS },
      {
        name: "every kind as JSON.parse gives it",
        schema: Kinds,
        value: JSON.parse(
          '{"text":"t","flag":true,"count":-7,"big":9007199254740991,"huge":1,"ratio":0.1,"single":0.1,"data":"AQI=",' +
            '"color":"green","maybe":null,"tags":["a"],"scores":{"x":1},"tree":{"children":[{"name":"leaf"}]},"renamed_text":"r"}',
        ),
        decoded: {
          text: "t",
          flag: true,
          count: -7,
          big: 9007199254740991n,
          huge: 1n,
          ratio: 0.1,
          single: Math.fround(0.1),
          data: new Uint8Array([1, 2]),
          color: "Green",
          tags: ["a"],
          scores: { x: 1 },
          tree: { children: [{ name: "leaf" }] },
          renamed: "r",
        },
      },
      {
        name: "a decoded value: JavaScript keys, bigints and bytes",
        schema: Kinds,
        value: { big: -(2n ** 63n), huge: 2n ** 64n - 1n, data: new Uint8Array([255]), renamed: "r", color: "Blue" },
        decoded: { ...KIND_DEFAULTS, big: -(2n ** 63n), huge: 2n ** 64n - 1n, data: new Uint8Array([255]), color: "Blue", renamed: "r" },
      },
      {
        name: "members under their PascalCase names, in any order",
        schema: Kinds,
        value: { Color: "BLUE", TEXT: "x", Flag: true },
        decoded: { ...KIND_DEFAULTS, text: "x", flag: true, color: "Blue" },
      },
      {
        name: "null members: absent, or the default for a value type",
        schema: Kinds,
        value: { text: null, flag: null, color: null, tags: null, maybe: null },
        decoded: KIND_DEFAULTS,
      },
      { name: "an unknown member is left out", schema: Kinds, value: { nickname: "x" }, decoded: KIND_DEFAULTS },
      {
        name: "two spellings of one member: the last wins",
        schema: Kinds,
        value: { color: "Red", Color: "Blue" },
        decoded: { ...KIND_DEFAULTS, color: "Blue" },
      },
      { name: "NaN and the infinities are doubles", schema: list(double()), value: [NaN, Infinity, -0], decoded: [NaN, Infinity, -0] },
      { name: "a float rounds to binary32, as float.Parse does", schema: float(), value: 16777217, decoded: 16777216 },
      { name: "a root list", schema: list(Color), value: ["red", "Green"], decoded: ["Red", "Green"] },
      { name: "a key every object has, as a dictionary key", schema: dictionary(int()), value: JSON.parse('{"__proto__":1}'), decoded: JSON.parse('{"__proto__":1}') },
      { name: "maxDepth counts containers from the root", schema: Tree, value: { children: [{}] }, decoded: { children: [{}] }, options: { maxDepth: 3 } },
    ]),
  )("%s", (_, { schema, value, decoded, options }) => {
    const before = structuredClone(value);
    expect(checkValue(schema, value, options)).toEqual({ value: decoded });
    // The value given is never changed.
    expect(value).toEqual(before);
  });

  test("members come out in declaration order", () => {
    const result = checkValue(SessionInfo, { id: "1", ended: true, accountId: "a", members: [{ muted: true, identity: "i" }] });
    const declared = SessionInfo.members.map((m) => m.key);
    expect(Object.keys(result.value!)).toEqual(declared.filter((key) => key in result.value!));
    expect(Object.keys(result.value!.members![0]!)).toEqual(["identity", "isOriginalMember", "callState", "role", "muted"]);
  });

  test("a class instance's accessors are read, as encoders read them", () => {
    class Named {
      get text(): string {
        return "from a getter";
      }
    }
    expect(checkValue(Kinds, new Named()).value).toMatchObject({ text: "from a getter" });
  });
});

interface Invalid {
  name: string;
  schema: Schema;
  value: unknown;
  issues: [ValueIssueCode, (string | number)[]][];
  options?: CheckOptions;
}

describe("values that fail give every problem, each with its path", () => {
  test.each(
    named<Invalid>([
      { name: "a null root", schema: Kinds, value: null, issues: [["null-value", []]] },
      { name: "a list for the root object", schema: Kinds, value: [], issues: [["type-mismatch", []]] },
      {
        name: "one problem in each member",
        schema: Kinds,
        value: {
          text: 1,
          flag: "true",
          count: 1.5,
          big: 2 ** 60,
          huge: -1n,
          ratio: "0",
          single: 1e39,
          data: "AQI",
          color: "Purple",
          maybe: "1",
          tags: [null],
          scores: { a: null, b: "1" },
          tree: { children: [{ name: 2 }] },
          renamed: [],
        },
        issues: [
          ["type-mismatch", ["text"]],
          ["invalid-boolean", ["flag"]],
          ["invalid-integer", ["count"]],
          ["invalid-integer", ["big"]],
          ["invalid-integer", ["huge"]],
          ["invalid-number", ["ratio"]],
          ["invalid-number", ["single"]],
          ["invalid-value", ["data"]],
          ["invalid-enum", ["color"]],
          ["invalid-integer", ["maybe"]],
          ["null-value", ["tags", 0]],
          ["null-value", ["scores", "a"]],
          ["invalid-integer", ["scores", "b"]],
          ["type-mismatch", ["tree", "children", 0, "name"]],
          ["type-mismatch", ["renamed"]],
        ],
      },
      { name: "a container for a scalar is a type mismatch", schema: list(int()), value: [{}, [], "1"], issues: [["type-mismatch", [0]], ["type-mismatch", [1]], ["invalid-integer", [2]]] },
      { name: "a hole in a list", schema: list(string()), value: [, "a"], issues: [["null-value", [0]]] },
      { name: "strict: an unknown member", schema: Kinds, value: { nickname: "x", text: "y" }, issues: [["unknown-member", ["nickname"]]], options: { strict: true } },
      {
        name: "strict: two spellings of one member",
        schema: Kinds,
        value: { color: "Red", COLOR: "Blue" },
        issues: [["duplicate-member", ["color"]]],
        options: { strict: true },
      },
      { name: "nesting past maxDepth", schema: Tree, value: { children: [{ children: [{}] }] }, issues: [["depth-limit", ["children", 0, "children", 0]]], options: { maxDepth: 4 } },
      { name: "a Map for a dictionary", schema: dictionary(int()), value: new Map(), issues: [["type-mismatch", []]] },
    ]),
  )("%s", (_, { schema, value, issues, options }) => {
    const result = checkValue(schema, value, options);
    expect(result.value).toBeUndefined();
    expect(result.issues!.map((issue) => [issue.code, issue.path])).toEqual(issues);
  });

  test("a value that contains itself is a cycle, not a stack overflow", () => {
    const tree: Tree = { children: [] };
    tree.children!.push(tree);
    expect(checkValue(Tree, tree).issues).toEqual([
      { code: "cycle", path: ["children", 0], message: "the value contains itself" },
    ]);
  });

  test("typed values nested 100,000 deep are a depth-limit, not a stack overflow", () => {
    let value: unknown = "end";
    for (let i = 0; i < 100_000; i++) value = typed(untyped(), value);
    expect(checkValue(untyped(), value).issues?.map((issue) => issue.code)).toEqual(["depth-limit"]);
  });

  test("a getter that throws is reported with its path", () => {
    const value = Object.defineProperty({}, "text", {
      enumerable: true,
      get() {
        throw new RangeError("no");
      },
    });
    expect(checkValue(Kinds, value).issues).toEqual([{ code: "invalid-value", path: ["text"], message: "reading the value threw RangeError: no" }]);
  });

  test("messages say what is wrong, as the decoders say it", () => {
    expect(checkValue(SessionInfo, { members: [{ role: "Boss" }] }).issues).toEqual([
      { code: "invalid-enum", path: ["members", 0, "role"], message: '"Boss" is not a SessionMemberRoles (None, Caller, Agent, Transfer)' },
    ]);
  });

  test("the problems found are those the decoder finds first, with the same code and path", () => {
    for (const text of ['{"members":[{"role":"Boss"}]}', '{"ended":"yes"}', '{"log":[null]}', '{"customerBreadcrumb":[{"id":5}]}', "[]"]) {
      let thrown: { code: string; path: string } | undefined;
      try {
        json.decode(SessionInfo, text);
      } catch (error) {
        thrown = error as { code: string; path: string };
      }
      const [issue] = checkValue(SessionInfo, JSON.parse(text)).issues!;
      expect({ code: issue!.code, path: formatPath(issue!.path) }).toEqual({
        code: thrown!.code,
        path: thrown!.path,
      });
    }
  });
});

describe("the .NET types agree with the JSON decoder", () => {
  const Dotnet = object("Dotnet", {
    placed: dateTime(),
    offset: dateTimeOffset(),
    wait: timeSpan(),
    id: guid(),
    initial: char(),
    total: decimal(),
    extra: list(untyped()),
    names: dictionary(int(), { key: guid() }),
  });

  test("a null element of a List<object> is a value, as the decoder reads it", () => {
    expect(checkValue(Dotnet, { extra: [null, 1] }).value?.extra).toEqual([null, 1]);
    expect(json.decode(Dotnet, '{"extra":[null,1]}').extra).toEqual([null, 1]);
  });

  test.each([
    ["a number for a DateTime", '{"placed":0}'],
    ["a boolean for a DateTimeOffset", '{"offset":true}'],
    ["a number for a TimeSpan", '{"wait":1}'],
    ["a number for a Guid", '{"id":1}'],
    ["a number for a char", '{"initial":65}'],
    ["a boolean for a decimal", '{"total":false}'],
    ["a key that is not a Guid", '{"names":{"x":1}}'],
  ])("%s: the code and path the decoder gives", (_, text) => {
    let thrown: { code: string; path: string } | undefined;
    try {
      json.decode(Dotnet, text);
    } catch (error) {
      thrown = error as { code: string; path: string };
    }
    const [issue] = checkValue(Dotnet, JSON.parse(text)).issues!;
    expect({ code: issue!.code, path: formatPath(issue!.path) }).toEqual({ code: thrown!.code, path: thrown!.path });
  });
});

describe("misuse is a TypeError", () => {
  test.each([
    ["an option checkValue does not have", () => checkValue(Kinds, {}, { maxLength: 1 } as CheckOptions)],
    ["a wrong option value", () => checkValue(Kinds, {}, { strict: "yes" } as unknown as CheckOptions)],
    ["something that is not a schema", () => checkValue(undefined as unknown as Schema, {})],
  ])("%s", (_, call) => {
    expect(call).toThrow(TypeError);
  });
});

// The .NET types of issue 12: each kind takes what JSON.parse makes of the JSON the reference
// writes, and the decoded value; the result is the held form a decoder gives.
const Status = enumeration("Status", ["InProgress", "Done"], { spellings: { InProgress: "in progress" } });
const Priority = enumeration("Priority", { Low: 1, High: 5 }, { open: true });
const Perms = flags("Perms", { None: 0, Read: 1, Write: 2, Exec: 4 });
const GUID = "0f8fad5b-d9cb-469f-a165-70867728950e";

/** One member of each .NET type beyond numbers and strings. */
const DotNet = object("DotNet", {
  status: Status,
  priority: Priority,
  perms: Perms,
  price: decimal(),
  start: dateTime(),
  ends: dateTimeOffset(),
  length: timeSpan(),
  id: guid(),
  initial: char(),
  anything: untyped(),
  byDay: dictionary(string(), { key: int() }),
  byColor: dictionary(int(), { key: Color }),
  byId: dictionary(int(), { key: guid() }),
});

const DOTNET_DEFAULTS = {
  status: "in progress",
  priority: 0,
  perms: 0,
  price: "0",
  start: "0001-01-01T00:00:00.0000000",
  ends: "0001-01-01T00:00:00.0000000+00:00",
  length: "00:00:00",
  id: "00000000-0000-0000-0000-000000000000",
  initial: "\0",
};

describe("the .NET types: the forms each takes, and the value it gives", () => {
  test.each(
    named<Valid>([
      { name: "nothing: each value type's default (an open enum's is 0, which no member names)", schema: DotNet, value: {}, decoded: DOTNET_DEFAULTS },
      { name: "an enum: its [EnumMember] spelling", schema: DotNet, value: { status: "in progress" }, decoded: { status: "in progress" } },
      { name: "an enum: its C# name, in any letter case", schema: DotNet, value: { status: "INPROGRESS" }, decoded: { status: "in progress" } },
      { name: "an enum: a member's number, or its text", schema: DotNet, value: { status: 1, priority: "5" }, decoded: { status: "Done", priority: "High" } },
      { name: "an open enum: a number no member names is held as it is", schema: DotNet, value: { priority: 7 }, decoded: { priority: 7 } },
      { name: "flags: the number, any int", schema: DotNet, value: { perms: 8 }, decoded: { perms: 8 } },
      { name: "flags: names separated by commas, in any letter case", schema: DotNet, value: { perms: "read, EXEC" }, decoded: { perms: 5 } },
      { name: "flags: the number as text", schema: DotNet, value: { perms: "3" }, decoded: { perms: 3 } },
      { name: "a decimal: its text keeps its scale and every digit", schema: DotNet, value: { price: "79228162514264337593543950335" }, decoded: { price: "79228162514264337593543950335" } },
      { name: "a decimal: a number JSON.parse gave, by its shortest spelling", schema: DotNet, value: JSON.parse('{"price":1.10}'), decoded: { price: "1.1" } },
      { name: "a decimal: an exponent", schema: DotNet, value: JSON.parse('{"price":1E-5}'), decoded: { price: "0.00001" } },
      { name: "a DateTime: the JSON form, Utc", schema: DotNet, value: { start: "/Date(1623764730123)/" }, decoded: { start: "2021-06-15T13:45:30.1230000Z" } },
      { name: "a DateTime: the JSON form with an offset, Local", schema: DotNet, value: { start: "/Date(1623764730123+0100)/" }, decoded: { start: "2021-06-15T14:45:30.1230000+01:00" } },
      { name: "a DateTime: an ISO date alone, Unspecified", schema: DotNet, value: { start: "2021-06-15" }, decoded: { start: "2021-06-15T00:00:00.0000000" } },
      { name: "a DateTime: its held form, every tick", schema: DotNet, value: { start: "9999-12-31T23:59:59.9999999Z" }, decoded: { start: "9999-12-31T23:59:59.9999999Z" } },
      { name: "a DateTimeOffset: the JSON form keeps its offset", schema: DotNet, value: { ends: "/Date(1623764730123+0530)/" }, decoded: { ends: "2021-06-15T13:45:30.1230000+05:30" } },
      { name: "a TimeSpan: an XSD duration, negative and fractional", schema: DotNet, value: { length: "-P1DT2H3M4.5S" }, decoded: { length: "-1.02:03:04.5000000" } },
      { name: "a TimeSpan: its held form", schema: DotNet, value: { length: "01:30:00" }, decoded: { length: "01:30:00" } },
      { name: "a Guid: 32 hex digits, upper case, braced", schema: DotNet, value: { id: "{0F8FAD5B-D9CB-469F-A165-70867728950E}" }, decoded: { id: GUID } },
      { name: "a char: one UTF-16 code unit", schema: DotNet, value: { initial: "\0" }, decoded: { initial: "\0" } },
      {
        name: "an untyped value: strings, numbers, bigints, booleans, lists with nulls, plain objects",
        schema: DotNet,
        value: { anything: { a: [1, null, "b", true, 2n], __type: "X, Y" } },
        decoded: { anything: { a: [1, null, "b", true, 2n], __type: "X, Y" } },
      },
      {
        name: "a typed value in an untyped slot: checked as its type, and given in that type's held form",
        schema: DotNet,
        value: { anything: [typed(decimal(), "1.10"), typed(guid(), `{${GUID.toUpperCase()}}`), typed(dateTime(), "/Date(0)/")] },
        decoded: { anything: [typed(decimal(), "1.10"), typed(guid(), GUID), typed(dateTime(), "1970-01-01T00:00:00.0000000Z")] },
      },
      { name: "integer keys: text, as JSON.parse gives them, or a Map", schema: DotNet, value: { byDay: { "01": "x", "-2": "y" }, byColor: new Map([[2, 1]]) }, decoded: { byDay: new Map([[1, "x"], [-2, "y"]]), byColor: new Map([["Blue", 1]]) } },
      { name: "enum and Guid keys: by name in any case, and any Guid form", schema: DotNet, value: { byColor: { green: 1 }, byId: { [GUID.toUpperCase()]: 2 } }, decoded: { byColor: new Map([["Green", 1]]), byId: new Map([[GUID, 2]]) } },
    ]),
  )("%s", (_, { schema, value, decoded, options }) => {
    const result = checkValue(schema, value, options);
    expect(result.issues).toBeUndefined();
    expect(result.value).toEqual({ ...DOTNET_DEFAULTS, ...(decoded as object) });
  });
});

describe("the .NET types: what each refuses, with the code and path", () => {
  test.each(
    named<Invalid>([
      { name: "an enum: a name it does not have, a number no member has (closed), a fraction", schema: DotNet, value: { status: "Paused", priority: 1.5 }, issues: [["invalid-enum", ["status"]], ["invalid-enum", ["priority"]]] },
      { name: "a closed enum: a number no member has", schema: Status, value: 2, issues: [["invalid-enum", []]] },
      { name: "flags: a name it does not have, another separator, past an int", schema: list(Perms), value: ["Read, Nope", "Read|Write", 2 ** 31, true], issues: [["invalid-enum", [0]], ["invalid-enum", [1]], ["invalid-enum", [2]], ["invalid-enum", [3]]] },
      {
        name: "a decimal: past its range, not a number, a boolean",
        schema: list(decimal()),
        value: ["79228162514264337593543950336", "1,000", true, Infinity],
        issues: [["invalid-number", [0]], ["invalid-number", [1]], ["invalid-number", [2]], ["invalid-number", [3]]],
      },
      { name: "a decimal: a number with more digits than JSON.parse keeps (it may have been rounded)", schema: list(decimal()), value: JSON.parse("[79228162514264337593543950335, 12345678901234567890]"), issues: [["invalid-number", [0]], ["invalid-number", [1]]] },
      { name: "a DateTime: not a date, 8 fractional digits, a number", schema: list(dateTime()), value: ["garbage", "2021-06-15T13:45:30.12345678Z", 1623764730123], issues: [["invalid-value", [0]], ["invalid-value", [1]], ["type-mismatch", [2]]] },
      { name: "a DateTimeOffset: not a date", schema: list(dateTimeOffset()), value: ["x"], issues: [["invalid-value", [0]]] },
      { name: "a TimeSpan: empty, past TimeSpan.MaxValue, 8 fractional digits, a number", schema: list(timeSpan()), value: ["", "P10675199DT2H48M5.4775808S", "PT1.12345678S", 5400], issues: [["invalid-value", [0]], ["invalid-value", [1]], ["invalid-value", [2]], ["type-mismatch", [3]]] },
      { name: "a Guid: a digit short, spaces around, a number", schema: list(guid()), value: [GUID.slice(0, -1), ` ${GUID} `, 0], issues: [["invalid-value", [0]], ["invalid-value", [1]], ["type-mismatch", [2]]] },
      { name: "a char: empty, two code units, a number", schema: list(char()), value: ["", "😀", 65], issues: [["invalid-value", [0]], ["invalid-value", [1]], ["type-mismatch", [2]]] },
      {
        name: "an untyped value: a null entry, an infinity, an integer past 2^53, a Date, a Map",
        schema: untyped(),
        value: { a: null, b: [Infinity], c: 2 ** 60, d: new Date(0), e: new Map() },
        issues: [["null-value", ["a"]], ["invalid-number", ["b", 0]], ["invalid-number", ["c"]], ["type-mismatch", ["d"]], ["type-mismatch", ["e"]]],
      },
      {
        name: "a typed value that is not of its type, or holds nothing",
        schema: list(untyped()),
        value: [typed(decimal(), "abc"), typed(guid(), 5), { a: typed(char(), null) }],
        issues: [["invalid-number", [0]], ["type-mismatch", [1]], ["null-value", [2, "a"]]],
      },
      {
        name: "keyed dictionaries: each key the type refuses, at that key",
        schema: DotNet,
        value: { byDay: { "1.5": "a", "2147483648": "b", x: "c", "7": null }, byColor: { Purple: 1 }, byId: { nope: 1 } },
        // Integer-like keys come first in a JavaScript object, as JSON.parse builds it.
        issues: [["null-value", ["byDay", "7"]], ["invalid-integer", ["byDay", "2147483648"]], ["invalid-integer", ["byDay", "1.5"]], ["invalid-integer", ["byDay", "x"]], ["invalid-enum", ["byColor", "Purple"]], ["invalid-value", ["byId", "nope"]]],
      },
      { name: "a keyed dictionary: a list", schema: dictionary(int(), { key: int() }), value: [], issues: [["type-mismatch", []]] },
      {
        name: "a Map whose keys are one Guid in two forms: duplicate-key, never one entry lost",
        schema: dictionary(int(), { key: guid() }),
        value: new Map([[GUID, 1], [GUID.toUpperCase(), 2]]),
        issues: [["duplicate-key", [GUID.toUpperCase()]]],
      },
      { name: "a parsed object whose keys are one int in two spellings, when strict", schema: dictionary(int(), { key: int() }), value: { "1": 1, "01": 2 }, options: { strict: true }, issues: [["duplicate-key", ["01"]]] },
      { name: "a Map whose keys are one int as text and as a number", schema: dictionary(int(), { key: int() }), value: new Map<unknown, number>([["7", 1], [7, 2]]), issues: [["duplicate-key", [7]]] },
      { name: "an untyped bigint beyond every .NET integer and decimal", schema: list(untyped()), value: [2n ** 96n, -(2n ** 100n), 2n ** 96n - 1n], issues: [["invalid-number", [0]], ["invalid-number", [1]]] },
    ]),
  )("%s", (_, { schema, value, issues, options }) => {
    const result = checkValue(schema, value, options);
    expect(result.value).toBeUndefined();
    expect(result.issues!.map((issue) => [issue.code, issue.path])).toEqual(issues);
  });
});

describe("the .NET types: checkValue(JSON.parse(text)) is json.decode(text)", () => {
  // Where JSON.parse has already lost what the text said, checkValue cannot give the decoder's
  // value: a decimal's scale (1.10), digits past a double's (refused above), an untyped number's
  // spelling (the decoder keeps 1.10 as a typed decimal), `1e0` for an integer or enum.
  const SAME_AS_THE_DECODER: [Schema, string[]][] = [
    [Color, ['"red"', "1", '"1"', '"01"', "3", "-1", "1.5", '""', '" Red"', "true", '"Red, Green"', '"+1"', "[]", "{}"]],
    [Status, ['"IN PROGRESS"', '"InProgress"', '"Done"', "0", "2"]],
    [Priority, ['"Low"', "5", "0", "7", '"-3"', "1.5", "2147483648", "9007199254740993"]],
    [Perms, ["3", '"3"', '"Read, Write"', '"read,write"', '"Read|Write"', '""', "8", "-1", "2147483648", "1.5", "true", '"Nope"', '"1, 2"', "[]"]],
    [decimal(), ["79228162514264337593543950336", "1e21", "1E-5", "-0", "0.1", '"abc"', "true", "1e400", "[]"]],
    [dateTime(), ['"\\/Date(1623764730123+0100)\\/"', '"\\/Date(1623764730123-0000)\\/"', '"2021-06-15 13:45:30"', '"1623764730123"', "1623764730123", "true", '"\\/Date(253402300800000)\\/"']],
    [dateTimeOffset(), ['"\\/Date(1623764730123)\\/"', '"2021-06-15T13:45:30Z"', "0", '"x"']],
    [timeSpan(), ['"PT1H30M"', '"P1D"', '"5400"', '"P"', '"P10675199DT2H48M5.4775807S"', "5400", "true"]],
    [guid(), ['"0f8fad5bd9cb469fa16570867728950e"', '"(0f8fad5b-d9cb-469f-a165-70867728950e)"', '"{0x0f8fad5b,0xd9cb,0x469f,{0xa1,0x65,0x70,0x86,0x77,0x28,0x95,0x0e}}"', "0"]],
    [char(), ['"a"', '"ab"', '"\\ud800"', "65"]],
    [untyped(), ['"s"', "1", "1.5", "true", '[1,null,"a"]', '{"a":{"b":[]}}', '{"a":null}', "-0", "1e400"]],
    [dictionary(int(), { key: int() }), ['{"1":2}', '{"-1":2}', '{"1.5":2}', '{" 1":2}', '{"1":null}', '{"1":2,"01":3}', "[]"]],
    [dictionary(int(), { key: long() }), ['{"9223372036854775807":1}', '{"9223372036854775808":1}']],
    [dictionary(int(), { key: Color }), ['{"red":1}', '{"1":1}', '{"Nope":1}']],
    [dictionary(int(), { key: guid() }), ['{"0F8FAD5B-D9CB-469F-A165-70867728950E":1}', '{"x":1}']],
  ];

  test.each(SAME_AS_THE_DECODER.flatMap(([schema, texts]) => texts.map((text) => [dotNetTypeName(schema), text, schema] as const)))(
    "%s %s: the value, or the first problem's code and path, the JSON decoder gives",
    (_, text, schema) => {
      const holder = object("Holder", { v: schema });
      const source = `{"v":${text}}`;
      let decoded: { value: unknown } | { code: string; path: string };
      try {
        decoded = { value: json.decode(holder, source) };
      } catch (error) {
        decoded = { code: (error as { code: string }).code, path: (error as { path: string }).path };
      }
      const checked = checkValue(holder, JSON.parse(source));
      expect(checked.issues ? { code: checked.issues[0]!.code, path: formatPath(checked.issues[0]!.path) } : { value: checked.value }).toEqual(decoded);
    },
  );
});
