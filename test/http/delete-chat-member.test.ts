import { describe, expect, test } from "vitest";
import { deleteChatMemberRequest } from "../../src/http/index.js";

describe("the DeleteChatMember request", () => {
  test.each([".", ".."])("refuses %j as a path segment, which a URL would read as a move", (segment) => {
    expect(() => deleteChatMemberRequest({ sessionId: segment, memberToRemove: "m" }, { baseUrl: "https://x/v1" })).toThrow(TypeError);
    expect(() => deleteChatMemberRequest({ sessionId: "s", memberToRemove: segment }, { baseUrl: "https://x/v1" })).toThrow(TypeError);
  });
});
