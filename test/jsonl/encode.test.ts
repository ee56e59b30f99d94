import { describe, expect, test } from "vitest";
import { EncodeError, json, jsonl, listOf, SessionInfo, string } from "../../src/index.js";
import { Sessions, vectorJson, vectorValues } from "./support.js";

// Writing JSON Lines as ServiceStack's JsonlSerializer does: each element of a list is written by
// the JSON serializer followed by `WriteLine()` (`\n` on the Linux hosts the vectors come from);
// a DTO that is not a list is written by the JSON serializer alone, with no line break.

describe("a list: one line of JSON per element", () => {
  test("every line is byte for byte what the reference's JSON serializer wrote for that session", () => {
    expect(jsonl.encode(Sessions, vectorValues as never)).toBe(vectorJson.map((line) => `${line}\n`).join(""));
  });

  test("each line is what json.encode writes, and every line ends with \\n, the last one too", () => {
    const values = [{ dialState: "Active" }, { accountName: "line\nbreak, \u2028 and \"quotes\"" }] as const;
    expect(jsonl.encode(Sessions, values)).toBe(`${json.encode(SessionInfo, values[0])}\n${json.encode(SessionInfo, values[1])}\n`);
  });

  test("an empty list is an empty text, as the reference writes no line for it", () => {
    expect(jsonl.encode(Sessions, [])).toBe("");
  });

  test("the case option is the JSON codec's", () => {
    expect(jsonl.encode(Sessions, [{ ended: true }], { case: "pascal" })).toBe(`${json.encode(SessionInfo, { ended: true }, { case: "pascal" })}\n`);
  });

  test("elements of any described type: lists of strings, lists of lists", () => {
    expect(jsonl.encode(listOf(string()), ["a", 'b"'])).toBe('"a"\n"b\\""\n');
    expect(jsonl.encode(listOf(listOf(string())), [[], ["x"]])).toBe('[]\n["x"]\n');
  });
});

describe("a single value: its JSON, with no line break", () => {
  test("a SessionInfo is one line, as the API's JSON Lines pages show it", () => {
    expect(jsonl.encode(SessionInfo, vectorValues[0] as never)).toBe(vectorJson[0]);
  });
});

describe("refused values", () => {
  test.each([
    ["a null element", [{}, null], "null-value", "[1]"],
    ["an undefined element", [undefined], "null-value", "[0]"],
    ["a bad enum inside an element", [{}, {}, { members: [{ role: "Boss" }] }], "invalid-enum", "[2].members[0].role"],
    ["an undescribed member", [{ surprise: 1 }], "unknown-member", "[0].surprise"],
    ["a dictionary key that is not a plain name", [{ members: [{ applicationData: { "a.b": 1 } }] }], "type-mismatch", '[0].members[0].applicationData["a.b"]'],
    ["not a list at all", { dialState: "Active" }, "type-mismatch", ""],
    ["no value", null, "null-value", ""],
  ])("%s: %s at %j", (_, value, code, path) => {
    expect(() => jsonl.encode(Sessions, value as never)).toThrow(expect.objectContaining({ name: "EncodeError", format: "jsonl", code, path }));
  });

  test("a single value's path has no index", () => {
    const error = (() => {
      try {
        jsonl.encode(SessionInfo, { dialState: "Busy" } as never);
      } catch (e) {
        return e as EncodeError;
      }
    })();
    expect(error).toMatchObject({ format: "jsonl", code: "invalid-enum", path: "dialState" });
  });
});
