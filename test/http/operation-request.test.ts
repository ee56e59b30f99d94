import { describe, expect, test } from "vitest";
import { SessionOperations } from "../../src/dto/sessions.js";
import { operation } from "../../src/dto/operation.js";
import { buildRequest, call, ResponseStatusError } from "../../src/http/index.js";
import { EncodeError, int, json, jsv, list, long, object, string } from "../../src/index.js";
import { SessionInfo } from "../../src/dto/session-info.js";

// Requests for any operation: the route filled from the request, the rest in the query or the
// body. A table of request → method, URL, headers and body.

const base = { baseUrl: "https://x/v1" };
const ops = SessionOperations;

const Tree = object("GetTree", { id: int(), path: string(), expand: list(string()) });
const GetTree = operation(Tree, SessionInfo, { method: "GET", path: "/trees/{Id}" }, { method: "GET", path: "/trees" }, { method: "POST", path: "/trees" }, {
  method: "GET",
  path: "/files/{path*}",
});
const Save = object("Save", { id: long(), note: string(), dryRun: int() });
const SaveOp = operation(Save, undefined, { method: "PUT", path: "/saves/{id}", query: ["dryRun"] });

describe("where members go", () => {
  test.each([
    ["a path member fills its placeholder, URL-encoded", () => buildRequest(ops.GetSession, { sessionId: "a b/c" }, base), "GET", "https://x/v1/sessions/a%20b%2Fc", undefined],
    [
      "GET puts the other members in the query: strings as they are, the rest as compact JSV",
      () => buildRequest(ops.ListSessions, { accountIds: ["a", "b,c"], searchArchive: true, page: 2, from: "x y" }, base),
      "GET",
      'https://x/v1/sessions?accountIds=%5Ba%2C%22b%2Cc%22%5D&searchArchive=True&from=x+y&page=2',
      undefined,
    ],
    [
      "PATCH sends the whole request as the body, in the format asked for",
      () => buildRequest(ops.PatchSession, { sessionId: "s", callState: "Hold" }, base),
      "PATCH",
      "https://x/v1/sessions/s",
      '{"sessionId":"s","callState":"Hold"}',
    ],
    [
      "a route's query members go in the query whatever the verb, and in the body too",
      () => buildRequest(SaveOp, { id: 7, note: "n", dryRun: 1 }, base),
      "PUT",
      "https://x/v1/saves/7?dryRun=1",
      '{"id":7,"note":"n","dryRun":1}',
    ],
    ["a number fills a placeholder as its digits", () => buildRequest(GetTree, { id: 5 }, base), "GET", "https://x/v1/trees/5", undefined],
    ["the route that fills the most placeholders wins", () => buildRequest(GetTree, { id: 5, path: "p" }, base), "GET", "https://x/v1/trees/5?path=p", undefined],
    ["a route the request cannot fill is passed over", () => buildRequest(GetTree, { expand: ["x"] }, base), "GET", "https://x/v1/trees?expand=%5Bx%5D", undefined],
    ["options.method picks the verb", () => buildRequest(GetTree, { id: 3 }, { ...base, method: "POST" }), "POST", "https://x/v1/trees", '{"id":3}'],
    ["a {rest*} placeholder takes several segments", () => buildRequest(GetTree, { path: "a/b c/d" }, base), "GET", "https://x/v1/files/a/b%20c/d", undefined],
  ])("%s", (_, build, method, url, body) => {
    const request = build();
    expect([request.method, request.url, request.body]).toEqual([method, url, body]);
  });

  test("DeleteChatMember's member to remove fills {memberId} and the query, as deleteChatMemberRequest sends it", () => {
    expect(buildRequest(ops.DeleteChatMember, { sessionId: "s", memberToRemove: "m" }, base).url).toBe("https://x/v1/sessions/s/members/m?memberToRemove=m");
  });
});

describe("headers and bodies", () => {
  test("Accept asks for the format, Content-Type says the body's", () => {
    const request = buildRequest(ops.HoldSession, { sessionId: "s", reason: "Transferring" }, { ...base, format: "jsv", bodyFormat: "json" });
    expect(request.headers).toEqual({ Accept: "text/jsv", "Content-Type": "application/json; charset=utf-8" });
    expect(request.body).toBe('{"sessionId":"s","reason":"Transferring"}');
  });

  test("the body is in the format asked for unless bodyFormat says otherwise", () => {
    const request = buildRequest(ops.HoldSession, { sessionId: "s" }, { ...base, format: "jsv" });
    expect([request.headers["Content-Type"], request.body]).toEqual(["text/jsv", jsv.encode(ops.HoldSession.request, { sessionId: "s" })]);
  });

  test("a GET has no body and no Content-Type", () => {
    expect(buildRequest(ops.GetSession, { sessionId: "s" }, base).headers).toEqual({ Accept: "application/json" });
  });
});

describe("what is refused before anything is sent", () => {
  test.each([
    ["a . segment", () => buildRequest(ops.GetSession, { sessionId: "." }, base), new TypeError('sessionId "." cannot be sent as a path segment')],
    ["a .. segment inside a {rest*} placeholder", () => buildRequest(GetTree, { path: "a/../b" }, base), new TypeError('path ".." cannot be sent as a path segment')],
    ["a path member missing", () => buildRequest(ops.GetSession, {}, base), new TypeError("the request needs a sessionId (a non-empty string)")],
    ["a verb the operation has no route for", () => buildRequest(ops.GetSession, { sessionId: "s" }, { ...base, method: "DELETE" }), new TypeError("GetSession has no DELETE route")],
    ["a body format evo-codec does not speak", () => buildRequest(ops.HoldSession, { sessionId: "s" }, { ...base, bodyFormat: "xml" as never }), new TypeError('options.bodyFormat must be one of json, jsv, csv, jsonl, not "xml"')],
  ])("%s is a TypeError", (_, build, error) => {
    expect(build).toThrow(error);
  });

  test("a member the request's type does not describe is an EncodeError", () => {
    expect(() => buildRequest(ops.GetSession, { sessionId: "s", extra: 1 } as never, base)).toThrow(EncodeError);
    expect(() => buildRequest(ops.ListSessions, { page: 1.5 }, base)).toThrow(EncodeError);
  });
});

describe("call", () => {
  const answering = (status: number, body: string, contentType = "application/json") => {
    const seen: { url: string; init: RequestInit }[] = [];
    const fetch = async (url: string | URL | Request, init?: RequestInit) => {
      seen.push({ url: String(url), init: init! });
      return new Response(status === 204 ? null : body, { status, headers: { "Content-Type": contentType } });
    };
    return { seen, fetch: fetch as typeof globalThis.fetch };
  };

  test("sends the request and decodes the operation's response type", async () => {
    const server = answering(200, json.encode(SessionInfo, { accountName: "Acme", ended: true }));
    const session = await call(ops.PatchSession, { sessionId: "s", consoleData: "c" }, { ...base, fetch: server.fetch });
    expect([session.accountName, session.ended, session.dialState]).toEqual(["Acme", true, "None"]);
    expect(server.seen[0]!.url).toBe("https://x/v1/sessions/s");
    expect(server.seen[0]!.init).toMatchObject({ method: "PATCH", body: '{"sessionId":"s","consoleData":"c"}' });
  });

  test("decodes a list response in the format the server answers", async () => {
    const server = answering(200, "{items:[{accountName:A}],totalCount:1}", "text/jsv");
    const page = await call(ops.ListSessions, {}, { ...base, format: "jsv", fetch: server.fetch });
    expect([page.items?.[0]?.accountName, page.totalCount]).toEqual(["A", 1]);
  });

  test("a void operation resolves to undefined on success, and a failure is a ResponseStatusError", async () => {
    expect(await call(SaveOp, { id: 1 }, { ...base, fetch: answering(204, "").fetch })).toBeUndefined();
    const failed = call(SaveOp, { id: 1 }, { ...base, fetch: answering(400, '{"responseStatus":{"errorCode":"Invalid","message":"no"}}').fetch });
    await expect(failed).rejects.toBeInstanceOf(ResponseStatusError);
    await expect(failed).rejects.toMatchObject({ status: 400, responseStatus: { errorCode: "Invalid" } });
  });

  test("a CSV body loads CSV's codec first", async () => {
    const server = answering(200, json.encode(SessionInfo, {}));
    await call(ops.HoldSession, { sessionId: "s", callSid: "c" }, { ...base, bodyFormat: "csv", fetch: server.fetch });
    expect(server.seen[0]!.init.body).toBe("SessionId,CallSid,Reason\r\ns,c,None\r\n");
  });
});
