import { describe, expect, test } from "vitest";
import { deleteChatMemberRequest } from "../../src/http/index.js";

// Building the DeleteChatMember request from what a caller passes: every problem is a TypeError
// that names the argument, before anything is sent.

const request = { sessionId: "s", memberToRemove: "m" };

describe("the DeleteChatMember request", () => {
  test.each([".", ".."])("refuses %j as a path segment, which a URL would read as a move", (segment) => {
    expect(() => deleteChatMemberRequest({ sessionId: segment, memberToRemove: "m" }, { baseUrl: "https://x/v1" })).toThrow(TypeError);
    expect(() => deleteChatMemberRequest({ sessionId: "s", memberToRemove: segment }, { baseUrl: "https://x/v1" })).toThrow(TypeError);
  });

  test.each([
    ["a lone high surrogate in sessionId", { sessionId: "s\ud800", memberToRemove: "m" }, "sessionId holds a lone surrogate, which a URL cannot carry"],
    ["a lone low surrogate in memberToRemove", { sessionId: "s", memberToRemove: "\udc00m" }, "memberToRemove holds a lone surrogate, which a URL cannot carry"],
    ["no sessionId", { memberToRemove: "m" }, "the request needs a sessionId (a non-empty string)"],
    ["a number for memberToRemove", { sessionId: "s", memberToRemove: 7 }, "the request needs a memberToRemove (a non-empty string)"],
  ])("%s is a TypeError naming it (never a URIError)", (_, dto, message) => {
    expect(() => deleteChatMemberRequest(dto as never, { baseUrl: "https://x" })).toThrow(new TypeError(message));
  });

  test("a format evo-codec does not speak is a TypeError naming options.format", () => {
    expect(() => deleteChatMemberRequest(request, { baseUrl: "https://x", format: "xml" as never })).toThrow(
      new TypeError('options.format must be one of json, jsv, csv, jsonl, not "xml"'),
    );
  });

  test("asks for JSON Lines with text/jsonl", () => {
    expect(deleteChatMemberRequest(request, { baseUrl: "https://x", format: "jsonl" }).headers).toEqual({ Accept: "text/jsonl" });
  });
});

describe("the base URL", () => {
  test.each([
    ["a path prefix", "https://x/v1", "https://x/v1/sessions/s/members/m?memberToRemove=m"],
    ["trailing slashes", "https://x/v1//", "https://x/v1/sessions/s/members/m?memberToRemove=m"],
    ["a query, which is kept after the route", "https://x/v1?key=K", "https://x/v1/sessions/s/members/m?key=K&memberToRemove=m"],
    ["a query after a slash", "https://x/v1/?key=K&a=%20", "https://x/v1/sessions/s/members/m?key=K&a=+&memberToRemove=m"],
    ["a query of its own memberToRemove, which the request's replaces", "https://x?memberToRemove=z", "https://x/sessions/s/members/m?memberToRemove=m"],
  ])("%s: %s", (_, baseUrl, url) => {
    expect(deleteChatMemberRequest(request, { baseUrl }).url).toBe(url);
  });

  test.each([
    ["a fragment", "https://x/v1#x", "options.baseUrl must not have a fragment: \"https://x/v1#x\""],
    ["an empty fragment", "https://x/v1#", "options.baseUrl must not have a fragment: \"https://x/v1#\""],
    ["a relative URL", "/v1", 'options.baseUrl is not an absolute URL: "/v1"'],
    ["no URL", undefined, 'options.baseUrl must be a string, such as "https://evovoice.io"'],
  ])("%s is a TypeError", (_, baseUrl, message) => {
    expect(() => deleteChatMemberRequest(request, { baseUrl: baseUrl as never })).toThrow(new TypeError(message));
  });
});

describe("headers", () => {
  test("header names ignore letter case: an accept of the caller's replaces the Accept of the format", () => {
    expect(deleteChatMemberRequest(request, { baseUrl: "https://x", format: "jsv", headers: { accept: "text/csv", authorization: "Bearer t" } }).headers).toEqual({
      accept: "text/csv",
      authorization: "Bearer t",
    });
  });

  test.each([
    ["a name given twice in two cases", { Authorization: "a", authorization: "b" }, "options.headers names authorization twice (header names ignore letter case)"],
    ["a value with a line break", { "X-Note": "a\r\nSet-Cookie: b" }, "options.headers: the value of X-Note must be a string without line breaks or other control characters"],
    ["a name that is not a token", { "X Note": "a" }, 'options.headers: "X Note" is not a header name'],
  ])("%s is a TypeError", (_, headers, message) => {
    expect(() => deleteChatMemberRequest(request, { baseUrl: "https://x", headers })).toThrow(new TypeError(message));
  });
});
