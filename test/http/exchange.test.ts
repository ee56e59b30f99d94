import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { decodeResponse, decodeResponseText, deleteChatMember, deleteChatMemberRequest, ResponseStatusError } from "../../src/http/index.js";
import { DecodeError, SessionInfo, type Format } from "../../src/index.js";
// @ts-expect-error: a plain JavaScript example, run as the README says
import { sampleSession, startSessionServer } from "../../examples/session-server.mjs";

// A real exchange on 127.0.0.1: the example server answers in whichever format the request
// negotiates, and the client decodes it, in all three formats and all three ways of asking.

let server: { url: string; close(): Promise<void> };
beforeAll(async () => {
  server = await startSessionServer();
});
afterAll(async () => {
  await server.close();
});

const request = { sessionId: "s 1/2", memberToRemove: "agent@example.com" };
const expected = JSON.parse(JSON.stringify(sampleSession("s 1/2", "agent@example.com")));

describe.each<Format>(["json", "jsv", "csv"])("%s", (format) => {
  const media = { json: "application/json", jsv: "text/jsv", csv: "text/csv" }[format];

  test.each([
    ["the Accept header", (url: string) => ({ url, headers: { Accept: media } })],
    ["a path suffix", (url: string) => ({ url: url.replace("?", `.${format}?`), headers: {} })],
    ["?format=", (url: string) => ({ url: `${url}&format=${format}`, headers: {} })],
  ])("asked for by %s", async (_, ask) => {
    const prepared = deleteChatMemberRequest(request, { baseUrl: server.url, format: "json" });
    const { url, headers } = ask(prepared.url);
    const response = await fetch(url, { method: "DELETE", headers });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain(media);
    if (format === "csv") expect(response.headers.get("content-disposition")).toBe("attachment;filename=DeleteChatMember.csv");
    expect(await decodeResponse(SessionInfo, response)).toEqual(expected);
  });

  test("through deleteChatMember()", async () => {
    expect(await deleteChatMember(request, { baseUrl: server.url, format })).toEqual(expected);
  });
});

describe("the DeleteChatMember request", () => {
  test("fills the route with URL-encoded values and sends the member as a query parameter too", () => {
    expect(deleteChatMemberRequest(request, { baseUrl: "https://evovoice.io/api/", format: "jsv", headers: { Authorization: "Bearer t" } })).toEqual({
      method: "DELETE",
      url: "https://evovoice.io/api/sessions/s%201%2F2/members/agent%40example.com?memberToRemove=agent%40example.com",
      headers: { Accept: "text/jsv", Authorization: "Bearer t" },
    });
  });

  test("needs both members", () => {
    expect(() => deleteChatMemberRequest({ sessionId: "s" }, { baseUrl: "http://x" })).toThrow(TypeError);
  });

  test("a failed call is a ResponseStatusError; a 406 names what was not acceptable", async () => {
    const response = await fetch(`${server.url}/sessions/s/members/m`, { method: "DELETE", headers: { Accept: "application/xml" } });
    expect(response.status).toBe(406);
    await expect(deleteChatMember(request, { baseUrl: `${server.url}/nowhere` })).rejects.toBeInstanceOf(ResponseStatusError);
  });
});

describe("decoding responses", () => {
  test("a body that does not match its Content-Type is a DecodeError naming the type", () => {
    const body = JSON.stringify({ dialState: "None" });
    expect(() => decodeResponseText(SessionInfo, { headers: { "Content-Type": "text/csv" }, body })).toThrow(
      expect.objectContaining({ format: "csv", message: expect.stringContaining("(the body of a text/csv response)") }),
    );
  });

  test("an unknown Content-Type is a DecodeError with code content-type", () => {
    expect(() => decodeResponseText(SessionInfo, { headers: { "content-type": "text/html" }, body: "<p>" })).toThrow(DecodeError);
    expect(() => decodeResponseText(SessionInfo, { headers: {}, body: "{}" })).toThrow(expect.objectContaining({ format: "http", code: "content-type" }));
  });
});
