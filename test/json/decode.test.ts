import { describe, expect, test } from "vitest";
import { dictionary, json, SessionInfo, string } from "../../src/index.js";
import { decodeError, where } from "../support/errors.js";
import { named, namedErrors } from "../support/tables.js";
import { MEMBER_DEFAULTS, SESSION_DEFAULTS } from "./support.js";

// What the JSON decoder reads, and into which value (spec §7.2, §12.2, §12.4, §12.5, §12.7).
// Errors are in decode-errors.test.ts, limits in decode-limits.test.ts, truncation in
// decode-prefixes.test.ts.

/** JSON's four white-space characters between every two tokens, and around the root. */
function spaced(tokens: string[]): string {
  const ws = " \t\r\n";
  return ws + tokens.join(ws) + ws;
}

describe("documents decode to values", () => {
  test.each(named([
    { name: "an empty object gives every enum and bool its default", text: "{}", value: SESSION_DEFAULTS },
    {
      name: "white space is allowed between all tokens and around the root",
      text: spaced(
        ["{", '"accountId"', ":", '"a"', ",", '"log"', ":", "[", "{", "}", ",", "{", "}", "]", ","]
          .concat(['"members"', ":", "[", "{", '"applicationData"', ":", "{", '"k"', ":", '"v"', "}", "}", "]", "}"]),
      ),
      value: { ...SESSION_DEFAULTS, accountId: "a", log: [{}, {}], members: [{ ...MEMBER_DEFAULTS, applicationData: { k: "v" } }] },
    },
    { name: "a leading BOM is skipped", text: "\uFEFF{}", value: SESSION_DEFAULTS },
    { name: "a leading BOM may be followed by white space", text: "\uFEFF \r\n{}\n", value: SESSION_DEFAULTS },
    {
      name: "member names match ignoring letter case",
      text: '{"DIALSTATE":"Active","AccountID":"a","callsid":"c","Log":[{"MESSAGE":"m"}]}',
      value: { ...SESSION_DEFAULTS, dialState: "Active", accountId: "a", callSid: "c", log: [{ message: "m" }] },
    },
    {
      name: "enum names match ignoring letter case and decode to the declared name",
      text: '{"dialState":"active","channel":"FAX","direction":"outGoing"}',
      value: { ...SESSION_DEFAULTS, dialState: "Active", channel: "Fax", direction: "Outgoing" },
    },
    {
      name: "null leaves a reference member absent and gives a value-type member its default",
      text: '{"accountId":null,"log":null,"members":null,"dialState":null,"ended":null}',
      value: SESSION_DEFAULTS,
    },
    {
      name: "a nested null member behaves the same",
      text: '{"members":[{"applicationData":null,"role":null,"muted":null}]}',
      value: { ...SESSION_DEFAULTS, members: [MEMBER_DEFAULTS] },
    },
    {
      name: "unknown members of any shape are skipped",
      text: '{"unknown":{"deep":[1,-2.5e3,{"x":null}],"t":true},"accountId":"a","other":"s","n":null}',
      value: { ...SESSION_DEFAULTS, accountId: "a" },
    },
    {
      name: "a repeated member: the last one wins, whatever its letter case",
      text: '{"dialState":"Active","DialState":"None","accountId":"a","ACCOUNTID":"b"}',
      value: { ...SESSION_DEFAULTS, accountId: "b" },
    },
    {
      name: "a repeated member: a last null wins too",
      text: '{"accountId":"a","ended":true,"accountId":null,"ended":null}',
      value: SESSION_DEFAULTS,
    },
    {
      name: "a repeated dictionary key: the last one wins",
      text: '{"members":[{"applicationData":{"a":"1","b":"2","a":"3"}}]}',
      value: { ...SESSION_DEFAULTS, members: [{ ...MEMBER_DEFAULTS, applicationData: { a: "3", b: "2" } }] },
    },
    {
      name: "every JSON escape is read",
      text: String.raw`{"accountId":"\"\\\/\b\f\n\r\t\u00e9\u00E9\uD83D\uDE00"}`,
      value: { ...SESSION_DEFAULTS, accountId: '"\\/\b\f\n\r\t\u00e9\u00e9😀' },
    },
    {
      name: "DEL, U+2028, non-ASCII and lone surrogates are allowed raw in strings",
      text: '{"accountId":"\u007f\u2028é😀\ud800"}',
      value: { ...SESSION_DEFAULTS, accountId: "\u007f\u2028é😀\ud800" },
    },
    {
      name: "escaped lone surrogates are kept",
      text: String.raw`{"accountId":"\udc00\ud800"}`,
      value: { ...SESSION_DEFAULTS, accountId: "\udc00\ud800" },
    },
  ]))("%s", (_, { text, value }) => {
    expect(json.decode(SessionInfo, text)).toEqual(value);
  });

  test("a document both names read, camelCase and PascalCase, decodes the same", () => {
    const camel = json.encode(SessionInfo, { accountId: "a", members: [{ callSid: "c" }] });
    const pascal = json.encode(SessionInfo, { accountId: "a", members: [{ callSid: "c" }] }, { case: "pascal" });
    expect(json.decode(SessionInfo, pascal)).toEqual(json.decode(SessionInfo, camel));
  });
});

describe("strict decoding reports what lenient decoding passes over", () => {
  test("a clean document decodes the same, strict or not", () => {
    const text = '{"accountId":"a","members":[{"applicationData":{"a":"1","A":"2"}}]}';
    expect(json.decode(SessionInfo, text, { strict: true })).toEqual(json.decode(SessionInfo, text));
  });

  test.each(namedErrors([
    { name: "an unknown member", text: '{"bogus":1}', code: "unknown-member", path: "bogus", at: "1:2" },
    { name: "an unknown nested member", text: '{"members":[{"bogus":1}]}', code: "unknown-member", path: "members[0].bogus", at: "1:14" },
    { name: "an unknown member holding null", text: '{"bogus":null}', code: "unknown-member", path: "bogus", at: "1:2" },
    {
      name: "a member given twice, in another letter case",
      text: '{"dialState":"None","DIALSTATE":"Active"}',
      code: "duplicate-member",
      path: "dialState",
      at: "1:21",
    },
    { name: "a member given twice, the first time as null", text: '{"log":null,"log":[]}', code: "duplicate-member", path: "log", at: "1:13" },
    {
      name: "a member given twice, after one out of order",
      text: '{"AccountId":"a","DialState":"None","AccountId":"b"}',
      code: "duplicate-member",
      path: "accountId",
      at: "1:37",
    },
    {
      name: "a dictionary key given twice",
      text: '{"members":[{"applicationData":{"a":"1","a":"2"}}]}',
      code: "duplicate-key",
      path: "members[0].applicationData.a",
      at: "1:41",
    },
    {
      name: "__proto__ given twice as a dictionary key",
      text: '{"members":[{"applicationData":{"__proto__":"1","__proto__":"2"}}]}',
      code: "duplicate-key",
      path: "members[0].applicationData.__proto__",
      at: "1:49",
    },
  ] as const))("%s", (_, { text, code, path, at }) => {
    expect(where(decodeError(json, SessionInfo, text, { strict: true }))).toEqual({ code, path, at });
  });

  test("a member given twice is quoted as the text writes it", () => {
    const error = decodeError(json, SessionInfo, '{"AccountId":"a","DialState":"None","AccountId":"b"}', { strict: true });
    expect(error.detail).toBe('"AccountId" appears twice');
  });

  test("dictionary keys are compared exactly: keys differing in letter case are distinct", () => {
    const value = json.decode(dictionary(string()), '{"a":"1","A":"2"}', { strict: true });
    expect(value).toEqual({ a: "1", A: "2" });
  });
});

describe("__proto__ and constructor are ordinary dictionary keys", () => {
  test("they decode as own keys, in document order", () => {
    const value = json.decode(dictionary(string()), '{"__proto__":"x","constructor":"y","toString":"z"}');
    expect(Object.keys(value)).toEqual(["__proto__", "constructor", "toString"]);
    expect(Object.getOwnPropertyDescriptor(value, "__proto__")?.value).toBe("x");
    expect(value["constructor"]).toBe("y");
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  test("an object under __proto__ becomes a value, not a prototype, and Object.prototype is untouched", () => {
    const value = json.decode(dictionary(dictionary(string())), '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":"p"}}');
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(value, "__proto__")?.value).toEqual({ polluted: "yes" });
    expect((value as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  test("inside a SessionInfo they are application data; as member names they are unknown members", () => {
    const text = '{"__proto__":{"dialState":"Active"},"members":[{"applicationData":{"__proto__":"x","constructor":"y"}}]}';
    const value = json.decode(SessionInfo, text);
    expect(value.dialState).toBe("None");
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    const data = value.members![0]!.applicationData!;
    expect(Object.keys(data)).toEqual(["__proto__", "constructor"]);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(json.encode(SessionInfo, value)).toContain('"applicationData":{"__proto__":"x","constructor":"y"}');
  });
});
