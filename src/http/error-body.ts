import { DecodeError } from "../core/errors.js";
import type { DecodeOptions } from "../core/options.js";
import { ErrorResponse, type ResponseStatus } from "../dto/response-status.js";
import { codecFor, type Format } from "../formats.js";

/**
 * Reads a ServiceStack error body in its format: the `ErrorResponse` envelope
 * (`{ responseStatus: { errorCode, message, errors } }`) as that format writes it (in CSV a table
 * of one row, in JSON Lines one line). Throws the codec's `DecodeError` when the body is not one;
 * `options` as for any decoder (`strict` reports members the envelope does not describe). CSV's
 * codec must be loaded first (`loadCodec("csv")`; the CLI loads every codec).
 */
export function decodeErrorResponse(format: Format, body: string, options?: DecodeOptions): ErrorResponse {
  return codecFor(format).decode(ErrorResponse, body, options);
}

/**
 * The `ResponseStatus` an error body holds, read leniently (a typed response DTO that carries a
 * `responseStatus` beside its own members has one too), or undefined when it holds none: an empty
 * body, a body of no known format, or one that is not the envelope.
 */
export function responseStatusOf(format: Format | undefined, body: string): ResponseStatus | undefined {
  if (format === undefined || body.trim() === "") return undefined;
  try {
    return decodeErrorResponse(format, body).responseStatus;
  } catch (error) {
    if (error instanceof DecodeError) return undefined;
    throw error;
  }
}
