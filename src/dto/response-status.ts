import { dictionary, list, object, string } from "../schema/build.js";
import type { Infer } from "../schema/infer.js";

// ServiceStack's error envelope (ServiceStack.Interfaces: `ResponseError`, `ResponseStatus`,
// `ErrorResponse`), member by member in its `[DataMember(Order)]` order. A failed call answers
// it, in the format the request asked for, when the response DTO has no `ResponseStatus` of its own.
// Marked pure: an app that never reads an error body does not carry them.

/** One field's validation error: `errorCode` (such as `NotEmpty`), the `fieldName` it concerns, a `message`. */
export type ResponseError = Infer<typeof ResponseError>;
export const ResponseError = /* @__PURE__ */ object("ResponseError", {
  errorCode: string(),
  fieldName: string(),
  message: string(),
  meta: dictionary(string()),
});

/**
 * Why a call failed: `errorCode` (the exception's type name, such as `NotFound` or
 * `ArgumentException`, or a validation code), a human `message`, the server's `stackTrace` in
 * debug mode, the field `errors` of a validation failure, and any `meta`.
 */
export type ResponseStatus = Infer<typeof ResponseStatus>;
export const ResponseStatus = /* @__PURE__ */ object("ResponseStatus", {
  errorCode: string(),
  message: string(),
  stackTrace: string(),
  errors: list(ResponseError),
  meta: dictionary(string()),
});

/** The body of a failed call whose response DTO has no `ResponseStatus` member: `{ responseStatus }`. */
export type ErrorResponse = Infer<typeof ErrorResponse>;
export const ErrorResponse = /* @__PURE__ */ object("ErrorResponse", {
  responseStatus: ResponseStatus,
});
