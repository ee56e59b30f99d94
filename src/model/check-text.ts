import { DecodeError, Failure, type DecodeErrorCode } from "../core/errors.js";
import { excerptAt, type Position } from "../core/position.js";
import { inputText } from "../core/input.js";
import { countOption, resolveDecodeOptions, type DecodeOptions, type ResolvedDecodeOptions } from "../core/options.js";
import type { Format } from "../formats.js";
import type { Schema } from "../schema/nodes.js";
import { isRecoverable, ProblemLog } from "./collect.js";

// `check`, the same for every format: a text's value, or every problem in it (see collect.ts).

/** How many problems `check` keeps, unless told otherwise; the rest are counted. */
export const DEFAULT_MAX_PROBLEMS = 50;

/** Options of `check`: the decoders' options, and how many problems to keep. */
export interface TextCheckOptions extends DecodeOptions {
  /** The most problems kept; those past it are only counted (`more`). Default {@link DEFAULT_MAX_PROBLEMS}. */
  maxProblems?: number;
}

/**
 * What `check` gives: the decoded value (exactly what `decode` returns), or every problem found,
 * never both. Shaped as `checkValue`'s result, with positioned `DecodeError`s as the issues.
 */
export type TextCheckResult<T> =
  | { readonly value: T; readonly issues?: undefined; readonly more?: undefined }
  | {
      readonly value?: undefined;
      /** Each problem (at most `maxProblems`) with its code, path, offset, line and column, in the order of the text. */
      readonly issues: readonly DecodeError[];
      /** How many more problems were found past `maxProblems`. */
      readonly more: number;
    };

/** Reads a whole text in collecting mode: records every problem in the log, throws the `Failure` that ends the text. */
export type Collect = (schema: Schema, text: string, options: ResolvedDecodeOptions, log: ProblemLog) => void;

/**
 * The `check` of a format: `decode` first (a valid text costs what decoding costs, and gives its
 * very value); when it fails, the text again in collecting mode, for every problem. A wrong option
 * or schema is a `TypeError`, as for `decode`; nothing else is thrown.
 */
export function checkWith(
  format: Format,
  decode: (schema: Schema, text: string, options?: DecodeOptions) => unknown,
  collect: Collect,
  schema: Schema,
  input: unknown,
  options: TextCheckOptions | undefined,
): TextCheckResult<unknown> {
  const resolved = resolveDecodeOptions(options, ["maxProblems"]);
  const maxProblems = countOption("maxProblems", options?.maxProblems, DEFAULT_MAX_PROBLEMS, 1, Number.MAX_SAFE_INTEGER);
  const decodeOptions: DecodeOptions = { strict: resolved.strict, maxDepth: resolved.maxDepth, maxLength: resolved.maxLength };
  let text: string;
  try {
    text = inputText(format, input);
  } catch (error) {
    // Not text, or bytes that are not UTF-8: nothing in it can be read.
    if (DecodeError.is(error)) return { issues: [error], more: 0 };
    throw error;
  }
  let first: DecodeError;
  try {
    return { value: decode(schema, text, decodeOptions) };
  } catch (error) {
    if (!DecodeError.is(error)) throw error;
    if (error.code === "input-too-long") return { issues: [error], more: 0 };
    first = error;
  }
  const log = new ProblemLog(maxProblems);
  const issues = collectIn(format, text, () => collect(schema, text, resolved, log), log);
  // `decode` failed, so there is a problem: should collecting ever disagree, decode's error is it.
  return issues.length > 0 || log.more > 0 ? { issues, more: log.more } : { issues: [first], more: 0 };
}

/** Runs a collecting read and gives the log's problems as `DecodeError`s; what ends the text is the last of them. */
export function collectIn(format: Format, text: string, run: () => void, log: ProblemLog): DecodeError[] {
  try {
    run();
  } catch (error) {
    if (error instanceof Failure && !isRecoverable(error)) log.end(error);
    else if (error instanceof Failure) log.record(error);
    else log.end(internalFailure(error));
  }
  return decodeErrors(format, text, log.failures);
}

/**
 * The failures as `DecodeError`s: `asDecodeError` for each, but with the lines counted in one pass
 * over the text for them all (up to `maxProblems` of them), not one pass each.
 */
function decodeErrors(format: Format, text: string, failures: readonly Failure[]): DecodeError[] {
  const positions = positionsAt(text, failures.map((failure) => failure.offset));
  return failures.map((failure, i) => {
    const position = positions[i]!;
    const error = new DecodeError(format, failure.code as DecodeErrorCode, failure.detail, failure.path(), position, excerptAt(text, position));
    if (failure.cause !== undefined) (error as { cause?: unknown }).cause = failure.cause;
    return error;
  });
}

/** `positionAt` of each offset, the text read once. */
function positionsAt(text: string, offsets: readonly number[]): Position[] {
  const order = offsets.map((_, i) => i).sort((a, b) => offsets[a]! - offsets[b]!);
  const out = new Array<Position>(offsets.length);
  let line = 1;
  let lineStart = 0;
  let pos = 0;
  for (const i of order) {
    const at = Math.max(0, Math.min(offsets[i]!, text.length));
    for (; pos < at; pos++) {
      const c = text.charCodeAt(pos);
      if (c === 10 || (c === 13 && text.charCodeAt(pos + 1) !== 10)) {
        line++;
        lineStart = pos + 1;
      }
    }
    out[i] = { offset: at, line, column: at - lineStart + 1 };
  }
  return out;
}

function internalFailure(error: unknown): Failure {
  const failure = new Failure("internal", `internal error: ${String(error)}`, 0);
  failure.cause = error;
  return failure;
}
