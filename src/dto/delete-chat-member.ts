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

/** The documented route of {@link DeleteChatMember}. */
export const DeleteChatMemberRoute = Object.freeze({
  method: "DELETE",
  path: "/sessions/{sessionId}/members/{memberId}",
} as const);
