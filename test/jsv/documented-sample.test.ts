import { expect, test } from "vitest";
import { jsv, json, SessionInfo } from "../../src/index.js";
import { fixtureText } from "../support/vectors.js";

// The API page's JSV sample, verbatim: pretty JSV whose indentation the page lost.

const documented = JSON.parse(fixtureText("samples/documented-sample.value.json"));

test("the page's sample, indentation lost, decodes to the documented value", () => {
  expect(jsv.decode(SessionInfo, fixtureText("samples/documented-sample.jsv"))).toEqual(documented);
});

test("it decodes to the same value as the page's JSON sample", () => {
  expect(jsv.decode(SessionInfo, fixtureText("samples/documented-sample.jsv"))).toEqual(
    json.decode(SessionInfo, fixtureText("samples/documented-sample.json")),
  );
});

test("re-indented as the reference writes it, it is exactly our pretty output", () => {
  const reindented = fixtureText("samples/documented-sample.reindented.jsv");
  expect(jsv.encode(SessionInfo, documented, { pretty: true })).toBe(reindented);
  expect(jsv.decode(SessionInfo, reindented)).toEqual(documented);
});

test("the sample without its line breaks is the reference's compact JSV", () => {
  const compact = jsv.encode(SessionInfo, documented);
  expect(compact.startsWith("{dialState:None,callState:Disconnected,queueState:None,accountId:String,")).toBe(true);
  expect(jsv.decode(SessionInfo, compact)).toEqual(documented);
});

test("every proper prefix of the sample, in both forms, is a DecodeError", () => {
  for (const text of [fixtureText("samples/documented-sample.reindented.jsv"), jsv.encode(SessionInfo, documented)]) {
    for (let end = 0; end < text.length; end++) {
      expect(() => jsv.decode(SessionInfo, text.slice(0, end)), `prefix of length ${end}`).toThrow(
        expect.objectContaining({ name: "DecodeError" }),
      );
    }
  }
});
