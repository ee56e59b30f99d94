import { DecodeError } from "../core/errors.js";
import type { DecodeOptions } from "../core/options.js";
import { positionAt } from "../core/position.js";
import type { Infer } from "../schema/infer.js";
import type { Schema } from "../schema/nodes.js";
import { codecFor, formatOfContentType } from "./negotiate.js";

/** A response as a fetch `Response` gives it, or as a server framework hands it over. */
export interface ResponseParts {
  readonly status?: number;
  /** A fetch `Headers`, or a plain object (names in any case). */
  readonly headers: Headers | Readonly<Record<string, string | undefined>>;
  readonly body: string;
}

/**
 * Decodes a response body by its `Content-Type` (JSON, JSV or CSV) into a value of `schema`. A
 * body that does not match its type is a `DecodeError` whose message names the content type; an
 * unknown type is a `DecodeError` with code `content-type`. The status is not checked: look at
 * `response.ok` first (a ServiceStack error response holds a `ResponseStatus`, not your DTO).
 */
export function decodeResponseText<S extends Schema>(schema: S, response: ResponseParts, options?: DecodeOptions): Infer<S> {
  const contentType = headerOf(response.headers, "content-type") ?? "";
  const format = formatOfContentType(contentType);
  if (format === undefined) {
    const detail = contentType === "" ? "the response has no Content-Type" : `Content-Type ${contentType} is not JSON, JSV or CSV`;
    throw new DecodeError("http", "content-type", detail, "", positionAt("", 0), "");
  }
  try {
    return codecFor(format).decode(schema, response.body, options) as Infer<S>;
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    const detail = `${error.detail} (the body of a ${contentType} response)`;
    throw new DecodeError(error.format, error.code, detail, error.path, error, error.excerpt);
  }
}

/** Reads a fetch `Response` (or anything with `headers` and `text()`) and decodes it by its `Content-Type`. */
export async function decodeResponse<S extends Schema>(
  schema: S,
  response: { readonly status?: number; readonly headers: Headers; text(): Promise<string> },
  options?: DecodeOptions,
): Promise<Infer<S>> {
  return decodeResponseText(schema, { status: response.status, headers: response.headers, body: await response.text() }, options);
}

function headerOf(headers: ResponseParts["headers"], name: string): string | undefined {
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  const record = headers as Readonly<Record<string, string | undefined>>;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : record[key];
}
