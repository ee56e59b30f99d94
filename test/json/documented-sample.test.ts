import { describe, expect, test } from "vitest";
import { json, SessionInfo, type Infer } from "../../src/index.js";
import { fixtureText } from "../support/vectors.js";

// The API documentation's JSON sample of SessionInfo (fixtures/samples/documented-sample.json,
// verbatim, no final newline) and the value it stands for (documented-sample.value.json).

const sample = fixtureText("samples/documented-sample.json");
const value = JSON.parse(fixtureText("samples/documented-sample.value.json")) as Infer<typeof SessionInfo>;

describe("the documented JSON sample", () => {
  test("decodes to the documented value", () => {
    expect(json.decode(SessionInfo, sample)).toEqual(value);
  });

  test("re-encodes byte for byte", () => {
    expect(json.encode(SessionInfo, json.decode(SessionInfo, sample))).toBe(sample);
  });

  test("is what the documented value encodes to", () => {
    expect(json.encode(SessionInfo, value)).toBe(sample);
  });

  test("holds all 41 members, so nothing in it is a default filled in by the decoder", () => {
    expect(Object.keys(json.decode(SessionInfo, sample))).toHaveLength(41);
  });

  test("decodes to the same value from its PascalCase form", () => {
    const pascal = json.encode(SessionInfo, value, { case: "pascal" });
    expect(pascal.startsWith('{"DialState":"None","CallState":"Disconnected"')).toBe(true);
    expect(json.decode(SessionInfo, pascal)).toEqual(value);
  });
});
