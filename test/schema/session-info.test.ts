import { describe, expect, test } from "vitest";
import {
  CustomerBreadcrumb,
  DeleteChatMember,
  DeleteChatMemberRoute,
  EntityInfo,
  SessionInfo,
  SessionLogInfo,
  SessionMemberInfo,
  toCamelCase,
  type ObjectSchema,
  type Schema,
} from "../../src/index.js";
import { fixtureText } from "../support/vectors.js";

// The Evo Voice API's DTOs, described once (src/dto), checked member by member against the API
// documentation: each member's C# name and type, in the documented order (SessionInfo's own
// members, then those of its base class EntityInfo).

/** A schema as the documentation writes its type. */
function csharpType(schema: Schema): string {
  switch (schema.kind) {
    case "string":
      return "string";
    case "boolean":
      return "bool";
    case "integer":
      return "int";
    case "enum":
    case "object":
      return schema.typeName;
    case "list":
      return `List<${csharpType(schema.element)}>`;
    case "dictionary":
      return `Dictionary<string,${csharpType(schema.value)}>`;
    default:
      throw new Error(`SessionInfo uses no ${schema.kind} member`);
  }
}

const members = (schema: ObjectSchema) => schema.members.map((m) => [m.name, csharpType(m.schema)]);

/** The documentation's table of SessionInfo's members, then EntityInfo's. */
const SESSION_INFO = [
  ["DialState", "SessionDialState"],
  ["CallState", "SessionCallState"],
  ["QueueState", "SessionQueueStates"],
  ["AccountId", "string"],
  ["AccountName", "string"],
  ["CustomerId", "string"],
  ["CustomerBreadcrumb", "List<CustomerBreadcrumb>"],
  ["CustomerName", "string"],
  ["EndpointId", "string"],
  ["EndpointName", "string"],
  ["DateCompleted", "string"],
  ["Destination", "string"],
  ["ToAddress", "string"],
  ["FromAddress", "string"],
  ["FromName", "string"],
  ["AnsweredByName", "string"],
  ["QueueMemberId", "string"],
  ["Channel", "FlowChannels"],
  ["Ended", "bool"],
  ["Outcome", "string"],
  ["CallSid", "string"],
  ["ConsoleData", "string"],
  ["HoldQueueName", "string"],
  ["HeldByUserId", "string"],
  ["HoldReason", "SessionHoldReasons"],
  ["ConferenceSid", "string"],
  ["DisplayName", "string"],
  ["Log", "List<SessionLogInfo>"],
  ["Members", "List<SessionMemberInfo>"],
  ["CallbackNumber", "string"],
  ["AnsweredById", "string"],
  ["Direction", "SessionDirections"],
  ["FromPhoneNumber", "string"],
  ["MostRecentParticipantCallSid", "string"],
  ["WasMissed", "bool"],
  ["RingQueueId", "string"],
];
const ENTITY_INFO = [
  ["Id", "string"],
  ["DateCreated", "string"],
  ["DateLastModified", "string"],
  ["CreatedBy", "string"],
  ["LastModifiedBy", "string"],
];

describe("SessionInfo", () => {
  test("has 41 members: its own 36 in the documented order, then EntityInfo's 5", () => {
    expect(SessionInfo.members).toHaveLength(41);
    expect(members(SessionInfo)).toEqual([...SESSION_INFO, ...ENTITY_INFO]);
  });

  test("its members are in the order of the documented JSON sample", () => {
    const sampleKeys = Object.keys(JSON.parse(fixtureText("samples/documented-sample.json")) as object);
    expect(SessionInfo.members.map((m) => m.key)).toEqual(sampleKeys);
  });

  test("each member's JavaScript key is its C# name in ServiceStack's camelCase", () => {
    for (const schema of [SessionInfo, SessionMemberInfo, SessionLogInfo, CustomerBreadcrumb, EntityInfo]) {
      for (const m of schema.members) expect(m.key, `${schema.typeName}.${m.name}`).toBe(toCamelCase(m.name));
    }
  });
});

describe("the types SessionInfo uses", () => {
  test.each([
    ["EntityInfo", EntityInfo, ENTITY_INFO],
    ["CustomerBreadcrumb", CustomerBreadcrumb, [["Id", "string"], ["Name", "string"]]],
    ["SessionLogInfo", SessionLogInfo, [["Date", "string"], ["Message", "string"]]],
    [
      "SessionMemberInfo",
      SessionMemberInfo,
      [
        ["Identity", "string"],
        ["EndpointId", "string"],
        ["DisplayName", "string"],
        ["IsOriginalMember", "bool"],
        ["AvatarUrl", "string"],
        ["ApplicationData", "Dictionary<string,string>"],
        ["CallState", "SessionMemberCallState"],
        ["Role", "SessionMemberRoles"],
        ["CallSid", "string"],
        ["Muted", "bool"],
      ],
    ],
  ] as const)("%s has the documented members in order", (name, schema, documented) => {
    expect(schema.typeName).toBe(name);
    expect(members(schema)).toEqual(documented);
  });
});

describe("DeleteChatMember", () => {
  test("has the documented members, SessionId and MemberToRemove", () => {
    expect(DeleteChatMember.typeName).toBe("DeleteChatMember");
    expect(DeleteChatMember.members.map((m) => [m.key, m.name, csharpType(m.schema)])).toEqual([
      ["sessionId", "SessionId", "string"],
      ["memberToRemove", "MemberToRemove", "string"],
    ]);
  });

  test("has the documented route", () => {
    expect(DeleteChatMemberRoute).toEqual({
      method: "DELETE",
      path: "/sessions/{sessionId}/members/{memberId}",
      query: ["memberToRemove"],
      placeholders: { memberId: "memberToRemove" },
    });
    expect(Object.isFrozen(DeleteChatMemberRoute)).toBe(true);
  });
});
