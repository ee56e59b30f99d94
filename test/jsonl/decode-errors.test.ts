import { describe, expect, test } from "vitest";
import { jsonl, SessionInfo } from "../../src/index.js";
import { decodeError, errorTable } from "../support/errors.js";
import { Sessions } from "./support.js";

// What the JSON Lines decoder refuses: the code, the path from the element's index, and the line
// and column in the whole text. Each line is read by the JSON decoder, so test/json/decode-errors
// holds on every line; these rows are what lines add.

errorTable(jsonl, Sessions, "lines that do not read", [
  { name: "a bad enum on the third line", text: '{}\n{}\n{"members":[{"role":"Boss"}]}\n', code: "invalid-enum", path: "[2].members[0].role", at: "3:21" },
  { name: "after CRLF line breaks", text: '{}\r\n{"dialState":7}\r\n', code: "invalid-enum", path: "[1].dialState", at: "2:14" },
  { name: "an empty line between two", text: "{}\n\n{}\n", code: "syntax", path: "[1]", at: "2:1" },
  { name: "a line of white space", text: "{}\n \t\r\n", code: "syntax", path: "[1]", at: "2:3" },
  { name: "two line breaks at the end", text: "{}\n\n", code: "syntax", path: "[1]", at: "2:1" },
  { name: "a line break alone", text: "\n", code: "syntax", path: "[0]", at: "1:1" },
  { name: "a JSON document spread over lines", text: '{\n"ended":true}\n', code: "unexpected-end", path: "[0]", at: "1:2" },
  { name: "two documents on one line", text: "{}{}\n", code: "trailing-text", path: "[0]", at: "1:3" },
  { name: "a truncated last line", text: '{}\n{"accountId":"a', code: "unexpected-end", path: "[1].accountId", at: "2:16" },
  { name: "a null line", text: "{}\nnull\n", code: "null-value", path: "[1]", at: "2:1" },
  { name: "a list where an element belongs", text: "[]\n", code: "type-mismatch", path: "[0]", at: "1:1" },
  { name: "a BOM that starts a later line", text: "{}\n\ufeff{}\n", code: "syntax", path: "[1]", at: "2:1" },
  { name: "a lone CR inside a line counts as a line break", text: '{}\n{"ended":\rnope}', code: "syntax", path: "[1].ended", at: "3:2" },
  { name: "an unknown member on a later line, strictly", text: '{}\n{"dialState":"active","surprise":1}', options: { strict: true }, code: "unknown-member", path: "[1].surprise", at: "2:23" },
]);

errorTable(jsonl, SessionInfo, "a single value wants exactly one line", [
  { name: "two lines", text: "{}\n{}\n", code: "row-count", path: "", at: "2:1" },
  { name: "no line", text: "", code: "row-count", path: "", at: "1:1" },
  { name: "its one line refused: the path has no index", text: '{"dialState":"x"}', code: "invalid-enum", path: "dialState", at: "1:14" },
]);

errorTable(jsonl, Sessions, "limits", [
  {
    name: "maxDepth 2, which counts the list as the first level, and the message names the caller's limit",
    text: '{"members":[{}]}\n',
    options: { maxDepth: 2 },
    code: "depth-limit",
    path: "[0].members",
    at: "1:12",
    detail: "nesting deeper than 2 levels",
  },
  { name: "maxLength 4, which is the whole text's", text: "{}\n{}\n", options: { maxLength: 4 }, code: "input-too-long", path: "", at: "2:2" },
]);

describe("the error itself", () => {
  test("the offset is in the whole text, and the excerpt shows the line with a caret", () => {
    const error = decodeError(jsonl, Sessions, '{}\n{"dialState":"Nope"}\n');
    expect(error.offset).toBe(16);
    expect(error.message).toBe('JSONL invalid-enum at [1].dialState (line 2, column 14): "Nope" is not a SessionDialState (None, Active)\n{"dialState":"Nope"}\n             ^');
  });

  test("a depth that the lines fit in reads", () => {
    expect(jsonl.decode(Sessions, '{"members":[{}]}\n', { maxDepth: 4 })).toHaveLength(1);
  });
});
