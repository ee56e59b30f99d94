import type { Codec } from "../core/codec.js";
import { codecFor, FORMAT_NAMES, FORMATS, formatOfMediaType, isFormat, type Format } from "../formats.js";

/** The media types each format is sent and asked for with, as ServiceStack registers them (from the format registry). */
export const MEDIA_TYPES: Readonly<Record<Format, readonly string[]>> = byFormat((format) => FORMATS[format].mediaTypes);

/** The `Content-Type` a response in each format carries (the API pages show `text/jsv` and `text/csv`). */
export const CONTENT_TYPES: Readonly<Record<Format, string>> = byFormat((format) => FORMATS[format].contentType);

function byFormat<T>(pick: (format: Format) => T): Readonly<Record<Format, T>> {
  return Object.freeze(Object.fromEntries(FORMAT_NAMES.map((format) => [format, pick(format)]))) as Record<Format, T>;
}

export interface Negotiated {
  readonly format: Format;
  readonly codec: Codec;
  /** Where the choice came from: a `.json`/`.jsv`/`.csv` path suffix, `?format=`, `Accept`, or the default. */
  readonly by: "suffix" | "query" | "accept" | "default";
  /** Response headers: `Content-Type`, and for CSV the `Content-Disposition` attachment the reference adds. */
  readonly headers: Readonly<Record<string, string>>;
  /** The path (still percent-encoded) without its format suffix, for routing. */
  readonly path: string;
}

/** Nothing the request accepts is JSON, JSV or CSV: a server answers 406 Not Acceptable. */
export interface NotAcceptable {
  readonly format: undefined;
  readonly notAcceptable: string;
}

export interface NegotiationRequest {
  /** The request URL: absolute, or a path with its query (`/sessions/1/members/2.jsv?x=1`). */
  readonly url: string;
  /** The `Accept` header, if any. */
  readonly accept?: string | null;
  /** The operation (request DTO) name, for CSV's `Content-Disposition` filename. Default `"Response"`. */
  readonly operationName?: string;
}

/**
 * Picks the response format the way a ServiceStack server does: a `.json`, `.jsv` or `.csv` path
 * suffix first, then `?format=json|jsv|csv`, then the `Accept` header (highest q-value first;
 * `*\/*`, `application/*` or no header at all mean JSON, the server's default). Returns
 * `notAcceptable` when `Accept` names only other types. Uses no Node-only API.
 */
export function negotiate(request: NegotiationRequest): Negotiated | NotAcceptable {
  const url = parseUrl(request.url);
  const path = url.pathname;
  const dot = path.lastIndexOf(".");
  const suffix = dot > path.lastIndexOf("/") ? path.slice(dot + 1).toLowerCase() : "";
  if (isFormat(suffix)) return chosen(suffix, "suffix", path.slice(0, dot), request.operationName);
  const query = url.searchParams.get("format")?.toLowerCase();
  if (query && isFormat(query)) return chosen(query, "query", path, request.operationName);
  const accept = request.accept?.trim();
  if (!accept) return chosen("json", "default", path, request.operationName);
  const format = fromAccept(accept);
  if (format === undefined) return { format: undefined, notAcceptable: accept };
  return chosen(format, "accept", path, request.operationName);
}

export { codecFor };

/** An absolute URL, or a path (even one starting `//`) with its query; never throws. */
function parseUrl(text: string): URL {
  try {
    return /^[a-z][a-z0-9+.-]*:/i.test(text) ? new URL(text) : new URL(`http://localhost${text.startsWith("/") ? "" : "/"}${text}`);
  } catch {
    return new URL("http://localhost/");
  }
}

function chosen(format: Format, by: Negotiated["by"], path: string, operationName = "Response"): Negotiated {
  const codec = codecFor(format);
  const headers: Record<string, string> = { "Content-Type": CONTENT_TYPES[format] };
  if (format === "csv") headers["Content-Disposition"] = `attachment;filename=${operationName}.csv`;
  return { format, codec, by, headers, path };
}

/** The best format an `Accept` header allows, by q-value then order; undefined when none. */
function fromAccept(accept: string): Format | undefined {
  let best: { format: Format; q: number; order: number } | undefined;
  accept.split(",").forEach((range, order) => {
    const [media = "", ...parameters] = range.split(";").map((part) => part.trim().toLowerCase());
    const qParameter = parameters.find((p) => p.startsWith("q="));
    const q = qParameter === undefined ? 1 : Number(qParameter.slice(2));
    if (!(q > 0)) return;
    const format = formatOfRange(media);
    if (format && (!best || q > best.q)) best = { format, q, order };
  });
  return best?.format;
}

function formatOfRange(media: string): Format | undefined {
  if (media === "*/*" || media === "application/*") return "json";
  if (media === "text/*") return "jsv";
  return formatOfMediaType(media);
}

/** The format a `Content-Type` header names, if it is JSON, JSV or CSV. */
export function formatOfContentType(contentType: string | null | undefined): Format | undefined {
  const media = contentType?.split(";")[0]?.trim().toLowerCase();
  return media === undefined ? undefined : formatOfMediaType(media);
}
