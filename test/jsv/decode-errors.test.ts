import { describe, expect, test } from "vitest";
import { boolean, DECODE_ERROR_CODES, dictionary, jsv, list, object, SessionInfo, string } from "../../src/index.js";
import { decodeError, errorTable, type ErrorRow } from "../support/errors.js";

// What the JSV decoder refuses (spec §3, §12.5): where the reference guesses, evo-codec gives a
// DecodeError with the code, the path in the value and the line:column in the text. A value
// ends at the `,` `}` or `]` after it, so a string member holds whatever text is there.

const SB = object("SB", { v: string(), b: boolean() });
const Holder = object("Holder", { v: string(), tags: list(string()), map: dictionary(string()), people: list(SB) });

const table = (title: string, rows: ErrorRow[]) => errorTable(jsv, SessionInfo, title, rows);

table("values that do not fit the schema", [
  { name: "an unknown enum name", text: "{dialState:Dialing}", code: "invalid-enum", path: "dialState", at: "1:12" },
  { name: "an unknown nested enum name", text: "{members:[{callState:Nope}]}", code: "invalid-enum", path: "members[0].callState", at: "1:22" },
  { name: "a bool as yes", text: "{ended:yes}", code: "invalid-boolean", path: "ended", at: "1:8" },
  { name: "a bool as 1, which the reference reads as true", text: "{ended:1}", code: "invalid-boolean", path: "ended", at: "1:8" },
  { name: "a list for a bool", text: "{ended:[]}", code: "invalid-boolean", path: "ended", at: "1:8" },
  { name: "a bool in a later object of a list", text: "{people:[{v:x},{b:2}]}", schema: Holder, code: "invalid-boolean", path: "people[1].b", at: "1:19" },
  { name: "an object for a list", text: "{members:{}}", code: "type-mismatch", path: "members", at: "1:10" },
  { name: "an object for a list of objects", text: "{log:{}}", code: "type-mismatch", path: "log", at: "1:6" },
  { name: "a list for a dictionary", text: "{members:[{applicationData:[]}]}", code: "type-mismatch", path: "members[0].applicationData", at: "1:28" },
  { name: "a list for the root object", text: "[x]", code: "type-mismatch", path: "", at: "1:1" },
  { name: "a word for the root object", text: "x", code: "type-mismatch", path: "", at: "1:1" },
  { name: "null for the root object, which JSV spells as nothing", text: "null", code: "type-mismatch", path: "", at: "1:1" },
  { name: "an empty list element", text: "{log:[,{}]}", code: "null-value", path: "log[0]", at: "1:7" },
  { name: "an empty dictionary value", text: "{members:[{applicationData:{a:}}]}", code: "null-value", path: "members[0].applicationData.a", at: "1:31" },
  { name: "an error after line breaks", text: "{\n\tdialState: None,\n\tended: maybe\n}", code: "invalid-boolean", path: "ended", at: "3:9" },
  { name: "an error after CRLF line breaks", text: "{\r\n\tended: nope\r\n}", code: "invalid-boolean", path: "ended", at: "2:9" },
]);

table("truncated documents", [
  { name: "an empty text, which the reference reads as null", text: "", code: "unexpected-end", path: "", at: "1:1" },
  { name: "white space only", text: "   ", code: "unexpected-end", path: "", at: "1:4" },
  { name: "an opening brace", text: "{", code: "unexpected-end", path: "", at: "1:2" },
  { name: "a missing closing brace, which the reference accepts", text: "{dialState:None", code: "unexpected-end", path: "", at: "1:16" },
  { name: "the end inside a quoted string", text: '{accountId:"abc', code: "unexpected-end", path: "accountId", at: "1:16" },
  { name: "the end after a doubled quote", text: '{accountId:"a""', code: "unexpected-end", path: "accountId", at: "1:16" },
  { name: "the end inside a nested list", text: "{log:[{}", code: "unexpected-end", path: "log", at: "1:9" },
]);

table("text after the root value", [
  { name: "a word", text: "{dialState:None}x", code: "trailing-text", path: "", at: "1:17" },
  { name: "an extra closing brace", text: "{}}", code: "trailing-text", path: "", at: "1:3" },
  { name: "a second document", text: "{} {}", code: "trailing-text", path: "", at: "1:4" },
  { name: "a word lines later", text: "{accountId:a}\n\n x", code: "trailing-text", path: "", at: "3:2" },
]);

table("text that is not JSV", [
  { name: "a trailing comma, on which the reference crashes", text: "{dialState:None,}", code: "syntax", path: "", at: "1:17" },
  { name: "two commas in a row", text: "{accountId:a,,}", code: "syntax", path: "", at: "1:14" },
  { name: "a member name without a value", text: "{dialState}", code: "syntax", path: "", at: "1:11" },
  { name: "text after a quoted string", text: '{accountId:"abc"x}', code: "syntax", path: "accountId", at: "1:17" },
  { name: "text after a quoted string in a nested object", text: '{log:[{message:"a""b"c}]}', code: "syntax", path: "log[0].message", at: "1:22" },
]);

table("strict mode reports what lenient decoding passes over", [
  { name: "an unknown member", text: "{nickname:x}", options: { strict: true }, code: "unknown-member", path: "nickname", at: "1:2" },
  { name: "a member given twice in two letter cases", text: "{ended:True,Ended:False}", options: { strict: true }, code: "duplicate-member", path: "ended", at: "1:13" },
  {
    name: "a member given twice, after one out of order: the message quotes the name as written",
    text: "{AccountId:a,DialState:None,AccountId:b}",
    options: { strict: true },
    code: "duplicate-member",
    path: "accountId",
    at: "1:29",
    detail: '"AccountId" appears twice',
  },
  { name: "a dictionary key given twice", text: "{map:{k:a,k:b}}", schema: Holder, options: { strict: true }, code: "duplicate-key", path: "map.k", at: "1:11" },
]);

table("limits", [
  { name: "four levels with maxDepth 3", text: "{x:[[[]]]}", options: { maxDepth: 3 }, code: "depth-limit", path: "", at: "1:6", detail: "nesting deeper than 3 levels" },
  { name: "too deep where an object belongs: at the element, the root being level 1", text: "{members:[[[[]]]]}", options: { maxDepth: 4 }, code: "depth-limit", path: "members[0]", at: "1:13" },
  { name: "too deep where a dictionary belongs: at the member", text: "{members:[{applicationData:[[]]}]}", options: { maxDepth: 4 }, code: "depth-limit", path: "members[0].applicationData", at: "1:29" },
  { name: "a text longer than maxLength, refused before it is read", text: "{accountId:abcdef}", options: { maxLength: 10 }, code: "input-too-long", path: "", at: "1:11" },
]);

describe("what lenient decoding reads instead", () => {
  test("the last of a repeated member wins", () => {
    expect(jsv.decode(SessionInfo, "{ended:True,Ended:False}")).toMatchObject({ ended: false });
  });

  test("a depth the value fits in reads", () => {
    expect(jsv.decode(SessionInfo, "{x:[[[]]]}", { maxDepth: 4 })).toMatchObject({ ended: false });
  });
});

describe("the error itself", () => {
  test("nesting a million levels deep is a depth-limit error, never a stack overflow", () => {
    const deep = "{x:" + "[".repeat(1_000_000) + "]".repeat(1_000_000) + "}";
    const started = performance.now();
    expect(decodeError(jsv, SessionInfo, deep).code).toBe("depth-limit");
    // A safety bound, not a benchmark: quadratic work on a million levels would take minutes.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  test("its code is one of the closed set, and its offset, detail and excerpt point at the failing character", () => {
    const error = decodeError(jsv, SessionInfo, "{\n\tdialState: Nope\n}");
    expect(DECODE_ERROR_CODES).toContain(error.code);
    expect(error).toMatchObject({ format: "jsv", code: "invalid-enum", path: "dialState", offset: 14, line: 2, column: 13 });
    expect(error.detail).toContain('"Nope" is not a SessionDialState');
    // A TAB shows as → in the excerpt, so the caret lines up.
    expect(error.excerpt).toBe("→dialState: Nope\n            ^");
  });
});
