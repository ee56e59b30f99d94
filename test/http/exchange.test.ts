import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { decodeResponse, decodeResponseText, deleteChatMember, deleteChatMemberRequest, ResponseStatusError } from "../../src/http/index.js";
import { DecodeError, SessionInfo, type Format } from "../../src/index.js";
// @ts-expect-error: a plain JavaScript example, run as the README says
import { MISSING_SESSION, sampleSession, startSessionServer } from "../../examples/session-server.mjs";

// A real exchange on 127.0.0.1: the example server answers in whichever format the request
// negotiates, successes and ServiceStack error envelopes alike, and the client decodes them, in
// all four formats and all three ways of asking.

let server: { url: string; close(): Promise<void> };
beforeAll(async () => {
  server = await startSessionServer();
});
afterAll(async () => {
  await server.close();
});

const request = { sessionId: "s 1/2", memberToRemove: "agent@example.com" };
const expected = JSON.parse(JSON.stringify(sampleSession("s 1/2", "agent@example.com")));
const MEDIA: Record<Format, string> = { json: "application/json", jsv: "text/jsv", csv: "text/csv", jsonl: "text/jsonl" };

/** The three ways of asking for a format: the Accept header, a path suffix, `?format=`. */
const WAYS: [string, (url: string, format: Format) => { url: string; headers: Record<string, string> }][] = [
  ["the Accept header", (url, format) => ({ url, headers: { Accept: MEDIA[format] } })],
  ["a path suffix", (url, format) => ({ url: url.replace("?", `.${format}?`), headers: {} })],
  ["?format=", (url, format) => ({ url: `${url}&format=${format}`, headers: {} })],
];

async function call(dto: typeof request, format: Format, ask: (typeof WAYS)[number][1]): Promise<Response> {
  const prepared = deleteChatMemberRequest(dto, { baseUrl: server.url, format: "json" });
  const { url, headers } = ask(prepared.url, format);
  return fetch(url, { method: "DELETE", headers });
}

describe.each<Format>(["json", "jsv", "csv", "jsonl"])("%s", (format) => {
  test.each(WAYS)("asked for by %s", async (_, ask) => {
    const response = await call(request, format, ask);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain(MEDIA[format]);
    if (format === "csv") expect(response.headers.get("content-disposition")).toBe("attachment;filename=DeleteChatMember.csv");
    expect(await decodeResponse(SessionInfo, response)).toEqual(expected);
  });

  test("through deleteChatMember()", async () => {
    expect(await deleteChatMember(request, { baseUrl: server.url, format })).toEqual(expected);
  });

  test.each(WAYS)("a 400 with a field error, asked for by %s, is a ResponseStatusError with its ResponseStatus", async (_, ask) => {
    const response = await call({ ...request, memberToRemove: "nobody@example.com" }, format, ask);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain(MEDIA[format]);
    const error = await decodeResponse(SessionInfo, response).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseStatusError);
    const message = "nobody@example.com is not a member of session s 1/2";
    expect(error).toMatchObject({
      status: 400,
      responseStatus: { errorCode: "NotMember", message, errors: [{ errorCode: "NotMember", fieldName: "MemberToRemove", message }] },
    });
  });

  test.each(WAYS)("a 404, asked for by %s, carries the server's message", async (_, ask) => {
    const response = await call({ ...request, sessionId: MISSING_SESSION }, format, ask);
    await expect(decodeResponse(SessionInfo, response)).rejects.toMatchObject({
      status: 404,
      responseStatus: { errorCode: "NotFound", message: "Session missing was not found" },
    });
  });

  test("deleteChatMember() rejects a failed call with the ResponseStatus, not the raw text only", async () => {
    const error = await deleteChatMember({ ...request, memberToRemove: "nobody@example.com" }, { baseUrl: server.url, format }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseStatusError);
    expect(error).toMatchObject({ status: 400, responseStatus: { errorCode: "NotMember", errors: [{ fieldName: "MemberToRemove" }] } });
    expect((error as ResponseStatusError).body.length).toBeGreaterThan(0);
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

  test("a 406 (a body in no format) is a ResponseStatusError without a ResponseStatus", async () => {
    const response = await fetch(`${server.url}/sessions/s/members/m`, { method: "DELETE", headers: { Accept: "application/xml" } });
    expect(response.status).toBe(406);
    await expect(decodeResponse(SessionInfo, response)).rejects.toMatchObject({ name: "ResponseStatusError", status: 406, responseStatus: undefined });
  });
});

describe("decoding responses", () => {
  test("a body that does not match its Content-Type is a DecodeError naming the type", async () => {
    const body = JSON.stringify({ dialState: "None" });
    await expect(decodeResponse(SessionInfo, new Response(body, { headers: { "Content-Type": "text/csv" } }))).rejects.toThrow(
      expect.objectContaining({ format: "csv", message: expect.stringContaining("(the body of a text/csv response)") }),
    );
  });

  test("an unknown Content-Type is a DecodeError with code content-type", () => {
    expect(() => decodeResponseText(SessionInfo, { headers: { "content-type": "text/html" }, body: "<p>" })).toThrow(DecodeError);
    expect(() => decodeResponseText(SessionInfo, { headers: {}, body: "{}" })).toThrow(expect.objectContaining({ format: "http", code: "content-type" }));
  });
});
