import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Operation } from "../../src/dto/operation.js";
import { call, negotiate, ResponseStatusError } from "../../src/http/index.js";
import { json, type Schema } from "../../src/index.js";
import { cli } from "../cli/support.js";
import { root, scratchFolder } from "./support.js";

// The whole flow against a loopback server that serves its own metadata, as a ServiceStack host
// does at /types/metadata: `evo-codec generate --url` writes the module, and the module's
// operations call the same server and decode what it answers.

const metadata = readFileSync(join(root, "fixtures", "generate", "sessions.metadata.json"), "utf8");
const documented = JSON.parse(readFileSync(join(root, "fixtures", "samples", "documented-sample.value.json"), "utf8")) as Record<string, unknown>;
const scratch = scratchFolder();
let server: Server;
let baseUrl: string;
let api: Record<string, unknown>;

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = request.url ?? "/";
    if (url === "/types/metadata") {
      response.writeHead(200, { "Content-Type": "application/json; charset=utf-8" }).end(metadata);
      return;
    }
    const negotiated = negotiate({ url, accept: request.headers.accept, operationName: "GetSession" });
    if ("notAcceptable" in negotiated) {
      response.writeHead(406).end();
      return;
    }
    const session = api["SessionInfo"] as Schema;
    if (request.method === "GET" && url.startsWith("/sessions/known")) {
      response.writeHead(200, negotiated.headers).end(negotiated.codec.encode(session, { ...documented, id: "known" }));
    } else {
      response.writeHead(404, { "Content-Type": "application/json" }).end('{"responseStatus":{"errorCode":"NotFound","message":"no such session"}}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  scratch.remove();
});

describe("metadata → generate → call and decode", () => {
  test("generate --url writes the module from the live server's metadata", async () => {
    const importFrom = relative(scratch.dir, join(root, "src", "index.js"));
    const outcome = await cli(["generate", "--url", `${baseUrl}/types/metadata`, "-o", "api.ts", "--import-from", importFrom], { cwd: scratch.dir });
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toBe("");
    expect(outcome.stderr).toContain("wrote api.ts: 25 types, 8 operations");
    api = (await import(/* @vite-ignore */ join(scratch.dir, "api.ts"))) as Record<string, unknown>;
    expect(Object.keys(api["Operations"] as object)).toContain("GetSession");
  });

  test.each(["json", "jsv", "csv", "jsonl"] as const)("the generated GetSession calls the server and decodes its %s answer", async (format) => {
    const operations = api["Operations"] as Record<string, Operation<never, Schema>>;
    const session = await call(operations["GetSession"]!, { sessionId: "known" } as never, { baseUrl, format });
    expect(session).toEqual(json.decode(api["SessionInfo"] as Schema, json.encode(api["SessionInfo"] as Schema, { ...documented, id: "known" } as never)));
  });

  test("a failure comes back as the server's ResponseStatus", async () => {
    const operations = api["Operations"] as Record<string, Operation<never, Schema>>;
    await expect(call(operations["GetSession"]!, { sessionId: "gone" } as never, { baseUrl })).rejects.toMatchObject({
      constructor: ResponseStatusError,
      status: 404,
      responseStatus: { errorCode: "NotFound" },
    });
  });
});
