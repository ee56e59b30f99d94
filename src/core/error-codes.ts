import type { Format } from "../formats.js";

// The closed sets of error codes, decoders' and encoders', each code with its category: what
// callers switch on. The errors that carry them are in `errors.ts`.

export type { Format };

/** What a `DecodeError` was reading: a format, or an HTTP response whose format it could not tell. */
export type DecodeSource = Format | "http";

/**
 * What kind of problem a code reports. `syntax`: the text is not well-formed in its format.
 * `limit`: a bound set by the caller (depth, length) was passed. `schema`: the text is
 * well-formed but does not fit the described type; a decoder checks the whole text's syntax
 * before it reports one. `transport`: the bytes or the HTTP envelope around the text.
 * `internal`: a fault inside evo-codec.
 */
export type ErrorCategory = "syntax" | "limit" | "schema" | "transport" | "internal";

/** Every reason a decoder gives, with its category; the set is closed, so callers can switch on it. */
export const DECODE_ERRORS = {
  /**
   * An unexpected character: the text is not well-formed in its format. Also bytes that are not
   * text in their encoding (invalid UTF-8, a sequence the end cuts short), where they start; the
   * message names the byte offset.
   */
  syntax: "syntax",
  /** The text ends inside a value (a truncated document). */
  "unexpected-end": "syntax",
  /** Something other than white space follows the root value. */
  "trailing-text": "syntax",
  /** A CSV row with more or fewer fields than the header. */
  "field-count": "syntax",
  /** A value of another kind than the schema's, such as a list where a string belongs. */
  "type-mismatch": "schema",
  /** Not a member name of the enumeration. */
  "invalid-enum": "schema",
  /** Not a boolean (`true`/`false`; in JSV and CSV in any letter case). */
  "invalid-boolean": "schema",
  /** Not an integer of the member's .NET type, or outside its range. */
  "invalid-integer": "schema",
  /** Not a number of the member's .NET type (`double`, `float`), or one it cannot hold exactly. */
  "invalid-number": "schema",
  /** Not a value of the member's .NET type (base64 for `byte[]`, and the like). */
  "invalid-value": "schema",
  /** A null (or empty) value where the model has none: a list element, a dictionary value, the root. */
  "null-value": "schema",
  /** A member the schema does not describe (reported only with `strict: true`). */
  "unknown-member": "schema",
  /** The same member twice in one object (with `strict: true`; otherwise the last one wins). */
  "duplicate-member": "schema",
  /** The same dictionary key twice (with `strict: true`; otherwise the last one wins). */
  "duplicate-key": "schema",
  /** A CSV table or a JSON Lines text with a number of rows its schema does not take (a single object wants one). */
  "row-count": "schema",
  /** Containers nested deeper than `maxDepth`. */
  "depth-limit": "limit",
  /** The text is longer than `maxLength`. */
  "input-too-long": "limit",
  /** What was given to decode is not text: neither a string nor UTF-8 bytes. */
  "input-type": "transport",
  /** An HTTP response whose `Content-Type` is not one of the formats. */
  "content-type": "transport",
  /** A stream's source failed (its error is the `cause`), or gave a chunk that is neither text nor bytes. */
  "source-failed": "transport",
  /** An HTTP response whose `charset` no `TextDecoder` knows. */
  "unsupported-charset": "transport",
  /** A successful HTTP response with no body (a 204 No Content) where a value was expected. */
  "empty-body": "transport",
  /** A fault inside evo-codec itself, reported rather than thrown raw; please report it. */
  internal: "internal",
} as const satisfies Record<string, ErrorCategory>;

/** The code of a `DecodeError`: one of {@link DECODE_ERRORS}. */
export type DecodeErrorCode = keyof typeof DECODE_ERRORS;

/** Every code a `DecodeError` can carry. */
export const DECODE_ERROR_CODES = Object.freeze(Object.keys(DECODE_ERRORS)) as readonly DecodeErrorCode[];

/** The category of a decoder's code: see {@link ErrorCategory}. */
export function categoryOf(code: DecodeErrorCode): ErrorCategory {
  return DECODE_ERRORS[code];
}

/** Every reason an encoder gives. */
export const ENCODE_ERRORS = {
  /** A value of another kind than the schema's. */
  "type-mismatch": "schema",
  /** A string that is not a member of the enumeration. */
  "invalid-enum": "schema",
  /** A number that is not an integer of the member's .NET type, or outside its range. */
  "invalid-integer": "schema",
  /** A number the member's .NET type cannot hold exactly, or that the format cannot write (NaN in JSON). */
  "invalid-number": "schema",
  /** A value of the member's .NET type that is malformed. */
  "invalid-value": "schema",
  /** `null` or `undefined` as a list element or dictionary value, or as the root. */
  "null-value": "schema",
  /** A property the schema does not describe, which would otherwise be lost silently. */
  "unknown-member": "schema",
  /** Containers nested deeper than `maxDepth`. */
  "depth-limit": "limit",
  /** A value that contains itself: it has no finite text. */
  cycle: "schema",
  /**
   * The text would be longer than the longest string the JavaScript engine can build (in Node and
   * Chrome 2^29 − 24 UTF-16 code units, about 512 Mi); `encodeStream` writes a list in pieces.
   */
  "output-too-long": "limit",
} as const satisfies Record<string, ErrorCategory>;

/** The code of an `EncodeError`: one of {@link ENCODE_ERRORS}. */
export type EncodeErrorCode = keyof typeof ENCODE_ERRORS;

/** Every code an `EncodeError` can carry. */
export const ENCODE_ERROR_CODES = Object.freeze(Object.keys(ENCODE_ERRORS)) as readonly EncodeErrorCode[];
