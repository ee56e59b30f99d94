import { DeleteChatMember as DeleteChatMemberSchema, DeleteChatMemberRoute } from "../dto/delete-chat-member.js";
import { operation } from "../dto/operation.js";
import { SessionInfo } from "../dto/session-info.js";
import type { Infer, Input } from "../schema/infer.js";
import { call } from "./call.js";
import { buildRequest, type CallOptions, type PreparedRequest } from "./operation-request.js";

export type { CallOptions, PreparedRequest } from "./operation-request.js";

type DeleteChatMember = Input<typeof DeleteChatMemberSchema>;

const DELETE_CHAT_MEMBER = /* @__PURE__ */ operation(DeleteChatMemberSchema, SessionInfo, DeleteChatMemberRoute);

/**
 * The `DeleteChatMember` request: `DELETE /sessions/{sessionId}/members/{memberId}`. The route
 * names `{memberId}`, which no member of the DTO matches, while the API page lists
 * `MemberToRemove` as a query parameter: the member to remove fills both, so the server binds it
 * whichever way it reads it. Both are URL-encoded; `sessionId` and `memberToRemove` are required,
 * and neither may be `.` or `..`, which a URL would read as a move up the path. Every problem
 * with the arguments is a `TypeError` that names the argument.
 */
export function deleteChatMemberRequest(request: DeleteChatMember, options: CallOptions): PreparedRequest {
  if (typeof request !== "object" || request === null) throw new TypeError("deleteChatMemberRequest needs a DeleteChatMember request object");
  if (typeof options !== "object" || options === null) throw new TypeError("deleteChatMemberRequest needs options with a baseUrl");
  return buildRequest(DELETE_CHAT_MEMBER, request, options);
}

/**
 * Sends `DeleteChatMember` with `fetch` (the global one unless given) and decodes the
 * `SessionInfo` it answers, in the format asked for. A non-2xx answer is a `ResponseStatusError`
 * with the server's `ResponseStatus`; a body that does not decode is a `DecodeError`.
 */
export async function deleteChatMember(
  request: DeleteChatMember,
  options: CallOptions & { readonly fetch?: typeof fetch },
): Promise<Infer<typeof SessionInfo>> {
  deleteChatMemberRequest(request, options);
  return call(DELETE_CHAT_MEMBER, request, options);
}
