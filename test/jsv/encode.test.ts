import { describe, expect, test } from "vitest";
import { dictionary, EncodeError, jsv, list, object, SessionInfo, string } from "../../src/index.js";

// JSV writing, as the reference does it (spec §2): a string is quoted exactly when it is empty or
// holds one of `" : , { } [ ]` CR LF, with inner quotes doubled; everything else is verbatim.

const Holder = object("Holder", { v: string(), tags: list(string()), map: dictionary(string()) });

describe("strings", () => {
  test.each([
    ["plain", "plain"],
    ["", '""'],
    [" ", " "],
    [" lead", " lead"],
    ["trail ", "trail "],
    ["a\tb", "a\tb"],
    ["true", "true"],
    ["123", "123"],
    ["null", "null"],
    ["a\\b/c'd%e=f&g", "a\\b/c'd%e=f&g"],
    ["Jří Ω 🎉", "Jří Ω 🎉"],
    ["a:b", '"a:b"'],
    ["a,b", '"a,b"'],
    ["a{b", '"a{b"'],
    ["a}b", '"a}b"'],
    ["[x]", '"[x]"'],
    ["a\nb", '"a\nb"'],
    ["a\rb", '"a\rb"'],
    ['a"b', '"a""b"'],
    ['"', '""""'],
    ['"q"', '"""q"""'],
    ['"1st', '"""1st"'],
    ["https://url.com", '"https://url.com"'],
  ])("%j is written %s", (value, written) => {
    expect(jsv.encode(string(), value)).toBe(written);
    expect(jsv.encode(Holder, { v: value })).toBe(`{v:${written}}`);
  });
});

test("a string of many quotes, built in blocks (issue 17, item 9), has every quote doubled", () => {
  const long = 'ab"c,'.repeat(100_000);
  expect(jsv.encode(string(), long)).toBe(`"${long.replaceAll('"', '""')}"`);
});

describe("the @servicestack/client bugs evo-codec does not have", () => {
  test("a string that starts with a quote comes back whole", () => {
    const value = { v: '"quoted" start', tags: ['"', '"x'], map: { '"k': '"v' } };
    const text = jsv.encode(Holder, value);
    expect(text).toBe('{v:"""quoted"" start",tags:["""","""x"],map:{"""k":"""v"}}');
    expect(jsv.decode(Holder, text)).toEqual(value);
  });

  test("empty strings in objects, lists and dictionaries are kept", () => {
    const value = { v: "", tags: ["", "a", ""], map: { "": "", k: "" } };
    const text = jsv.encode(Holder, value);
    expect(text).toBe('{v:"",tags:["",a,""],map:{"":"",k:""}}');
    expect(jsv.decode(Holder, text)).toEqual(value);
  });
});

describe("other values", () => {
  test("bools are True/False and enums their names; missing ones are written as defaults", () => {
    expect(jsv.encode(SessionInfo, {})).toBe(
      "{dialState:None,callState:Disconnected,queueState:None,channel:Voice,ended:False,holdReason:None,direction:Incoming,wasMissed:False}",
    );
  });

  test("PascalCase names on request", () => {
    expect(jsv.encode(SessionInfo, { ended: true }, { case: "pascal" })).toBe(
      "{DialState:None,CallState:Disconnected,QueueState:None,Channel:Voice,Ended:True,HoldReason:None,Direction:Incoming,WasMissed:False}",
    );
  });

  test("empty containers are [] and {}", () => {
    expect(jsv.encode(Holder, { tags: [], map: {} })).toBe("{tags:[],map:{}}");
  });

  test("nested objects follow the same rules", () => {
    const text = jsv.encode(SessionInfo, { log: [{}, { message: "a:b" }], members: [{ applicationData: { "k:1": "v,1" } }] });
    expect(text).toContain('log:[{},{message:"a:b"}]');
    expect(text).toContain('applicationData:{"k:1":"v,1"}');
  });
});

describe("values the schema refuses", () => {
  test.each([
    ["a wrong enum name", { dialState: "Dialing" }, "invalid-enum", "dialState"],
    ["a null list element", { log: [null] }, "null-value", "log[0]"],
    ["a null dictionary value", { members: [{ applicationData: { k: null } }] }, "null-value", 'members[0].applicationData.k'],
    ["a number for a string", { accountId: 7 }, "type-mismatch", "accountId"],
    ["a string for a bool", { ended: "yes" }, "type-mismatch", "ended"],
    ["an unknown member", { members: [{ nickname: "x" }] }, "unknown-member", "members[0].nickname"],
  ])("%s is an EncodeError", (_what, value, code, path) => {
    expect(() => jsv.encode(SessionInfo, value as never)).toThrow(EncodeError);
    expect(() => jsv.encode(SessionInfo, value as never)).toThrow(expect.objectContaining({ code, path, format: "jsv" }));
  });
});

describe("pretty form", () => {
  test("is the reference's layout: TABs, `name: value`, containers on their own line, empty ones inline", () => {
    expect(jsv.encode(Holder, { v: "x", tags: ["a"], map: {} }, { pretty: true })).toBe(
      "{\n\tv: x,\n\ttags: \n\t[\n\t\ta\n\t],\n\tmap: {}\n}",
    );
  });

  test("uses CRLF on request", () => {
    expect(jsv.encode(Holder, { v: "x" }, { pretty: true, newline: "\r\n" })).toBe("{\r\n\tv: x\r\n}");
  });

  test("never breaks or pads a quoted string, where the reference's printer does", () => {
    const value = { v: "a:b {c} [d]", tags: ["x:y", "[z]"], map: { "k:1": "{v}" } };
    const text = jsv.encode(Holder, value, { pretty: true });
    expect(text).toContain('v: "a:b {c} [d]"');
    expect(text).toContain('\t\t"x:y",\n\t\t"[z]"');
    expect(text).toContain('\t\t"k:1": "{v}"');
    expect(jsv.decode(Holder, text)).toEqual(value);
  });

  test("keeps strings that start with TABs or spaces exact", () => {
    const value = { v: "\tx", tags: ["\t", " a", "\t\tb"], map: { "\tk": " v", " ": "\t" } };
    expect(jsv.decode(Holder, jsv.encode(Holder, value, { pretty: true }))).toEqual(value);
  });
});
