import { DecodeError } from "../core/errors.js";
import type { DecodeOptions } from "../core/options.js";
import type { Format } from "../formats.js";
import type { ObjectSchema, Schema } from "../schema/nodes.js";
import { decodeDocument } from "./document.js";

/** How `--max-problems` bounds what one file reports, unless told otherwise. */
export const DEFAULT_MAX_PROBLEMS = 50;

export interface ProblemsOptions extends DecodeOptions {
  /** The most problems to collect before the rest are only counted; default {@link DEFAULT_MAX_PROBLEMS}. */
  readonly maxProblems?: number;
}

/** What decoding one document found: the value when there is one, and every problem. */
export interface DocumentProblems {
  /** The decoded value; absent when a problem stopped the decoder. */
  readonly value?: unknown;
  /** The schema the value was read as: the type, or a list of it when the root is a list. */
  readonly schema?: Schema;
  /** Each problem with its code, path and place, in the order of the text. */
  readonly problems: readonly DecodeError[];
}

/**
 * Every problem in one document of `type` (read as `decodeDocument` reads it: a list when its
 * root is one). The CLI's one door to the decoders, shaped as the library's collecting mode will
 * be (`check(schema, text, { format, maxProblems })`): until the decoders go on after a
 * schema-level problem, the first `DecodeError` is the one problem there is.
 */
export function problemsOf(format: Format, body: string, type: ObjectSchema, options: ProblemsOptions = {}): DocumentProblems {
  const { maxProblems: _, ...decodeOptions } = options;
  try {
    const { schema, value } = decodeDocument(format, body, type, decodeOptions);
    return { value, schema, problems: [] };
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    return { problems: [error] };
  }
}
