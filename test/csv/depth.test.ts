import { describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { json, listOf, SessionInfo } from "../../src/index.js";

describe("CSV nesting counts like the other formats", () => {
  const session = { members: [{ applicationData: { k: "v" } }] };
  test("a list table: root list 1, session 2, members 3, member 4, applicationData 5", () => {
    const table = csv.encode(listOf(SessionInfo), [session]);
    const text = json.encode(listOf(SessionInfo), [session]);
    expect(() => json.decode(listOf(SessionInfo), text, { maxDepth: 4 })).toThrow(expect.objectContaining({ code: "depth-limit" }));
    expect(() => csv.decode(listOf(SessionInfo), table, { maxDepth: 4 })).toThrow(expect.objectContaining({ code: "depth-limit" }));
    expect(csv.decode(listOf(SessionInfo), table, { maxDepth: 5 })).toEqual(json.decode(listOf(SessionInfo), text, { maxDepth: 5 }));
  });
});
