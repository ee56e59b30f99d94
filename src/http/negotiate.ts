import { isWellFormed } from "../core/chars.js";
import type { Codec } from "../core/codec.js";
import { codecFor, FORMAT_NAMES, FORMATS, isFormat, type Format } from "../formats.js";
import { formatFromAccept } from "./accept.js";
import { formatOfContentType } from "./content-type.js";

/** The media types each format is sent and asked for with, as ServiceStack registers them (from the format registry). */
export const MEDIA_TYPES: Readonly<Record<Format, readonly string[]>> = byFormat((format) => FORMATS[format].mediaTypes);

/** The `Content-Type` a response in each format carries (the API pages show `text/jsv` and `text/csv`). */
export const CONTENT_TYPES: Readonly<Record<Format, string>> = byFormat((format) => FORMATS[format].contentType);

function byFormat<T>(pick: (format: Format) => T): Readonly<Record<Format, T>> {
  return Object.freeze(Object.fromEntries(FORMAT_NAMES.map((format) => [format, pick(format)]))) as Record<Format, T>;
}

/** The format a server answers in, with what it needs to answer. */
export interface Negotiated {
  readonly format: Format;
  /** The format's codec. CSV's is loaded on first use: a server that answers CSV calls `await loadCodec("csv")` once when it starts. */
  readonly codec: Codec;
  /** Where the choice came from: a `.json`/`.jsv`/`.csv`/`.jsonl` path suffix, `?format=`, `Accept`, or the default. */
  readonly by: "suffix" | "query" | "accept" | "default";
  /** Response headers: `Content-Type`, and for CSV the `Content-Disposition` attachment the reference adds. */
  readonly headers: Readonly<Record<string, string>>;
  /** The path (still percent-encoded) without its format suffix, for routing. */
  readonly path: string;
}

/** Nothing the request accepts is a format evo-codec speaks: a server answers 406 Not Acceptable. */
export interface NotAcceptable {
  readonly format: undefined;
  readonly notAcceptable: string;
}

/** What negotiation looks at in a request. */
export interface NegotiationRequest {
  /** The request URL: absolute, or a path with its query (`/sessions/1/members/2.jsv?x=1`). */
  readonly url: string;
  /** The `Accept` header, if any. */
  readonly accept?: string | null;
  /** The operation (request DTO) name, for CSV's `Content-Disposition` filename. Default `"Response"`. */
  readonly operationName?: string;
}

/**
 * Picks the response format the way a ServiceStack server does: a `.json`, `.jsv`, `.csv` or
 * `.jsonl` path suffix first, then `?format=`, then the `Accept` header (RFC 9110: the most
 * specific range's q-value, quoted parameters read whole, a range with an invalid q-value
 * ignored; `*\/*`, `application/*` or no header at all mean JSON, the server's default, and
 * `text/*` JSV). Returns `notAcceptable` when `Accept` allows none of them. Choosing CSV before
 * its codec is loaded (`await loadCodec("csv")`, once) is an `Error` that says so. Uses no
 * Node-only API.
 */
export function negotiate(request: NegotiationRequest): Negotiated | NotAcceptable {
  const operationName = request.operationName ?? "Response";
  if (typeof operationName !== "string" || !isWellFormed(operationName)) {
    throw new TypeError("operationName must be a string without lone surrogates (it names the CSV attachment)");
  }
  const url = parseUrl(request.url);
  const path = url.pathname;
  const dot = path.lastIndexOf(".");
  const suffix = dot > path.lastIndexOf("/") ? path.slice(dot + 1).toLowerCase() : "";
  if (isFormat(suffix)) return chosen(suffix, "suffix", path.slice(0, dot), operationName);
  const query = url.searchParams.get("format")?.toLowerCase();
  if (query && isFormat(query)) return chosen(query, "query", path, operationName);
  const accept = request.accept?.trim();
  if (!accept) return chosen("json", "default", path, operationName);
  const format = formatFromAccept(accept);
  if (format === undefined) return { format: undefined, notAcceptable: accept };
  return chosen(format, "accept", path, operationName);
}

export { codecFor, formatOfContentType };

/** An absolute URL, or a path (even one starting `//`) with its query; never throws. */
function parseUrl(text: string): URL {
  try {
    return /^[a-z][a-z0-9+.-]*:/i.test(text) ? new URL(text) : new URL(`http://localhost${text.startsWith("/") ? "" : "/"}${text}`);
  } catch {
    return new URL("http://localhost/");
  }
}

function chosen(format: Format, by: Negotiated["by"], path: string, operationName: string): Negotiated {
  const headers: Record<string, string> = { "Content-Type": CONTENT_TYPES[format] };
  if (format === "csv") headers["Content-Disposition"] = attachment(`${operationName}.csv`);
  return { format, codec: codecFor(format), by, headers, path };
}

/**
 * The reference's `attachment;filename=<name>` when the name is a plain file name; otherwise the
 * name percent-encoded as RFC 6266 `filename*` (so a CR/LF or a quote cannot end the header).
 */
function attachment(fileName: string): string {
  if (/^[\w.-]+$/.test(fileName)) return `attachment;filename=${fileName}`;
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment;filename*=UTF-8''${encoded}`;
}
