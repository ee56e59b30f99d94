import { object, string } from "../schema/build.js";
import type { Infer } from "../schema/infer.js";
import type { NamedSchema } from "../schema/standard.js";

const deleteChatMember = object("DeleteChatMember", {
  /** The ID of the session (path) */
  sessionId: string(),
  /** The member to remove (query): a cell phone number or a user ID (email) */
  memberToRemove: string(),
});
/** `DELETE /sessions/{sessionId}/members/{memberId}`: removes the specified member from the chat; answers a `SessionInfo`. */
export interface DeleteChatMember extends Infer<typeof deleteChatMember> {}
/** The description of the {@link DeleteChatMember} request. */
export const DeleteChatMember: NamedSchema<typeof deleteChatMember, DeleteChatMember> = deleteChatMember;

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
