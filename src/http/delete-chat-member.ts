import type { Format } from "../formats.js";
import { DeleteChatMemberRoute } from "../dto/delete-chat-member.js";
import { SessionInfo } from "../dto/session-info.js";
import type { Infer, Input } from "../schema/infer.js";
import type { DeleteChatMember as DeleteChatMemberSchema } from "../dto/delete-chat-member.js";
import { MEDIA_TYPES } from "./negotiate.js";
import { decodeResponse } from "./response.js";

type DeleteChatMember = Input<typeof DeleteChatMemberSchema>;

/** A request ready for `fetch`: method, URL and headers. */
export interface PreparedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
}

export interface CallOptions {
  /** Where the API lives, such as `https://evovoice.io` (a path prefix is kept). */
  readonly baseUrl: string;
  /** The response format to ask for with `Accept`. Default `"json"`. */
  readonly format?: Format;
  /** More request headers, such as `Authorization`. */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * The `DeleteChatMember` request: `DELETE /sessions/{sessionId}/members/{memberId}`. The route
 * names `{memberId}`, which no member of the DTO matches, while the API page lists
 * `MemberToRemove` as a query parameter: the member to remove fills both, so the server binds it
 * whichever way it reads it. Both are URL-encoded; `sessionId` and `memberToRemove` are required,
 * and neither may be `.` or `..`, which a URL would read as a move up the path.
 */
export function deleteChatMemberRequest(request: DeleteChatMember, options: CallOptions): PreparedRequest {
  const { sessionId, memberToRemove } = request;
  if (typeof sessionId !== "string" || sessionId === "") throw new TypeError("DeleteChatMember needs a sessionId");
  if (typeof memberToRemove !== "string" || memberToRemove === "") throw new TypeError("DeleteChatMember needs a memberToRemove");
  // A URL reads `.` and `..` segments (encoded or not) as directions: they would move the DELETE elsewhere.
  for (const segment of [sessionId, memberToRemove]) {
    if (segment === "." || segment === "..") throw new TypeError(`${JSON.stringify(segment)} cannot be sent as a path segment`);
  }
  const path = DeleteChatMemberRoute.path
    .replace("{sessionId}", encodeURIComponent(sessionId))
    .replace("{memberId}", encodeURIComponent(memberToRemove));
  let base = options.baseUrl;
  while (base.endsWith("/")) base = base.slice(0, -1);
  const url = new URL(base + path);
  url.searchParams.set("memberToRemove", memberToRemove);
  return {
    method: DeleteChatMemberRoute.method,
    url: url.toString(),
    headers: { Accept: MEDIA_TYPES[options.format ?? "json"][0]!, ...options.headers },
  };
}

/** A response whose status says the call failed; `body` is its text (a ServiceStack `ResponseStatus`). */
export class ResponseStatusError extends Error {
  override readonly name = "ResponseStatusError";
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`the server answered ${status}`);
  }
}

/**
 * Sends `DeleteChatMember` with `fetch` (the global one unless given) and decodes the
 * `SessionInfo` it answers, in the format asked for. A non-2xx answer is a `ResponseStatusError`;
 * a body that does not decode is a `DecodeError`.
 */
export async function deleteChatMember(
  request: DeleteChatMember,
  options: CallOptions & { readonly fetch?: typeof fetch },
): Promise<Infer<typeof SessionInfo>> {
  const prepared = deleteChatMemberRequest(request, options);
  const response = await (options.fetch ?? fetch)(prepared.url, { method: prepared.method, headers: prepared.headers });
  if (!response.ok) throw new ResponseStatusError(response.status, await response.text());
  return decodeResponse(SessionInfo, response);
}
