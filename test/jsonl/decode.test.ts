import { describe, expect, test } from "vitest";
import { json, jsonl, listOf, SessionInfo, string } from "../../src/index.js";
import { SESSION_DEFAULTS } from "../json/support.js";
import { decodeError, where } from "../support/errors.js";
import { named } from "../support/tables.js";
import { Sessions, vectorJson, vectorValues } from "./support.js";

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
    expect(where(decodeError(jsonl, Sessions, `{}\n${line}`, { strict: true }))).toEqual({ code: "unknown-member", path: "[1].surprise", at: "2:23" });
  });
});
