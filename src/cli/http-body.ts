import { quoteText } from "../core/objects.js";
import type { Format } from "../formats.js";
import { dechunk, fileOffsetIn } from "./chunked.js";
import { errorStatusProblem, formatOfContentType, parseRecordedResponse } from "./http.js";

/** The body of a `.http` recording, ready to decode. */
export interface RecordedBody {
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
 * Reads a `.http` recording down to the body to decode: a 2xx status, no content encoding, a
 * `Content-Type` of one of the formats, and the chunk framing taken out when there is one.
 */
export function recordedBody(text: string, typeName: string): RecordedBody | BodyProblem {
  const response = parseRecordedResponse(text);
  if ("message" in response) return { code: "http", ...response };
  const status = errorStatusProblem(response, typeName);
  if (status) return { code: "http-status", ...status };
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
    return { format, body: response.body, contentType: contentType!, toFile: (offset) => response.bodyOffset + offset };
  }
  const dechunked = dechunk(text, response.bodyOffset);
  if ("message" in dechunked) return { code: "http", ...dechunked };
  return { format, body: dechunked.body, contentType: contentType!, toFile: (offset) => fileOffsetIn(dechunked, offset) };
}
