import { describe, expect, test } from "vitest";
import {
  boolean,
  bytes,
  checkValue,
  dictionary,
  double,
  enumeration,
  float,
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
  ulong,
  type CheckOptions,
  type Schema,
  type ValueIssueCode,
} from "../../src/index.js";
import { formatPath } from "../../src/core/path.js";
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

describe("misuse is a TypeError", () => {
  test.each([
    ["an option checkValue does not have", () => checkValue(Kinds, {}, { maxLength: 1 } as CheckOptions)],
    ["a wrong option value", () => checkValue(Kinds, {}, { strict: "yes" } as unknown as CheckOptions)],
    ["something that is not a schema", () => checkValue(undefined as unknown as Schema, {})],
  ])("%s", (_, call) => {
    expect(call).toThrow(TypeError);
  });
});
