import { describe, expect, test } from "vitest";
import { json, jsonl, listOf, SessionInfo, string, type DecodeErrorCode } from "../../src/index.js";
import { named, namedErrors, SESSION_DEFAULTS, where } from "../json/support.js";
import { jsonlError, Sessions, vectorJson, vectorValues } from "./support.js";

// Reading JSON Lines: one JSON document per line, each read by the JSON decoder (so everything
// the JSON tables say holds on every line); `\n` or `\r\n` between lines, the last optional.
// ServiceStack's own JsonlSerializer cannot read JSON Lines at all ("use json endpoint instead").

describe("what reads", () => {
  test("the reference's sessions, one per line, come back as it wrote them", () => {
    expect(jsonl.decode(Sessions, vectorJson.map((line) => `${line}\n`).join(""))).toEqual(vectorValues);
  });

  test.each(
    named([
      { name: "an empty text is an empty list", text: "", value: [] },
      { name: "one line with its line break", text: '{"ended":true}\n', value: [{ ...SESSION_DEFAULTS, ended: true }] },
      { name: "one line without one", text: '{"ended":true}', value: [{ ...SESSION_DEFAULTS, ended: true }] },
      { name: "CRLF line breaks", text: '{}\r\n{"dialState":"Active"}\r\n', value: [SESSION_DEFAULTS, { ...SESSION_DEFAULTS, dialState: "Active" }] },
      { name: "white space around a line's JSON", text: ' \t{} \n\t{}\t', value: [SESSION_DEFAULTS, SESSION_DEFAULTS] },
      { name: "a BOM before the first line", text: "\ufeff{}\n{}\n", value: [SESSION_DEFAULTS, SESSION_DEFAULTS] },
      { name: "U+2028 raw inside a string (JSON allows it)", text: '{"accountName":"a\u2028b"}\n', value: [{ ...SESSION_DEFAULTS, accountName: "a\u2028b" }] },
      { name: "an escaped line break inside a string", text: '{"accountName":"a\\nb"}\n', value: [{ ...SESSION_DEFAULTS, accountName: "a\nb" }] },
    ]),
  )("%s", (_, { text, value }) => {
    expect(jsonl.decode(Sessions, text)).toEqual(value);
  });

  test("elements of any described type", () => {
    expect(jsonl.decode(listOf(string()), '"a"\n"b"\n')).toEqual(["a", "b"]);
    expect(jsonl.decode(listOf(listOf(string())), '[]\n["x"]')).toEqual([[], ["x"]]);
  });

  test("a single value is a text of one line, with or without its line break", () => {
    expect(jsonl.decode(SessionInfo, vectorJson[0]!)).toEqual(vectorValues[0]);
    expect(jsonl.decode(SessionInfo, `${vectorJson[0]}\r\n`)).toEqual(vectorValues[0]);
  });

  test("each line reads as the JSON decoder reads it, strict option included", () => {
    const line = '{"dialState":"active","surprise":1}';
    expect(jsonl.decode(Sessions, line)).toEqual([json.decode(SessionInfo, line)]);
    expect(where(jsonlError(Sessions, `{}\n${line}`, { strict: true }))).toEqual({ code: "unknown-member", path: "[1].surprise", at: "2:23" });
  });
});

interface ErrorRow {
  name: string;
  text: string;
  code: DecodeErrorCode;
  path: string;
  at: string;
}

describe("what does not: the code, the path from the element's index, the line and column in the whole text", () => {
  test.each(
    namedErrors<ErrorRow>([
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
    ]),
  )("%s", (_, { text, code, path, at }) => {
    expect(where(jsonlError(Sessions, text))).toEqual({ code, path, at });
  });

  test("the offset is in the whole text, and the excerpt shows the line with a caret", () => {
    const error = jsonlError(Sessions, '{}\n{"dialState":"Nope"}\n');
    expect(error.offset).toBe(16);
    expect(error.message).toBe('JSONL invalid-enum at [1].dialState (line 2, column 14): "Nope" is not a SessionDialState (None, Active)\n{"dialState":"Nope"}\n             ^');
  });

  test("a single value wants exactly one line: row-count", () => {
    expect(where(jsonlError(SessionInfo, "{}\n{}\n"))).toEqual({ code: "row-count", path: "", at: "2:1" });
    expect(where(jsonlError(SessionInfo, ""))).toEqual({ code: "row-count", path: "", at: "1:1" });
    expect(where(jsonlError(SessionInfo, '{"dialState":"x"}'))).toEqual({ code: "invalid-enum", path: "dialState", at: "1:14" });
  });

  test("maxDepth counts the list as the first level, and the message names the caller's limit", () => {
    const error = jsonlError(Sessions, '{"members":[{}]}\n', { maxDepth: 2 });
    expect(where(error)).toEqual({ code: "depth-limit", path: "[0].members", at: "1:12" });
    expect(error.detail).toBe("nesting deeper than 2 levels");
    expect(jsonl.decode(Sessions, '{"members":[{}]}\n', { maxDepth: 4 })).toHaveLength(1);
  });

  test("maxLength is the whole text's", () => {
    expect(where(jsonlError(Sessions, "{}\n{}\n", { maxLength: 4 }))).toEqual({ code: "input-too-long", path: "", at: "2:2" });
  });
});
