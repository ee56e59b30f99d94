import { describe, expect, test } from "vitest";
import { DECODE_ERROR_CODES, json, listOf, SessionInfo } from "../../src/index.js";
import { decodeError, errorTable, type ErrorRow } from "../support/errors.js";

// What the JSON decoder refuses, with the code, the path in the value and the line:column in the
// text it reports (spec §12.5, §12.7). A syntax error found while the schema-directed reader is
// inside a member carries that member's path; one found by the syntax check made before a schema
// error is reported (so that malformed text is always reported as malformed) has the root path.

const table = (title: string, rows: ErrorRow[]) => errorTable(json, SessionInfo, title, rows);

table("values that do not fit the schema", [
  { name: "an unknown enum name", text: '{"dialState":"Nope"}', code: "invalid-enum", path: "dialState", at: "1:14" },
  { name: "an unknown nested enum name", text: '{"members":[{},{"callState":"x"}]}', code: "invalid-enum", path: "members[1].callState", at: "1:29" },
  { name: "an enum value no member has", text: '{"dialState":7}', code: "invalid-enum", path: "dialState", at: "1:14" },
  { name: "a bool as a string", text: '{"ended":"true"}', code: "invalid-boolean", path: "ended", at: "1:10" },
  { name: "a bool as a number", text: '{"ended":1}', code: "invalid-boolean", path: "ended", at: "1:10" },
  { name: "a list for a bool", text: '{"ended":[]}', code: "type-mismatch", path: "ended", at: "1:10" },
  { name: "a list for a string", text: '{"accountId":["a"]}', code: "type-mismatch", path: "accountId", at: "1:14" },
  { name: "an object for a list", text: '{"log":{}}', code: "type-mismatch", path: "log", at: "1:8" },
  { name: "a list for a dictionary", text: '{"members":[{"applicationData":[]}]}', code: "type-mismatch", path: "members[0].applicationData", at: "1:32" },
  { name: "a list for the root object", text: '["x"]', code: "type-mismatch", path: "", at: "1:1" },
  { name: "a null list element", text: '{"members":[null]}', code: "null-value", path: "members[0]", at: "1:13" },
  { name: "a null dictionary value", text: '{"members":[{"applicationData":{"a":null}}]}', code: "null-value", path: "members[0].applicationData.a", at: "1:37" },
  { name: "a null root", text: " null ", code: "null-value", path: "", at: "1:2" },
  { name: "an error after line breaks", text: '{\n"accountId":\r\n"a",\r"dialState":"Q"}', code: "invalid-enum", path: "dialState", at: "4:13" },
]);

table("truncated documents", [
  { name: "an empty text", text: "", code: "unexpected-end", path: "", at: "1:1" },
  { name: "white space only", text: " \n ", code: "unexpected-end", path: "", at: "2:2" },
  { name: "a BOM only", text: "\uFEFF", code: "unexpected-end", path: "", at: "1:2" },
  { name: "an opening brace", text: "{", code: "unexpected-end", path: "", at: "1:2" },
  { name: "a missing closing brace, which the reference accepts", text: '{"accountId":"a"', code: "unexpected-end", path: "", at: "1:17" },
  { name: "a missing member after a comma", text: '{"accountId":"a",', code: "unexpected-end", path: "", at: "1:18" },
  { name: "the end inside a member name", text: '{"acc', code: "unexpected-end", path: "", at: "1:6" },
  { name: "the end inside a string", text: '{"accountId":"a', code: "unexpected-end", path: "accountId", at: "1:16" },
  { name: "the end inside a \\u escape", text: '{"accountId":"\\u00', code: "unexpected-end", path: "accountId", at: "1:19" },
  { name: "the end inside a literal", text: '{"ended":fa', code: "unexpected-end", path: "", at: "1:12" },
  { name: "the end inside a nested list", text: '{"log":[{}', code: "unexpected-end", path: "log", at: "1:11" },
]);

table("text after the root value", [
  { name: "a word", text: "{} x", code: "trailing-text", path: "", at: "1:4" },
  { name: "an extra closing brace", text: "{}}", code: "trailing-text", path: "", at: "1:3" },
  { name: "a second document", text: "{}{}", code: "trailing-text", path: "", at: "1:3" },
  { name: "a brace lines later", text: '{"accountId":"a"}\n\n  }', code: "trailing-text", path: "", at: "3:3" },
  { name: "a comma after a CRLF", text: "{}\r\n,", code: "trailing-text", path: "", at: "2:1" },
]);

table("escapes JSON does not have, though the reference reads some", [
  { name: "\\a", text: '{"accountId":"\\a"}', code: "syntax", path: "accountId", at: "1:15" },
  { name: "\\x41", text: '{"accountId":"\\x41"}', code: "syntax", path: "accountId", at: "1:15" },
  { name: "\\v", text: '{"accountId":"\\v"}', code: "syntax", path: "accountId", at: "1:15" },
  { name: "\\'", text: '{"accountId":"\\\'"}', code: "syntax", path: "accountId", at: "1:15" },
  { name: "\\U0041 in upper case", text: '{"accountId":"\\U0041"}', code: "syntax", path: "accountId", at: "1:15" },
  { name: "\\u with a digit that is not hexadecimal", text: '{"accountId":"\\u12G4"}', code: "syntax", path: "accountId", at: "1:19" },
]);

table("control characters inside strings", [
  { name: "a raw tab", text: '{"accountId":"a\tb"}', code: "syntax", path: "accountId", at: "1:16" },
  { name: "a raw line feed", text: '{"accountId":"a\nb"}', code: "syntax", path: "accountId", at: "1:16" },
  { name: "a raw NUL", text: '{"accountId":"a\u0000b"}', code: "syntax", path: "accountId", at: "1:16" },
  { name: "a raw U+001F", text: '{"accountId":"a\u001fb"}', code: "syntax", path: "accountId", at: "1:16" },
  { name: "a raw line feed in a member name", text: '{"a\nb":1}', code: "syntax", path: "", at: "1:4" },
  {
    name: "a raw U+0001 in a dictionary key",
    text: '{"members":[{"applicationData":{"k\u0001":"v"}}]}',
    code: "syntax",
    path: "members[0].applicationData",
    at: "1:35",
  },
]);

table("text that is not standard JSON", [
  { name: "single quotes", text: "{'accountId':'a'}", code: "syntax", path: "", at: "1:2" },
  { name: "an unquoted member name", text: '{accountId:"a"}', code: "syntax", path: "", at: "1:2" },
  { name: "a trailing comma in an object", text: '{"accountId":"a",}', code: "syntax", path: "", at: "1:18" },
  { name: "a trailing comma in a list", text: '{"log":[{},]}', code: "syntax", path: "log[1]", at: "1:12" },
  { name: "a comment", text: '{"accountId":"a" /* c */}', code: "syntax", path: "", at: "1:18" },
  { name: "a bool in another letter case", text: '{"ended":True}', code: "syntax", path: "ended", at: "1:10" },
  { name: "a BOM after white space", text: " \uFEFF{}", code: "syntax", path: "", at: "1:2" },
  { name: "a second BOM", text: "\uFEFF\uFEFF{}", code: "syntax", path: "", at: "1:2" },
  { name: "a no-break space as white space", text: "{\u00a0}", code: "syntax", path: "", at: "1:2" },
  { name: "a vertical tab as white space", text: "{\u000b}", code: "syntax", path: "", at: "1:2" },
  { name: "a form feed as white space", text: "{\f}", code: "syntax", path: "", at: "1:2" },
]);

table("malformed text is reported as malformed even where a schema error comes first", [
  { name: "an unknown enum name, then the end", text: '{"dialState":"Nope",', code: "unexpected-end", path: "", at: "1:21" },
  { name: "an unknown enum name, then trailing text", text: '{"dialState":"Nope"} x', code: "trailing-text", path: "", at: "1:22" },
  { name: "an unknown enum name, then a broken literal", text: '{"dialState":"Nope","x":tru}', code: "syntax", path: "", at: "1:28" },
]);

table("a member name without its colon is malformed before it is unknown", [
  { name: "an unknown name", text: '[{"x""dialState":"None"}]', schema: listOf(SessionInfo), options: { strict: true }, code: "syntax", path: "[0]", at: "1:6" },
  { name: "a known name after one written in order", text: '[{"dialState":"None","callState""x"}]', schema: listOf(SessionInfo), options: { strict: true }, code: "syntax", path: "[0]", at: "1:33" },
  { name: "an unknown name, read leniently", text: '[{"x""dialState":"None"}]', schema: listOf(SessionInfo), code: "syntax", path: "[0]", at: "1:6" },
]);

describe("the error itself", () => {
  test("every code is one of the closed set", () => {
    const error = decodeError(json, SessionInfo, '{"dialState":"Nope"}');
    expect(DECODE_ERROR_CODES).toContain(error.code);
  });

  test("its offset, detail and excerpt point at the failing character", () => {
    const error = decodeError(json, SessionInfo, '{\n  "dialState": "Nope"\n}');
    expect(error).toMatchObject({ format: "json", code: "invalid-enum", path: "dialState", offset: 17, line: 2, column: 16 });
    expect(error.detail).toContain('"Nope" is not a SessionDialState');
    expect(error.excerpt).toBe('  "dialState": "Nope"\n               ^');
    expect(error.message).toBe(`JSON invalid-enum at dialState (line 2, column 16): ${error.detail}\n${error.excerpt}`);
  });
});
