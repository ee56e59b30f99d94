import type { Format } from "../formats.js";
import { DeleteChatMemberRoute } from "../dto/delete-chat-member.js";
import { SessionInfo } from "../dto/session-info.js";
import { FORMAT_NAMES, isFormat } from "../formats.js";
import type { Infer, Input } from "../schema/infer.js";
import type { DeleteChatMember as DeleteChatMemberSchema } from "../dto/delete-chat-member.js";
import { MEDIA_TYPES } from "./negotiate.js";
import { decodeResponse } from "./response.js";
import { requestHeaders, routeUrl } from "./request.js";

type DeleteChatMember = Input<typeof DeleteChatMemberSchema>;

/** A request ready for `fetch`: method, URL and headers. */
export interface PreparedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** Where and how to call the API. */
export interface CallOptions {
  /**
   * Where the API lives, such as `https://evovoice.io`. A path prefix is kept (the route joins
   * it) and so is a query (`…/v1?key=K`); a fragment is refused.
   */
  readonly baseUrl: string;
  /** The response format to ask for with `Accept`: `"json"` (default), `"jsv"`, `"csv"` or `"jsonl"`. */
  readonly format?: Format;
  /** More request headers, such as `Authorization`; names in any case. An `Accept` here replaces the one `format` asks for. */
  readonly headers?: Readonly<Record<string, string>>;
}

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
  const format = options.format ?? "json";
  if (typeof format !== "string" || !isFormat(format)) {
    throw new TypeError(`options.format must be one of ${FORMAT_NAMES.join(", ")}, not ${JSON.stringify(format)}`);
  }
  const { sessionId, memberToRemove } = request;
  const url = routeUrl(options.baseUrl, DeleteChatMemberRoute.path, { sessionId: ["sessionId", sessionId], memberId: ["memberToRemove", memberToRemove] });
  // routeUrl has checked it is a non-empty string.
  url.searchParams.set("memberToRemove", memberToRemove as string);
  return {
    method: DeleteChatMemberRoute.method,
    url: url.toString(),
    headers: requestHeaders({ Accept: MEDIA_TYPES[format][0]! }, options.headers),
  };
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
  const prepared = deleteChatMemberRequest(request, options);
  const response = await (options.fetch ?? fetch)(prepared.url, { method: prepared.method, headers: prepared.headers });
  return decodeResponse(SessionInfo, response);
}
