import { ErrorResponse } from "../dto/response-status.js";
import { QUOTE_LIMIT, quoteText } from "../core/objects.js";
import type { Format } from "../formats.js";
import type { ObjectSchema } from "../schema/nodes.js";
import { dechunk, fileOffsetIn } from "./chunked.js";
import { formatOfContentType, isSuccess, parseRecordedResponse } from "./http.js";

/** The body of a `.http` recording, ready to decode. */
export interface RecordedBody {
  /** The response's status; a body of one that is not 2xx is ServiceStack's error body. */
  readonly status: number;
  /** The status line's reason phrase, as recorded. */
  readonly reason: string;
  readonly format: Format;
  readonly body: string;
  readonly contentType: string;
  /** The file offset of an offset in `body`. */
  readonly toFile: (offset: number) => number;
}

/** Why a recording's body is not one to decode, and where in the file. */
export interface BodyProblem {
  readonly code: "http" | "http-status" | "content-type";
  readonly message: string;
  readonly offset: number;
}

/**
 * Reads a `.http` recording down to the body to decode: no content encoding, a `Content-Type` of
 * one of the formats, and the chunk framing taken out when there is one. A response that is not
 * 2xx must have a body (its error body) to be checked.
 */
export function recordedBody(text: string): RecordedBody | BodyProblem {
  const response = parseRecordedResponse(text);
  if ("message" in response) return { code: "http", ...response };
  const { status, reason } = response;
  if (!isSuccess(status) && response.body.trim() === "") {
    return { code: "http-status", message: `the response has status ${status}${reasonText(reason)} and no body: there is no error body to check`, offset: response.statusOffset };
  }
  const encoding = response.headers.get("content-encoding");
  if (encoding !== undefined && encoding.toLowerCase() !== "identity") {
    return { code: "http", message: `the body is encoded (Content-Encoding: ${quoteText(encoding)}): record it decoded`, offset: response.bodyOffset };
  }
  const contentType = response.headers.get("content-type");
  const format = formatOfContentType(contentType);
  if (!format) {
    const message = contentType === undefined ? "the response has no Content-Type" : `Content-Type ${quoteText(contentType)} is not JSON, JSV, CSV or JSON Lines`;
    return { code: "content-type", message, offset: response.bodyOffset };
  }
  const codings = (response.headers.get("transfer-encoding") ?? "").split(",").map((coding) => coding.trim().toLowerCase());
  const other = codings.find((coding) => coding !== "" && coding !== "chunked" && coding !== "identity");
  if (other !== undefined) return { code: "http", message: `the body is encoded (Transfer-Encoding: ${quoteText(other)}): record it decoded`, offset: response.bodyOffset };
  if (!codings.includes("chunked")) {
    return { status, reason, format, body: response.body, contentType: contentType!, toFile: (offset) => response.bodyOffset + offset };
  }
  const dechunked = dechunk(text, response.bodyOffset);
  if ("message" in dechunked) return { code: "http", ...dechunked };
  return { status, reason, format, body: dechunked.body, contentType: contentType!, toFile: (offset) => fileOffsetIn(dechunked, offset) };
}

/**
 * The type a recorded body is read as. A 2xx body is the type; any other is ServiceStack's error
 * body: the type itself when it has a `responseStatus` member of its own (ServiceStack then
 * answers with the response DTO, its `responseStatus` filled in), otherwise the `ErrorResponse`
 * envelope, in the response's format.
 */
export function typeOfBody(status: number, type: ObjectSchema): ObjectSchema {
  if (isSuccess(status) || type.members.some((member) => member.key === "responseStatus")) return type;
  return ErrorResponse;
}

/**
 * What a well-formed error body says, for the report (`404 Not Found: NotFound: no such
 * session`), or `undefined` when the body holds no `responseStatus`.
 */
export function errorResponseNote(response: Pick<RecordedBody, "status" | "reason">, value: unknown): string | undefined {
  const status = (value as { responseStatus?: { errorCode?: string; message?: string } } | undefined)?.responseStatus;
  if (status === undefined) return undefined;
  const said = [status.errorCode, status.message].filter((part) => part !== undefined && part !== "").map((part) => quoteLess(part!));
  return `${response.status}${reasonText(response.reason)}${said.length > 0 ? `: ${said.join(": ")}` : ""}`;
}

function reasonText(reason: string): string {
  return reason.trim() === "" ? "" : ` ${quoteLess(reason.trim())}`;
}

/** A user's text, cut as `quoteText` cuts it, without the quotes. */
function quoteLess(text: string): string {
  return text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text;
}
