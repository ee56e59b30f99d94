import { describe, expect, test } from "vitest";
import {
  DEFAULT_MAX_DEPTH,
  MAX_DEPTH,
  DEFAULT_MAX_LENGTH,
  json,
  list,
  SessionInfo,
  string,
  type DecodeErrorCode,
  type JsonDecodeOptions,
  type Schema,
} from "../../src/index.js";
import { decodeError, where } from "../support/errors.js";
import { named, namedErrors } from "../support/tables.js";

// The JSON decoder's bounds: nesting depth (`maxDepth`, the root container counting as 1) and
// text length (`maxLength`, in UTF-16 code units). Hostile input gives a DecodeError, quickly,
// and never a stack overflow.

/** `n` nested lists of strings. */
function nestedLists(n: number): Schema {
  let schema: Schema = string();
  for (let i = 0; i < n; i++) schema = list(schema);
  return schema;
}

/** An unknown member holding `n` nested empty lists: the decoder skips it without a schema. */
const unknownNested = (n: number) => `{"x":${"[".repeat(n)}${"]".repeat(n)}}`;

interface Row {
  name: string;
  schema?: Schema;
  text: string;
  options: JsonDecodeOptions;
  code: DecodeErrorCode;
  path: string;
  at: string;
}

describe("the defaults", () => {
  test("are 64 levels and 256 Mi code units", () => {
    expect(DEFAULT_MAX_DEPTH).toBe(64);
    expect(DEFAULT_MAX_LENGTH).toBe(256 * 1024 * 1024);
  });

  test("64 levels decode, the 65th is refused", () => {
    expect(json.decode(SessionInfo, unknownNested(63))).toMatchObject({ dialState: "None" });
    expect(where(decodeError(json, SessionInfo, unknownNested(64)))).toEqual({ code: "depth-limit", path: "", at: "1:69" });
  });
});

describe("documents within the limits decode", () => {
  test.each(named([
    { name: "four levels with maxDepth 4", text: '{"members":[{"applicationData":{}}]}', options: { maxDepth: 4 } },
    { name: "one level with maxDepth 1", text: "{}", options: { maxDepth: 1 } },
    { name: "a text exactly maxLength long", text: '{"accountId":"abc"}', options: { maxLength: 19 } },
  ]))("%s", (_, { text, options }) => {
    expect(() => json.decode(SessionInfo, text, options)).not.toThrow();
  });
});

describe("documents beyond the limits are refused", () => {
  test.each(
    namedErrors<Row>([
      { name: "four levels with maxDepth 3", text: '{"members":[{"applicationData":{}}]}', options: { maxDepth: 3 }, code: "depth-limit", path: "members[0].applicationData", at: "1:32" },
      { name: "two levels with maxDepth 1", text: '{"log":[]}', options: { maxDepth: 1 }, code: "depth-limit", path: "log", at: "1:8" },
      { name: "the root object with maxDepth 0", text: "{}", options: { maxDepth: 0 }, code: "depth-limit", path: "", at: "1:1" },
      { name: "a skipped unknown member nested too deep", text: unknownNested(5), options: { maxDepth: 3 }, code: "depth-limit", path: "", at: "1:8" },
      { name: "a text one code unit too long", text: '{"accountId":"abc"}', options: { maxLength: 18 }, code: "input-too-long", path: "", at: "1:19" },
      { name: "a BOM counts towards the length", text: "\uFEFF{}", options: { maxLength: 2 }, code: "input-too-long", path: "", at: "1:3" },
      { name: "the length is checked before the syntax", text: "{{{{", options: { maxLength: 2 }, code: "input-too-long", path: "", at: "1:3" },
      { name: "the position of a long text's limit", text: "{\n\n}", options: { maxLength: 3 }, code: "input-too-long", path: "", at: "3:1" },
    ]),
  )("%s", (_, { schema, text, options, code, path, at }) => {
    expect(where(decodeError(json, schema ?? SessionInfo, text, options))).toEqual({ code, path, at });
  });
});

describe("a 1,000,000-deep document gives a DecodeError quickly, without a stack overflow", () => {
  const MILLION = 1_000_000;
  const opening = "[".repeat(MILLION);

  test.each(
    namedErrors<Row>([
      { name: "as a SessionInfo: too deep before it is found unclosed", text: opening, options: {}, code: "depth-limit", path: "", at: "1:65" },
      { name: "as a skipped unknown member", text: `{"x":${opening}`, options: {}, code: "depth-limit", path: "", at: "1:69" },
      { name: "as a skipped unknown member with the highest depth limit", text: `{"x":${opening}`, options: { maxDepth: MAX_DEPTH }, code: "depth-limit", path: "", at: `1:${MAX_DEPTH + 5}` },
      { name: "as 100 nested lists", schema: nestedLists(100), text: opening, options: {}, code: "depth-limit", path: "[0]".repeat(64), at: "1:65" },
      { name: "as a list of strings: at the element that is a list", schema: list(string()), text: opening, options: {}, code: "depth-limit", path: "[0]", at: "1:65" },
      { name: "where a dictionary member is: at the member", text: `{"members":[{"applicationData":${opening}`, options: {}, code: "depth-limit", path: "members[0].applicationData", at: "1:93" },
      { name: "where a list of objects is: at the element", text: `{"members":[${opening}`, options: {}, code: "depth-limit", path: "members[0]", at: "1:75" },
    ]),
  )("%s", (_, { schema, text, options, code, path, at }) => {
    const started = performance.now();
    const error = decodeError(json, schema ?? SessionInfo, text, options);
    const elapsed = performance.now() - started;
    expect(where(error)).toEqual({ code, path, at });
    // A safety bound, not a benchmark: quadratic work on a million levels would take minutes.
    expect(elapsed).toBeLessThan(2000);
  });
});
