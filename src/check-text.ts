import { codecFor, FORMAT_NAMES, isFormat, type Format } from "./formats.js";
import type { TextCheckOptions, TextCheckResult } from "./model/check-text.js";
import type { Infer } from "./schema/infer.js";
import type { Schema } from "./schema/nodes.js";

/** Options of {@link checkText}: the format, the decoders' options, and `maxProblems`. */
export interface CheckTextOptions extends TextCheckOptions {
  /** The format of the text: `"json"` (default), `"jsv"`, `"csv"` or `"jsonl"`. */
  format?: Format;
}

/**
 * Reads `text` (a string or UTF-8 bytes) in `options.format` and returns its value (exactly what
 * `decode` returns), or every problem in it as positioned `DecodeError`s: the value that has a
 * schema-level problem (a wrong enum or type, an invalid number or value, a null element, an
 * unknown member or one given twice when strict) is stepped over and reading goes on; a syntax
 * error or a limit ends the text and is the last problem. At most `maxProblems` (default 50) are
 * kept, the rest counted in `more`. The same as `json.check`, `jsv.check`, `csv.check` and
 * `jsonl.check`; CSV is loaded on first use, so `await loadCodec("csv")` once before (an `Error`
 * says so otherwise). A wrong schema or option is a `TypeError`; nothing else is thrown.
 */
export function checkText<S extends Schema>(schema: S, text: string | Uint8Array, options?: CheckTextOptions): TextCheckResult<Infer<S>> {
  const { format = "json", ...rest } = options ?? {};
  if (typeof format !== "string" || !isFormat(format)) throw new TypeError(`options.format must be one of ${FORMAT_NAMES.join(", ")}, not ${String(format)}`);
  return codecFor(format).check(schema, text as string, rest);
}
