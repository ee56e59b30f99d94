import { quoteText } from "../core/objects.js";
import type { ResponseStatus } from "../dto/response-status.js";

/**
 * A response whose status says the call failed (anything but 2xx), from `decodeResponse`,
 * `decodeResponseText` and `deleteChatMember`. Not a `DecodeError`: the body may be perfectly
 * well formed; it is just not the DTO asked for.
 */
export class ResponseStatusError extends Error {
  override readonly name = "ResponseStatusError";

  constructor(
    /** The HTTP status, such as 400, 404 or 500. */
    readonly status: number,
    /** The body's text (as much as was read: at most `maxLength` characters). */
    readonly body: string,
    /**
     * The ServiceStack `ResponseStatus` the body holds (its `errorCode`, `message`, field
     * `errors`), read in the body's format; undefined when the body is not the error envelope.
     */
    readonly responseStatus?: ResponseStatus,
    /** `cause`: why the body could not be read, when it could not (invalid bytes, too long). */
    options?: { cause?: unknown },
  ) {
    super(messageOf(status, responseStatus), options);
  }
}

/** `the server answered 404 ("NotFound"): "Session s1 was not found"`, the server's words quoted and cut short. */
function messageOf(status: number, responseStatus: ResponseStatus | undefined): string {
  const code = responseStatus?.errorCode === undefined ? "" : ` (${quoteText(responseStatus.errorCode, 40)})`;
  const message = responseStatus?.message === undefined ? "" : `: ${quoteText(responseStatus.message)}`;
  return `the server answered ${status}${code}${message}`;
}
