import { describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { negotiate } from "../../src/http/index.js";
import { json, jsv } from "../../src/index.js";

// Content negotiation as a ServiceStack server does it: suffix, then ?format=, then Accept.

describe("the negotiation table", () => {
  test.each([
    // url, Accept, format, decided by
    ["/sessions/1/members/2", undefined, "json", "default"],
    ["/sessions/1/members/2", "", "json", "default"],
    ["/sessions/1/members/2", "*/*", "json", "accept"],
    ["/sessions/1/members/2", "application/json", "json", "accept"],
    ["/sessions/1/members/2", "text/jsv", "jsv", "accept"],
    ["/sessions/1/members/2", "application/jsv", "jsv", "accept"],
    ["/sessions/1/members/2", "text/csv", "csv", "accept"],
    ["/sessions/1/members/2", "TEXT/CSV; charset=utf-8", "csv", "accept"],
    ["/sessions/1/members/2", "application/xml, text/jsv;q=0.5", "jsv", "accept"],
    ["/sessions/1/members/2", "text/csv;q=0.2, application/json;q=0.9", "json", "accept"],
    ["/sessions/1/members/2", "text/jsv;q=0, text/csv", "csv", "accept"],
    ["/sessions/1/members/2.jsv", "application/json", "jsv", "suffix"],
    ["/sessions/1/members/2.CSV", undefined, "csv", "suffix"],
    ["/sessions/1/members/2?format=csv", "text/jsv", "csv", "query"],
    ["/sessions/1/members/2.json?format=csv", "text/jsv", "json", "suffix"],
    ["http://evovoice.io/sessions/1/members/a.b@example.com", "text/jsv", "jsv", "accept"],
  ])("%s with Accept %j: %s, by %s", (url, accept, format, by) => {
    expect(negotiate({ url, accept })).toMatchObject({ format, by });
  });

  test("an Accept that names only unsupported types is reported, for a 406", () => {
    expect(negotiate({ url: "/x", accept: "application/xml, text/html" })).toEqual({ format: undefined, notAcceptable: "application/xml, text/html" });
    expect(negotiate({ url: "/x", accept: "text/jsv;q=0" })).toMatchObject({ format: undefined });
  });

  test("the codec, the path without its suffix and the response headers come with the choice", () => {
    expect(negotiate({ url: "/s/1.jsv" })).toMatchObject({ codec: jsv, path: "/s/1", headers: { "Content-Type": "text/jsv" } });
    expect(negotiate({ url: "/s/1" })).toMatchObject({ codec: json, headers: { "Content-Type": "application/json; charset=utf-8" } });
    expect(negotiate({ url: "/s/1.csv", operationName: "DeleteChatMember" })).toMatchObject({
      codec: csv,
      headers: { "Content-Type": "text/csv", "Content-Disposition": "attachment;filename=DeleteChatMember.csv" },
    });
  });
});
