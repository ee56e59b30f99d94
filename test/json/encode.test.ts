import { describe, expect, test } from "vitest";
import {
  dictionary,
  EncodeError,
  integer,
  json,
  list,
  listOf,
  member,
  object,
  SessionDialState,
  SessionInfo,
  SessionMemberInfo,
  string,
  type EncodeErrorCode,
  type Schema,
} from "../../src/index.js";
import { named, namedErrors } from "../support/tables.js";

// How evo-codec writes JSON: exactly as ServiceStack.Text's JsonSerializer on a camelCase host
// (spec §7.1, §12.1, §12.2), and which values it refuses. String escaping is in escape.test.ts.

const encode = (schema: Schema, value: unknown, options?: { case?: "camel" | "pascal" }) =>
  json.encode(schema, value as never, options);

describe("members are written in declaration order, own members before the base class's", () => {
  test("whatever the order of the properties in the value", () => {
    const value = { id: "i", lastModifiedBy: "l", ringQueueId: "r", accountId: "a", dialState: "Active" };
    expect(encode(SessionInfo, value)).toBe(
      '{"dialState":"Active","callState":"Disconnected","queueState":"None","accountId":"a","channel":"Voice","ended":false,' +
        '"holdReason":"None","direction":"Incoming","wasMissed":false,"ringQueueId":"r","id":"i","lastModifiedBy":"l"}',
    );
  });

  test("dictionary entries keep the value's insertion order", () => {
    expect(encode(dictionary(string()), { b: "1", a: "2", c: "3" })).toBe('{"b":"1","a":"2","c":"3"}');
  });
});

describe("member names are camelCase by default and PascalCase on request", () => {
  const Names = object("Names", {
    dialState: string(),
    id: member(string(), { name: "ID" }),
    urlValue: member(string(), { name: "URLValue" }),
    callSid: string(),
    aliased: member(string(), { alias: "my_Alias" }),
  });
  const value = { dialState: "d", id: "i", urlValue: "u", callSid: "c", aliased: "a" };

  test.each(named([
    { name: "by default they are camelCase", nameCase: undefined, output: '{"dialState":"d","id":"i","urlValue":"u","callSid":"c","my_Alias":"a"}' },
    { name: 'case "camel" asks for them explicitly', nameCase: "camel", output: '{"dialState":"d","id":"i","urlValue":"u","callSid":"c","my_Alias":"a"}' },
    { name: 'case "pascal" writes the declared names; an alias is verbatim in both', nameCase: "pascal", output: '{"DialState":"d","ID":"i","URLValue":"u","CallSid":"c","my_Alias":"a"}' },
  ] as const))("%s", (_, { nameCase, output }) => {
    expect(encode(Names, value, nameCase === undefined ? undefined : { case: nameCase })).toBe(output);
  });

  test("an empty SessionInfo in PascalCase", () => {
    expect(encode(SessionInfo, {}, { case: "pascal" })).toBe(
      '{"DialState":"None","CallState":"Disconnected","QueueState":"None","Channel":"Voice","Ended":false,' +
        '"HoldReason":"None","Direction":"Incoming","WasMissed":false}',
    );
  });
});

describe("value types are always written; null and missing reference members are left out", () => {
  const Counter = object("Counter", { count: integer(), label: string() });

  test.each(named<{ name: string; schema: Schema; value: unknown; output: string }>([
    {
      name: "an empty SessionInfo writes every enum and bool as its default (spec §10.4)",
      schema: SessionInfo,
      value: {},
      output:
        '{"dialState":"None","callState":"Disconnected","queueState":"None","channel":"Voice","ended":false,' +
        '"holdReason":"None","direction":"Incoming","wasMissed":false}',
    },
    {
      name: "a null enum or bool is written as its default",
      schema: SessionInfo,
      value: { dialState: null, ended: null, wasMissed: true },
      output:
        '{"dialState":"None","callState":"Disconnected","queueState":"None","channel":"Voice","ended":false,' +
        '"holdReason":"None","direction":"Incoming","wasMissed":true}',
    },
    {
      name: "a nested empty member gets its defaults too",
      schema: listOf(SessionMemberInfo),
      value: [{}],
      output: '[{"isOriginalMember":false,"callState":"None","role":"None","muted":false}]',
    },
    { name: "a missing integer is 0", schema: Counter, value: {}, output: '{"count":0}' },
    { name: "null and undefined strings are left out", schema: Counter, value: { label: null }, output: '{"count":0}' },
    { name: "undefined is left out like null", schema: Counter, value: { label: undefined, count: 3 }, output: '{"count":3}' },
    { name: "the empty string is written", schema: Counter, value: { label: "" }, output: '{"count":0,"label":""}' },
    {
      name: "empty lists and dictionaries are written",
      schema: listOf(SessionMemberInfo),
      value: [{ applicationData: {} }],
      output: '[{"isOriginalMember":false,"applicationData":{},"callState":"None","role":"None","muted":false}]',
    },
    {
      name: "a property the schema does not describe is ignored when it holds null or undefined",
      schema: Counter,
      value: { count: 1, extra: null, other: undefined },
      output: '{"count":1}',
    },
    { name: "enum const members are the names written", schema: SessionDialState, value: SessionDialState.Active, output: '"Active"' },
  ]))("%s", (_, { schema, value, output }) => {
    expect(encode(schema, value)).toBe(output);
  });
});

describe("values the schema refuses are an EncodeError with a code and the value's path", () => {
  const Counter = object("Counter", { count: integer(), tags: list(integer()) });

  test.each(namedErrors<{ name: string; schema: Schema; value: unknown; code: EncodeErrorCode; path: string }>([
    { name: "an enum name that is not a member", schema: SessionInfo, value: { dialState: "Ringing" }, code: "invalid-enum", path: "dialState" },
    { name: "an enum name in the wrong letter case", schema: SessionInfo, value: { dialState: "active" }, code: "invalid-enum", path: "dialState" },
    {
      name: "a nested enum name that is not a member",
      schema: SessionInfo,
      value: { members: [{}, { role: "Boss" }] },
      code: "invalid-enum",
      path: "members[1].role",
    },
    { name: "a null list element", schema: SessionInfo, value: { log: [{}, null] }, code: "null-value", path: "log[1]" },
    { name: "an undefined list element", schema: SessionInfo, value: { log: [undefined] }, code: "null-value", path: "log[0]" },
    { name: "a null element of a root list", schema: listOf(SessionInfo), value: [null], code: "null-value", path: "[0]" },
    {
      name: "a null dictionary value",
      schema: SessionInfo,
      value: { members: [{ applicationData: { a: "x", b: null } }] },
      code: "null-value",
      path: "members[0].applicationData.b",
    },
    {
      name: "an undefined dictionary value under a key that is no identifier",
      schema: SessionInfo,
      value: { members: [{ applicationData: { "b.c": undefined } }] },
      code: "null-value",
      path: 'members[0].applicationData["b.c"]',
    },
    { name: "a null root", schema: SessionInfo, value: null, code: "null-value", path: "" },
    { name: "a string for a bool", schema: SessionInfo, value: { ended: "true" }, code: "type-mismatch", path: "ended" },
    { name: "a number for a string", schema: SessionInfo, value: { accountId: 5 }, code: "type-mismatch", path: "accountId" },
    { name: "an object for a list", schema: SessionInfo, value: { log: {} }, code: "type-mismatch", path: "log" },
    { name: "a list for an object", schema: SessionInfo, value: { members: [[]] }, code: "type-mismatch", path: "members[0]" },
    { name: "a list for a dictionary", schema: SessionInfo, value: { members: [{ applicationData: ["x"] }] }, code: "type-mismatch", path: "members[0].applicationData" },
    { name: "a number as a dictionary value", schema: SessionInfo, value: { members: [{ applicationData: { a: 1 } }] }, code: "type-mismatch", path: "members[0].applicationData.a" },
    { name: "a list as the root object", schema: SessionInfo, value: [], code: "type-mismatch", path: "" },
    { name: "an unknown property", schema: SessionInfo, value: { extra: 1 }, code: "unknown-member", path: "extra" },
    { name: "an unknown nested property", schema: SessionInfo, value: { members: [{ muted: true, extra: "x" }] }, code: "unknown-member", path: "members[0].extra" },
    { name: "an integer beyond the safe range", schema: Counter, value: { count: 2 ** 53 }, code: "invalid-integer", path: "count" },
    { name: "a fraction for an integer", schema: Counter, value: { count: 1.5 }, code: "invalid-integer", path: "count" },
    { name: "NaN for an integer", schema: Counter, value: { count: NaN }, code: "invalid-integer", path: "count" },
    { name: "Infinity in a list of integers", schema: Counter, value: { tags: [1, -Infinity] }, code: "invalid-integer", path: "tags[1]" },
  ]))("%s", (_, { schema, value, code, path }) => {
    let thrown: unknown;
    try {
      encode(schema, value);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(EncodeError);
    expect(thrown).toMatchObject({ format: "json", code, path });
  });

  test("the safe integer limits themselves are written", () => {
    expect(encode(Counter, { count: Number.MAX_SAFE_INTEGER, tags: [Number.MIN_SAFE_INTEGER, -0] })).toBe(
      '{"count":9007199254740991,"tags":[-9007199254740991,0]}',
    );
  });
});
