import { object, string } from "../schema/build.js";
import type { Infer } from "../schema/infer.js";

/** `DELETE /sessions/{sessionId}/members/{memberId}`: removes a member from a chat; answers a `SessionInfo`. */
export type DeleteChatMember = Infer<typeof DeleteChatMember>;
export const DeleteChatMember = object("DeleteChatMember", {
  /** The ID of the session (path). */
  sessionId: string(),
  /** The member to remove: a cell phone number or a user ID (email). */
  memberToRemove: string(),
});

/**
 * The documented route of {@link DeleteChatMember}. It names `{memberId}`, which no member
 * matches, while the API page lists `MemberToRemove` as a query parameter: the member to remove
 * fills both, so the server binds it whichever way it reads it.
 */
export const DeleteChatMemberRoute = Object.freeze({
  method: "DELETE",
  path: "/sessions/{sessionId}/members/{memberId}",
  query: Object.freeze(["memberToRemove"] as const),
  placeholders: Object.freeze({ memberId: "memberToRemove" } as const),
} as const);
