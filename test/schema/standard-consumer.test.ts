import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { sValidator } from "@hono/standard-validator";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, expectTypeOf, test } from "vitest";
import { json, SessionInfo } from "../../src/index.js";

// A real Standard Schema consumer from npm: Hono's standard validator takes SessionInfo as it
// takes a zod or valibot schema, validates request bodies with it, and types the handler's value.

const app = new Hono().post("/sessions", sValidator("json", SessionInfo), (c) => {
  const session = c.req.valid("json");
  expectTypeOf(session).toEqualTypeOf<SessionInfo>();
  // The decoded value: defaults filled in, enum names as declared.
  return c.text(json.encode(SessionInfo, session), 200, { "content-type": "application/json" });
});

/** The app behind a loopback HTTP server, as a client reaches it. */
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const answer = await app.request(request.url!, { method: request.method, headers: request.headers as Record<string, string>, body: Buffer.concat(chunks) });
    const headers: Record<string, string> = {};
    answer.headers.forEach((value, name) => (headers[name] = value));
    response.writeHead(answer.status, headers).end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function post(body: string): Promise<Response> {
  return fetch(`${base}/sessions`, { method: "POST", headers: { "content-type": "application/json" }, body });
}

describe("Hono's sValidator with SessionInfo, over a loopback request", () => {
  test("a valid body: 200, and the handler gets the decoded value", async () => {
    const response = await post('{"DialState":"active","members":[{"role":"agent"}],"accountName":"Acme"}');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(
      '{"dialState":"Active","callState":"Disconnected","queueState":"None","accountName":"Acme","channel":"Voice","ended":false,' +
        '"holdReason":"None","members":[{"isOriginalMember":false,"callState":"None","role":"Agent","muted":false}],"direction":"Incoming","wasMissed":false}',
    );
  });

  test("an invalid body: 400, with every problem and its path", async () => {
    const response = await post('{"dialState":"Dialing","members":[{"role":"Boss"}]}');
    expect(response.status).toBe(400);
    const body = (await response.json()) as { success: boolean; error: { path: unknown[]; message: string; code: string }[] };
    expect(body.success).toBe(false);
    expect(body.error).toEqual([
      { code: "invalid-enum", path: ["dialState"], message: '"Dialing" is not a SessionDialState (None, Active)' },
      { code: "invalid-enum", path: ["members", 0, "role"], message: '"Boss" is not a SessionMemberRoles (None, Caller, Agent, Transfer)' },
    ]);
  });
});
