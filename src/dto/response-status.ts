import { dictionary, list, object, string } from "../schema/build.js";
import type { Infer } from "../schema/infer.js";
import type { NamedSchema } from "../schema/standard.js";

// ServiceStack's error envelope (ServiceStack.Interfaces: `ResponseError`, `ResponseStatus`,
// `ErrorResponse`), member by member in its `[DataMember(Order)]` order. A failed call answers
// it, in the format the request asked for, when the response DTO has no `ResponseStatus` of its own.
// Marked pure: an app that never reads an error body does not carry them.

const responseError = /* @__PURE__ */ object("ResponseError", {
  /** The validation code, such as `NotEmpty`. */
  errorCode: string(),
  /** The request member the error concerns. */
  fieldName: string(),
  /** What is wrong, for people. */
  message: string(),
  /** Anything more the server attached. */
  meta: dictionary(string()),
});
/** One field's validation error: `errorCode` (such as `NotEmpty`), the `fieldName` it concerns, a `message`. */
export interface ResponseError extends Infer<typeof responseError> {}
/** The description of {@link ResponseError}. */
export const ResponseError: NamedSchema<typeof responseError, ResponseError> = responseError;

const responseStatus = /* @__PURE__ */ object("ResponseStatus", {
  /** The exception's type name (`NotFound`, `ArgumentException`) or a validation code. */
  errorCode: string(),
  /** What went wrong, for people. */
  message: string(),
  /** The server's stack trace, in debug mode only. */
  stackTrace: string(),
  /** The field errors of a validation failure. */
  errors: list(ResponseError),
  /** Anything more the server attached. */
  meta: dictionary(string()),
});
/**
 * Why a call failed: `errorCode` (the exception's type name, such as `NotFound` or
 * `ArgumentException`, or a validation code), a human `message`, the server's `stackTrace` in
 * debug mode, the field `errors` of a validation failure, and any `meta`.
 */
export interface ResponseStatus extends Infer<typeof responseStatus> {}
/** The description of {@link ResponseStatus}. */
export const ResponseStatus: NamedSchema<typeof responseStatus, ResponseStatus> = responseStatus;

const errorResponse = /* @__PURE__ */ object("ErrorResponse", {
  /** Why the call failed. */
  responseStatus: ResponseStatus,
});
/** The body of a failed call whose response DTO has no `ResponseStatus` member: `{ responseStatus }`. */
export interface ErrorResponse extends Infer<typeof errorResponse> {}
/** The description of {@link ErrorResponse}. */
export const ErrorResponse: NamedSchema<typeof errorResponse, ErrorResponse> = errorResponse;
