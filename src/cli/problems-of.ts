import type { DecodeError } from "../core/errors.js";
import type { DecodeOptions } from "../core/options.js";
import { codecFor, type Format } from "../formats.js";
import { DEFAULT_MAX_PROBLEMS } from "../model/check-text.js";
import type { ObjectSchema, Schema } from "../schema/nodes.js";
import { documentSchema, documentValue } from "./document.js";

/** How `--max-problems` bounds what one file reports, unless told otherwise: the library's default. */
export { DEFAULT_MAX_PROBLEMS };

export interface ProblemsOptions extends DecodeOptions {
  /** The most problems to collect before the rest are only counted; default {@link DEFAULT_MAX_PROBLEMS}. */
  readonly maxProblems?: number;
}

/** What decoding one document found: the value when there is one, and every problem. */
export interface DocumentProblems {
  /** The decoded value; absent when there are problems. */
  readonly value?: unknown;
  /** The schema the value was read as: the type, or a list of it when the root is a list. */
  readonly schema?: Schema;
  /** Each problem with its code, path and place, in the order of the text (at most `maxProblems`). */
  readonly problems: readonly DecodeError[];
  /** How many more problems there are past `maxProblems`. */
  readonly more: number;
}

/**
 * Every problem in one document of `type` (read as `decodeDocument` reads it: a list when its
 * root is one), through the codec's collecting mode (`check`): each schema-level problem with its
 * own path and place, up to `maxProblems`, then a count of the rest; a syntax or limit error ends
 * the document and is its last problem.
 */
export function problemsOf(format: Format, body: string, type: ObjectSchema, options: ProblemsOptions = {}): DocumentProblems {
  const schema = documentSchema(format, body, type);
  const checked = codecFor(format).check(schema, body, options);
  if (checked.issues !== undefined) return { problems: checked.issues, more: checked.more };
  return { ...documentValue(format, type, schema, checked.value), problems: [], more: 0 };
}
