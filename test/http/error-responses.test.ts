import { describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { decodeErrorResponse, decodeResponse, decodeResponseText, loadCodec, ResponseStatusError, responseStatusOf } from "../../src/http/index.js";
import { DecodeError, ErrorResponse, json, jsonl, jsv, SessionInfo, type Format } from "../../src/index.js";

// A failed call is not a session: ServiceStack answers a non-2xx status with its error envelope
// (ErrorResponse { ResponseStatus }) in the format asked for, and decoding looks at the status first.

const envelope = {
  responseStatus: {
    errorCode: "NotFound",
    message: 'Session "s1" was not found',
    errors: [{ errorCode: "NotEmpty", fieldName: "MemberToRemove", message: "'Member To Remove' must not be empty.", meta: { PropertyName: "MemberToRemove" } }],
  },
} as const;

const codecs = { json, jsv, csv, jsonl };
const CONTENT_TYPES: Record<Format, string> = { json: "application/json; charset=utf-8", jsv: "text/jsv", csv: "text/csv", jsonl: "text/jsonl" };

describe("the envelope is a described DTO, readable in every format", () => {
  test.each<Format>(["json", "jsv", "csv", "jsonl"])("%s: it round-trips, errors and meta included", (format) => {
    const text = codecs[format].encode(ErrorResponse, envelope);
    expect(codecs[format].decode(ErrorResponse, text)).toEqual(envelope);
  });

  test("as the reference writes it: members in [DataMember(Order)] order, a one-row table in CSV", () => {
    expect(json.encode(ErrorResponse, { responseStatus: { errorCode: "E", message: "m", stackTrace: "t", errors: [], meta: {} } })).toBe(
      '{"responseStatus":{"errorCode":"E","message":"m","stackTrace":"t","errors":[],"meta":{}}}',
    );
    expect(csv.encode(ErrorResponse, { responseStatus: { errorCode: "E", message: "a, b" } })).toBe('ResponseStatus\r\n"{errorCode:E,message:""a, b""}"\r\n');
    expect(jsonl.encode(ErrorResponse, { responseStatus: { errorCode: "E" } })).toBe('{"responseStatus":{"errorCode":"E"}}');
  });
});

describe("a non-2xx response is a ResponseStatusError, never a DTO of defaults", () => {
  test.each<Format>(["json", "jsv", "csv", "jsonl"])("%s: decodeResponseText reads the ResponseStatus, field errors included", async (format) => {
    await loadCodec("csv");
    const body = codecs[format].encode(ErrorResponse, envelope);
    for (const status of [400, 401, 404, 500]) {
      const error = catching(() => decodeResponseText(SessionInfo, { status, headers: { "Content-Type": CONTENT_TYPES[format] }, body }));
      expect(error).toBeInstanceOf(ResponseStatusError);
      expect(error).not.toBeInstanceOf(DecodeError);
      expect(error).toMatchObject({ name: "ResponseStatusError", status, body, responseStatus: envelope.responseStatus });
    }
  });

  test.each<Format>(["json", "jsv", "csv", "jsonl"])("%s: decodeResponse reads a fetch Response the same way", async (format) => {
    const body = codecs[format].encode(ErrorResponse, envelope);
    const response = new Response(body, { status: 404, headers: { "Content-Type": CONTENT_TYPES[format] } });
    const error = await decodeResponse(SessionInfo, response).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404, body, responseStatus: envelope.responseStatus });
    expect((error as Error).message).toBe('the server answered 404 ("NotFound"): "Session \\"s1\\" was not found"');
  });

  test("a typed response DTO that carries a responseStatus beside its own members has one too", () => {
    const body = '{"sessions":[],"responseStatus":{"errorCode":"Forbidden","message":"no"}}';
    expect(responseStatusOf("json", body)).toEqual({ errorCode: "Forbidden", message: "no" });
  });

  test.each([
    ["an HTML page from a proxy", "text/html", "<h1>502 Bad Gateway</h1>"],
    ["plain text", "text/plain", "not found"],
    ["JSON that is not the envelope", "application/json", '"oops"'],
    ["an empty body", "application/json", ""],
    ["no Content-Type", undefined, "{}"],
  ])("%s: responseStatus is undefined and body is the raw text", (_, contentType, body) => {
    const headers: Record<string, string> = contentType ? { "content-type": contentType } : {};
    expect(catching(() => decodeResponseText(SessionInfo, { status: 502, headers, body }))).toMatchObject({ status: 502, body, responseStatus: undefined });
  });

  test("the status is checked before the Content-Type: a 500 with a body of no format is still a ResponseStatusError", async () => {
    const response = new Response("<p>boom</p>", { status: 500, headers: { "Content-Type": "text/html" } });
    await expect(decodeResponse(SessionInfo, response)).rejects.toMatchObject({ name: "ResponseStatusError", status: 500, body: "<p>boom</p>" });
  });

  test("a response without a status (a framework's parts) counts as a success", () => {
    expect(decodeResponseText(SessionInfo, { headers: { "content-type": "application/json" }, body: "{}" })).toMatchObject({ ended: false });
  });

  test("3xx and 1xx are not successes either", () => {
    for (const status of [199, 300, 304]) {
      expect(catching(() => decodeResponseText(SessionInfo, { status, headers: {}, body: "" }))).toBeInstanceOf(ResponseStatusError);
    }
  });
});

describe("204 No Content", () => {
  test("decodeResponse: an empty-body DecodeError, since there is no SessionInfo to return", async () => {
    const error = await decodeResponse(SessionInfo, new Response(null, { status: 204 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DecodeError);
    expect(error).toMatchObject({ format: "http", code: "empty-body", detail: "the response (204) has no body: there is no SessionInfo to decode" });
  });

  test("decodeResponseText: the same, whatever Content-Type it claims", () => {
    expect(catching(() => decodeResponseText(SessionInfo, { status: 204, headers: { "Content-Type": "application/json" }, body: "" }))).toMatchObject({ code: "empty-body" });
    expect(catching(() => decodeResponseText(SessionInfo, { status: 200, headers: {}, body: "" }))).toMatchObject({ code: "empty-body" });
  });

  test("a 200 with a type but an empty body is that format's own error", () => {
    expect(catching(() => decodeResponseText(SessionInfo, { status: 200, headers: { "content-type": "application/json" }, body: "" }))).toMatchObject({ code: "unexpected-end" });
  });
});

describe("what the CLI will use", () => {
  test("decodeErrorResponse reads an error body in a given format, strictly if asked", () => {
    expect(decodeErrorResponse("jsv", "{responseStatus:{errorCode:NotFound}}")).toEqual({ responseStatus: { errorCode: "NotFound" } });
    expect(catching(() => decodeErrorResponse("json", '{"responseStatus":{"errorCode":"X","extra":1}}', { strict: true }))).toMatchObject({ code: "unknown-member", path: "responseStatus.extra" });
  });
});

function catching(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("no error");
}
