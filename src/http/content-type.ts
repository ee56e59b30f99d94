import { formatOfMediaType, type Format } from "../formats.js";
import { parseMediaType } from "./media-type.js";

/** Response headers: a fetch `Headers`, or a plain object whose names may be in any case. */
export type HeaderSource = Headers | Readonly<Record<string, string | undefined>>;

/** A header's value, its name matched ignoring case. */
export function headerOf(headers: HeaderSource, name: string): string | undefined {
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  const record = headers as Readonly<Record<string, string | undefined>>;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : record[key];
}

/** What a `Content-Type` says: the format it names (if any) and its `charset` (if any). */
export interface ContentType {
  readonly format: Format | undefined;
  readonly charset: string | undefined;
}

/** Reads a `Content-Type` header; a malformed one (or a list of two) names no format. */
export function contentTypeOf(header: string | null | undefined): ContentType {
  const media = header ? parseMediaType(header) : undefined;
  return { format: media && formatOfMediaType(media.type), charset: media?.parameters.get("charset") };
}

/** The format a `Content-Type` header names, if it is one evo-codec speaks. */
export function formatOfContentType(contentType: string | null | undefined): Format | undefined {
  return contentTypeOf(contentType).format;
}
