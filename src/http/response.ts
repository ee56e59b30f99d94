import type { Codec } from "../core/codec.js";
import { DecodeError } from "../core/errors.js";
import { quoteText } from "../core/objects.js";
import { resolveDecodeOptions, type DecodeOptions } from "../core/options.js";
import { positionAt } from "../core/position.js";
import { codecFor, FORMAT_NAMES, loadCodec } from "../formats.js";
import type { Infer } from "../schema/infer.js";
import type { Schema } from "../schema/nodes.js";
import { discardBody, readBody, type BodySource } from "./body.js";
import { contentTypeOf, headerOf, type HeaderSource } from "./content-type.js";
import { responseStatusOf } from "./error-body.js";
import { ResponseStatusError } from "./errors.js";

/** A response as a server framework hands it over: its status, headers and body text. */
export interface ResponseParts {
  /** The HTTP status; a response without one counts as a success. */
  readonly status?: number;
  /** A fetch `Headers`, or a plain object (names in any case). */
  readonly headers: HeaderSource;
  readonly body: string;
}

/** A fetch `Response`, or anything with its status, headers and body stream (or only `text()`). */
export interface FetchedResponse extends BodySource {
  readonly status?: number;
  readonly headers: HeaderSource;
}

/**
 * Decodes a fetch `Response` by its `Content-Type` into a value of `schema`, looking at the status
 * first: a non-2xx answer is a `ResponseStatusError` carrying the `ResponseStatus` its body holds.
 * The body is read as a stream and given up (`input-too-long`) as soon as it passes `maxLength`;
 * its bytes are decoded strictly by the `charset` (UTF-8 when none is given). A 204 No Content is
 * `empty-body`; an unknown type `content-type`; a body that does not match its type a `DecodeError`
 * naming the type. CSV's codec (and papaparse) is loaded on first use.
 */
export async function decodeResponse<S extends Schema>(schema: S, response: FetchedResponse, options?: DecodeOptions): Promise<Infer<S>> {
  const contentType = headerOf(response.headers, "content-type") ?? "";
  const { format, charset } = contentTypeOf(contentType);
  const { maxLength } = resolveDecodeOptions(options);
  if (!isSuccess(response.status)) {
    let body = "";
    let cause: DecodeError | undefined;
    try {
      body = await readBody(response, charset, maxLength, format ?? "http");
      if (format) await loadCodec(format);
    } catch (error) {
      if (!(error instanceof DecodeError)) throw error;
      cause = error;
    }
    throw new ResponseStatusError(response.status!, body, cause ? undefined : responseStatusOf(format, body), cause && { cause });
  }
  if (format === undefined || hasNoContent(response.status)) {
    await discardBody(response);
    throw noValue(schema, contentType, response.status, response.body === null);
  }
  const codec = await loadCodec(format);
  const body = await readBody(response, charset, maxLength, format);
  return decodeBody(codec, schema, contentType, body, options);
}

/**
 * Decodes a response's text by its `Content-Type` (for a server framework's parts), with the same
 * rules as {@link decodeResponse}: the status first, then the type. The text is decoded already,
 * so only `maxLength` applies to it. It is synchronous, so CSV's codec must have been loaded
 * (`await loadCodec("csv")`, once); before that a CSV body is an `Error` that says so.
 */
export function decodeResponseText<S extends Schema>(schema: S, response: ResponseParts, options?: DecodeOptions): Infer<S> {
  const contentType = headerOf(response.headers, "content-type") ?? "";
  const { format } = contentTypeOf(contentType);
  if (!isSuccess(response.status)) throw new ResponseStatusError(response.status!, response.body, responseStatusOf(format, response.body));
  if (format === undefined || hasNoContent(response.status)) throw noValue(schema, contentType, response.status, response.body === "");
  return decodeBody(codecFor(format), schema, contentType, response.body, options);
}

/** A status that says the call succeeded: 2xx, or none given. */
function isSuccess(status: number | undefined): boolean {
  return status === undefined || (status >= 200 && status <= 299);
}

/** 204 No Content and 205 Reset Content carry no body by definition. */
function hasNoContent(status: number | undefined): boolean {
  return status === 204 || status === 205;
}

function decodeBody<S extends Schema>(codec: Codec, schema: S, contentType: string, body: string, options: DecodeOptions | undefined): Infer<S> {
  try {
    return codec.decode(schema, body, options) as Infer<S>;
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    const detail = `${error.detail} (the body of a ${contentType} response)`;
    throw new DecodeError(error.format, error.code, detail, error.path, error, error.excerpt);
  }
}

/** Why a successful response holds no value: no content at all, or a type that is none of the formats. */
function noValue(schema: Schema, contentType: string, status: number | undefined, empty: boolean): DecodeError {
  if (hasNoContent(status) || (contentType === "" && empty)) {
    const what = schema.kind === "object" ? schema.typeName : "value";
    return new DecodeError("http", "empty-body", `the response${status ? ` (${status})` : ""} has no body: there is no ${what} to decode`, "", positionAt("", 0), "");
  }
  const detail = contentType === "" ? "the response has no Content-Type" : `Content-Type ${quoteText(contentType)} names none of the formats (${FORMAT_NAMES.join(", ")})`;
  return new DecodeError("http", "content-type", detail, "", positionAt("", 0), "");
}
