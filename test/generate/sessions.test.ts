import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { DeleteChatMember } from "../../src/dto/delete-chat-member.js";
import * as enums from "../../src/dto/enums.js";
import { ListRequest, ListResponse, SortOrders } from "../../src/dto/list.js";
import type { Operation } from "../../src/dto/operation.js";
import { CustomerBreadcrumb, EntityInfo, SessionInfo, SessionLogInfo, SessionMemberInfo } from "../../src/dto/session-info.js";
import * as sessions from "../../src/dto/sessions.js";
import { json, jsv, type Schema } from "../../src/index.js";
import { generateModule, schemasFromMetadata } from "../../src/generate/index.js";
import { described, generatedModule, metadataFixture, root, scratchFolder } from "./support.js";

// fixtures/generate/sessions.metadata.json is the metadata a ServiceStack host would serve for
// the session operations, written from the documented types (the API pages and the survey). What
// the generator makes of it must be the hand-written descriptions of src/dto, as data.

const metadata = metadataFixture("sessions.metadata.json");
const scratch = scratchFolder();
let api: Record<string, unknown>;

beforeAll(async () => {
  api = await generatedModule(metadata, scratch.dir, "sessions.ts");
});
afterAll(scratch.remove);

const HAND_WRITTEN: Record<string, Schema> = {
  SessionInfo,
  EntityInfo,
  CustomerBreadcrumb,
  SessionLogInfo,
  SessionMemberInfo,
  DeleteChatMember,
  SortOrders,
  ...enums,
  ListSessions: sessions.ListSessions,
  GetSession: sessions.GetSession,
  PatchSession: sessions.PatchSession,
  HoldSession: sessions.HoldSession,
  InviteChatMember: sessions.InviteChatMember,
  AddConferenceMember: sessions.AddConferenceMember,
  GetMySessions: sessions.GetMySessions,
  GetMySessionsResponse: sessions.GetMySessionsResponse,
};

describe("the generated module of the session operations", () => {
  test.each(Object.keys(HAND_WRITTEN))("describes %s as src/dto does", (name) => {
    expect(described(api[name] as Schema)).toEqual(described(HAND_WRITTEN[name]!));
  });

  test("describes the generic wrappers as functions giving what src/dto's give", () => {
    const generated = api as Record<string, (item: Schema) => Schema>;
    expect(described(generated["ListRequest"]!(api["SessionInfo"] as Schema))).toEqual(described(ListRequest(SessionInfo)));
    expect(described(generated["ListResponse"]!(api["SessionInfo"] as Schema))).toEqual(described(ListResponse(SessionInfo)));
    expect(generated["ListResponse"]!(api["SessionInfo"] as Schema)).toBe(generated["ListResponse"]!(api["SessionInfo"] as Schema));
  });

  test("describes every operation with the routes and response of src/dto's", () => {
    const generated = api["Operations"] as Record<string, Operation>;
    expect(Object.keys(generated)).toEqual(Object.keys(sessions.SessionOperations));
    for (const [name, op] of Object.entries(sessions.SessionOperations) as [string, Operation][]) {
      const mine = generated[name]!;
      expect(described(mine.request), name).toEqual(described(op.request));
      expect(mine.response && described(mine.response), name).toEqual(op.response && described(op.response));
      expect(mine.routes.map((r) => [r.method, r.path]), name).toEqual(op.routes.map((r) => [r.method, r.path]));
    }
  });

  test("sends DeleteChatMember's member to remove in the query, as its page lists it", () => {
    const generated = api["Operations"] as Record<string, Operation>;
    expect(generated["DeleteChatMember"]!.routes[0]!.query).toEqual(["memberToRemove"]);
  });

  test("describes in memory what it writes", () => {
    const inMemory = schemasFromMetadata(metadata);
    for (const name of Object.keys(HAND_WRITTEN)) expect(described(inMemory.types[name]!), name).toEqual(described(api[name] as Schema));
    expect(described(inMemory.type("ListResponse<SessionInfo>")!)).toEqual(described(ListResponse(SessionInfo)));
    expect(described(inMemory.type("sessioninfo")!)).toEqual(described(SessionInfo));
  });

  test("says that DeleteChatMember's route names {memberId}, which no member fills, and refuses nothing", () => {
    const { problems } = generateModule(metadata);
    expect(problems).toEqual([
      {
        subject: "DeleteChatMember",
        refused: false,
        message: expect.stringContaining("{memberId} names no member of DeleteChatMember") as string,
      },
    ]);
  });
});

describe("the documented sample through the generated SessionInfo", () => {
  const sample = (name: string) => readFileSync(join(root, "fixtures", "samples", name), "utf8");
  const value = JSON.parse(sample("documented-sample.value.json")) as unknown;

  test("encodes to the documented JSON byte for byte", () => {
    expect(json.encode(api["SessionInfo"] as Schema, value as never)).toBe(sample("documented-sample.json"));
  });

  test("encodes to the reference's pretty JSV and CSV byte for byte", () => {
    expect(jsv.encode(api["SessionInfo"] as Schema, value as never, { pretty: true })).toBe(sample("documented-sample.reindented.jsv"));
    expect(csv.encode(api["SessionInfo"] as Schema, value as never)).toBe(sample("documented-sample.csv"));
  });

  test("decodes the documented JSON to the documented value", () => {
    expect(json.decode(api["SessionInfo"] as Schema, sample("documented-sample.json"))).toEqual(value);
  });
});
