import { beforeAll, describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { loadCodec, negotiate, type Negotiated } from "../../src/http/index.js";
import { json, jsonl, jsv } from "../../src/index.js";

// A server that may answer CSV loads its codec once, as it starts.
beforeAll(() => loadCodec("csv"));

// Content negotiation as a ServiceStack server does it: suffix, then ?format=, then Accept
// (read as RFC 9110 says: quoted parameter values, q-values, the most specific range).

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
    // JSON Lines, in each way of asking.
    ["/sessions/1/members/2", "text/jsonl", "jsonl", "accept"],
    ["/sessions/1/members/2.jsonl", "application/json", "jsonl", "suffix"],
    ["/sessions/1/members/2?format=jsonl", "text/csv", "jsonl", "query"],
    ["/sessions/1/members/2?format=JSONL", undefined, "jsonl", "query"],
    ["/sessions/1/members/2", "text/json", "json", "accept"],
    // A comma or a semicolon inside a quoted parameter value does not split the header (RFC 9110 §5.6.4).
    ["/x", 'application/json;x="a,b";q=0.1, text/csv', "csv", "accept"],
    ["/x", 'application/json;x="a\\",b;q=1";q=0.1, text/csv', "csv", "accept"],
    ["/x", 'text/csv;x="a;q=0";q=0.5, text/jsv;q=0.4', "csv", "accept"],
    // A q-value is 0 to 1 with at most three decimals; any other makes the range ignored.
    ["/x", "text/csv;q=2, application/json", "json", "accept"],
    ["/x", "text/csv;q=0x10, application/json", "json", "accept"],
    ["/x", "text/csv;q=1e999, application/json", "json", "accept"],
    ["/x", "text/csv;q=1.0001, application/json;q=0.5", "json", "accept"],
    ["/x", "text/csv;q=0.0001, application/json;q=0.001", "json", "accept"],
    ["/x", "text/csv;q=-1, application/json;q=0.1", "json", "accept"],
    ["/x", "text/csv;q=, application/json;q=0.1", "json", "accept"],
    ["/x", "text/csv;q=1.000, application/json;q=0.999", "csv", "accept"],
    ["/x", "text/csv;Q=0.5, application/json;q=0.4", "csv", "accept"],
    // The most specific range that matches a format gives its weight.
    ["/x", "*/*, application/json;q=0", "jsv", "accept"],
    ["/x", "text/*;q=0.5, text/csv", "csv", "accept"],
    ["/x", "text/*", "jsv", "accept"],
    ["/x", "application/*", "json", "accept"],
    ["/x", "text/jsonl;q=0.5, */*;q=0.1", "jsonl", "accept"],
  ])("%s with Accept %j: %s, by %s", (url, accept, format, by) => {
    expect(negotiate({ url, accept })).toMatchObject({ format, by });
  });

  test("an Accept that names only unsupported types is reported, for a 406", () => {
    expect(negotiate({ url: "/x", accept: "application/xml, text/html" })).toEqual({ format: undefined, notAcceptable: "application/xml, text/html" });
    expect(negotiate({ url: "/x", accept: "text/jsv;q=0" })).toMatchObject({ format: undefined });
    expect(negotiate({ url: "/x", accept: "text/csv;q=2" })).toMatchObject({ format: undefined });
    expect(negotiate({ url: "/x", accept: 'application/xml, text/csv;x="unterminated' })).toMatchObject({ format: undefined });
    expect(negotiate({ url: "/x", accept: "text/csv;nonsense" })).toMatchObject({ format: undefined });
  });

  test("the codec, the path without its suffix and the response headers come with the choice", () => {
    expect(negotiate({ url: "/s/1.jsv" })).toMatchObject({ codec: jsv, path: "/s/1", headers: { "Content-Type": "text/jsv" } });
    expect(negotiate({ url: "/s/1" })).toMatchObject({ codec: json, headers: { "Content-Type": "application/json; charset=utf-8" } });
    expect(negotiate({ url: "/s/1.csv", operationName: "DeleteChatMember" })).toMatchObject({
      codec: csv,
      headers: { "Content-Type": "text/csv", "Content-Disposition": "attachment;filename=DeleteChatMember.csv" },
    });
    expect(negotiate({ url: "/s/1.jsonl" })).toMatchObject({ codec: jsonl, headers: { "Content-Type": "text/jsonl" } });
  });
});

describe("the CSV attachment's file name", () => {
  const disposition = (operationName: string) => (negotiate({ url: "/x.csv", operationName }) as Negotiated).headers["Content-Disposition"];

  test("an operation name with CR/LF cannot add a header: it is percent-encoded as RFC 6266 filename*", () => {
    expect(disposition("Op\r\nSet-Cookie: a=b")).toBe("attachment;filename*=UTF-8''Op%0D%0ASet-Cookie%3A%20a%3Db.csv");
  });

  test.each([
    ['a name with quotes and a semicolon', 'My "Op";x', "attachment;filename*=UTF-8''My%20%22Op%22%3Bx.csv"],
    ["a name beyond ASCII", "Über", "attachment;filename*=UTF-8''%C3%9Cber.csv"],
    ["the characters encodeURIComponent leaves alone but RFC 5987 does not", "a'(b)*", "attachment;filename*=UTF-8''a%27%28b%29%2A.csv"],
  ])("%s: %j", (_, name, expected) => {
    expect(disposition(name)).toBe(expected);
  });

  test("a lone surrogate, which no header can carry, is a TypeError naming operationName", () => {
    expect(() => negotiate({ url: "/x.csv", operationName: "Op\ud800" })).toThrow(new TypeError("operationName must be a string without lone surrogates (it names the CSV attachment)"));
  });
});
