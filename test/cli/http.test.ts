import { describe, expect, test } from "vitest";
import { formatOfContentType, parseRecordedResponse } from "../../src/cli/http.js";

// `.http` recordings: an optional request, a status line, headers, a blank line, the body.

describe("recorded responses", () => {
  test("a response alone", () => {
    const text = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{}";
    expect(parseRecordedResponse(text)).toMatchObject({ status: 200, body: "{}", bodyOffset: text.length - 2 });
  });

  test("a request first, as the API pages show it", () => {
    const text = "DELETE /sessions/{sessionId}/members/{memberId} HTTP/1.1 \nAccept: text/jsv\n\nHTTP/1.1 200 OK\nContent-Type: text/jsv\n\n{}";
    const response = parseRecordedResponse(text);
    expect(response).toMatchObject({ status: 200, body: "{}" });
    expect("headers" in response && response.headers.get("content-type")).toBe("text/jsv");
  });

  test("a body right after the headers, without the blank line", () => {
    expect(parseRecordedResponse("HTTP/1.1 200 OK\nContent-Type: text/jsv\n{\ndialState: None\n}")).toMatchObject({ body: "{\ndialState: None\n}" });
  });

  test("no status line is a problem at the line where it should be", () => {
    expect(parseRecordedResponse("GET / HTTP/1.1\nHost: x\n\n{}")).toEqual({ message: expect.stringContaining("status line"), offset: 24 });
  });
});

describe("content types", () => {
  test.each([
    ["application/json", "json"],
    ["application/json; charset=utf-8", "json"],
    ["text/jsv", "jsv"],
    ["application/jsv", "jsv"],
    ["TEXT/CSV", "csv"],
    ["text/html", undefined],
    [undefined, undefined],
  ])("%s is %s", (contentType, format) => {
    expect(formatOfContentType(contentType)).toBe(format);
  });
});
