import { QUOTE_LIMIT } from "./objects.js";
import { formatPath, type PathSegment } from "./path.js";
import { excerptAt, positionAt, type Position } from "./position.js";
import { type DecodeErrorCode, type DecodeSource, type EncodeErrorCode, type Format } from "./error-codes.js";

// The error family: `Failure` inside the codecs, `DecodeError` and `EncodeError` at their entry
// points, and the guards that turn one into the others. The codes are in `error-codes.ts`.

export * from "./error-codes.js";

/**
 * A failure inside a codec, before it knows where it is: inner code says what failed,
 * each level adds its key or index as the stack unwinds, and the format's entry point
 * turns it into a `DecodeError` or `EncodeError`. Not an `Error`: no stack is captured.
 */
export class Failure {
  /** Segments in reverse order (innermost first), as they are added while unwinding. */
  readonly reversedPath: PathSegment[] = [];
  /** What a user's code (a getter, a Proxy trap, a stream) threw, when that is the failure. */
  cause: unknown = undefined;
  constructor(
    readonly code: DecodeErrorCode | EncodeErrorCode,
    readonly detail: string,
    /** Offset in the decoded text; -1 for encoders. */
    public offset: number,
  ) {}

  within(segment: PathSegment): Failure {
    this.reversedPath.push(segment);
    return this;
  }

  path(): string {
    return formatPath([...this.reversedPath].reverse());
  }
}

/** Adds \`segment\` to the path of a failure thrown from inside a member, element or entry, and rethrows. */
export function rethrowWithin(error: unknown, segment: PathSegment): never {
  if (error instanceof Failure) error.within(segment);
  throw error;
}

/**
 * For encoders, which read objects the caller gave: what a getter or a Proxy trap threw becomes
 * an `invalid-value` failure (with the original as `cause`), so it gets a path and is reported as
 * an `EncodeError`, not passed through raw.
 */
export function rethrowEncodingWithin(error: unknown, segment: PathSegment): never {
  throw encodingFailure(error).within(segment);
}

/** What an exception raised while encoding means: the engine refusing a string that long, or the caller's object failing. */
export function encodingFailure(error: unknown): Failure {
  if (error instanceof Failure) return error;
  if (!isStringTooLong(error)) return thrownWhileReading(error);
  const failure = new Failure("output-too-long", "the text would be longer than the longest string this JavaScript engine can build", -1);
  failure.cause = error;
  return failure;
}

/** The engines' own errors for a string longer than they hold: V8 (Node, Chrome), SpiderMonkey, JavaScriptCore. */
function isStringTooLong(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return error.message === "Invalid string length" || error.message === "allocation size overflow" || (error instanceof RangeError && error.message === "Out of memory");
}

/** The failure for an exception thrown by the caller's own object while it was being read. */
export function thrownWhileReading(error: unknown): Failure {
  const failure = new Failure("invalid-value", `reading the value threw ${describeThrown(error)}`, -1);
  failure.cause = error;
  return failure;
}

function describeThrown(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return typeof error === "string" ? JSON.stringify(error.slice(0, 80)) : typeof error;
}

/**
 * Brands on the classes' prototypes, shared by every copy of evo-codec loaded into one program
 * (an app that loads both the ES module and the CommonJS build has two of each class): the
 * `is` checks read them where `instanceof` sees only its own copy.
 */
const DECODE_ERROR_BRAND = Symbol.for("evo-codec.DecodeError");
const ENCODE_ERROR_BRAND = Symbol.for("evo-codec.EncodeError");

function isBranded(value: unknown, brand: symbol): boolean {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[brand] === true;
}

/** Thrown by every decoder for every bad input: nothing else escapes. */
export class DecodeError extends Error {
  override readonly name = "DecodeError";
  /** The format being read (`"http"` for a response of an unknown `Content-Type`). */
  readonly format: DecodeSource;
  /** Why, from a closed set: see {@link DECODE_ERROR_CODES}. */
  readonly code: DecodeErrorCode;
  /** Where in the value: `members[0].callState`; empty at the root. */
  readonly path: string;
  /** 0-based offset in the text (UTF-16 code units). */
  readonly offset: number;
  /** 1-based line in the text. */
  readonly line: number;
  /** 1-based column in the text (UTF-16 code units). */
  readonly column: number;
  /** What went wrong, without the position. */
  readonly detail: string;
  /** The line of text with a caret under the column. */
  readonly excerpt: string;

  /** An error at `offset` in `text`; line, column and excerpt are worked out from the text. */
  static at(format: DecodeSource, code: DecodeErrorCode, detail: string, path: string, text: string, offset: number): DecodeError {
    return decodeErrorAt(format, code, detail, path, text, offset);
  }

  /**
   * Whether `value` is a `DecodeError` from any copy of evo-codec: unlike `instanceof`, also one
   * thrown by the other module system's build (`import` and `require` in one app).
   */
  static is(value: unknown): value is DecodeError {
    return isBranded(value, DECODE_ERROR_BRAND);
  }

  constructor(format: DecodeSource, code: DecodeErrorCode, detail: string, path: string, position: Position, excerpt: string) {
    const bounded = boundQuoted(detail);
    const where = path === "" ? "" : ` at ${boundPath(path)}`;
    super(`${format.toUpperCase()} ${code}${where} (line ${position.line}, column ${position.column}): ${bounded}\n${excerpt}`);
    this.format = format;
    this.code = code;
    this.path = path;
    this.offset = position.offset;
    this.line = position.line;
    this.column = position.column;
    this.detail = bounded;
    this.excerpt = excerpt;
  }
}

// The class body must not name its own class: a bundler would then rename it (`_DecodeError`).
function decodeErrorAt(format: DecodeSource, code: DecodeErrorCode, detail: string, path: string, text: string, offset: number): DecodeError {
  const position = positionAt(text, offset);
  return new DecodeError(format, code, detail, path, position, excerptAt(text, position));
}

/**
 * `text` with every JSON-quoted string in it longer than {@link QUOTE_LIMIT} cut as `quoteText`
 * cuts it (`"AAAA…"…`): a safety net for messages and paths built with `JSON.stringify`, so a
 * 50 MB value never makes a 50 MB message.
 */
export function boundQuoted(text: string): string {
  let out = "";
  let runStart = 0;
  for (let open = text.indexOf('"'); open >= 0; open = text.indexOf('"', runStart)) {
    let end = open + 1;
    while (end < text.length && text.charCodeAt(end) !== 0x22) end += text.charCodeAt(end) === 0x5c ? 2 : 1;
    if (end - open - 1 > QUOTE_LIMIT) {
      // Cut after QUOTE_LIMIT characters, never inside an escape sequence.
      let cut = open + 1;
      while (cut < open + 1 + QUOTE_LIMIT) {
        const step = text.charCodeAt(cut) !== 0x5c ? 1 : text.charCodeAt(cut + 1) === 0x75 ? 6 : 2;
        if (cut + step > open + 1 + QUOTE_LIMIT) break;
        cut += step;
      }
      out += text.slice(runStart, cut) + '"…';
    } else {
      out += text.slice(runStart, Math.min(end + 1, text.length));
    }
    runStart = Math.min(end + 1, text.length);
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}

/** A path as a message shows it: quoted keys cut by {@link boundQuoted}, and plain names cut the same way. */
export function boundPath(path: string): string {
  const bounded = boundQuoted(path);
  let out = "";
  let runStart = 0;
  let name = 0;
  for (let i = 0; i < bounded.length; i++) {
    const c = bounded.charCodeAt(i);
    name = c === 0x2e || c === 0x5b || c === 0x5d ? 0 : name + 1;
    if (name !== QUOTE_LIMIT + 1) continue;
    let end = i;
    while (end < bounded.length && !".[]".includes(bounded[end]!)) end++;
    out += bounded.slice(runStart, i) + "…";
    runStart = end;
    i = end - 1;
  }
  return runStart === 0 ? bounded : out + bounded.slice(runStart);
}

/** Thrown by encoders for a value the schema refuses. */
export class EncodeError extends Error {
  override readonly name = "EncodeError";
  readonly format: Format;
  readonly code: EncodeErrorCode;
  /** Where in the value: `members[0].callState`; empty at the root. */
  readonly path: string;
  readonly detail: string;

  constructor(format: Format, code: EncodeErrorCode, detail: string, path: string) {
    super(`${format.toUpperCase()} ${code}${path === "" ? "" : ` at ${path}`}: ${detail}`);
    this.format = format;
    this.code = code;
    this.path = path;
    this.detail = detail;
  }

  /**
   * Whether `value` is an `EncodeError` from any copy of evo-codec: unlike `instanceof`, also one
   * thrown by the other module system's build (`import` and `require` in one app).
   */
  static is(value: unknown): value is EncodeError {
    return isBranded(value, ENCODE_ERROR_BRAND);
  }
}

// On the prototypes, not the instances: nothing new to see when an error is printed or compared.
Object.defineProperty(DecodeError.prototype, DECODE_ERROR_BRAND, { value: true });
Object.defineProperty(EncodeError.prototype, ENCODE_ERROR_BRAND, { value: true });

/**
 * Runs a decoder and makes sure only a `DecodeError` leaves it. An unexpected exception
 * (a bug) is reported as code `internal` with the original as `cause`.
 */
export function guardDecode<T>(format: Format, text: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw asDecodeError(format, text, error);
  }
}

export function asDecodeError(format: DecodeSource, text: string, error: unknown): DecodeError {
  if (error instanceof DecodeError) return error;
  if (error instanceof Failure) {
    const decodeError = DecodeError.at(format, error.code as DecodeErrorCode, error.detail, error.path(), text, error.offset);
    if (error.cause !== undefined) (decodeError as { cause?: unknown }).cause = error.cause;
    return decodeError;
  }
  const wrapped = DecodeError.at(format, "internal", `internal error: ${String(error)}`, "", text, 0);
  (wrapped as { cause?: unknown }).cause = error;
  return wrapped;
}

/** Runs an encoder and turns its failures into an `EncodeError` with the value's path. */
export function guardEncode<T>(format: Format, run: () => T): T {
  try {
    return run();
  } catch (error) {
    const failure = encodingFailure(error);
    const encodeError = new EncodeError(format, failure.code as EncodeErrorCode, failure.detail, failure.path());
    if (failure.cause !== undefined) (encodeError as { cause?: unknown }).cause = failure.cause;
    throw encodeError;
  }
}
