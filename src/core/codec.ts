import type { Infer, Input } from "../schema/infer.js";
import type { Schema } from "../schema/nodes.js";
import type { TextCheckOptions, TextCheckResult } from "../model/check-text.js";
import type { DecodeOptions, EncodeOptions } from "./options.js";

/** What every format exports: `json`, `jsv` and `csv` all have this shape. */
export interface Codec<EO extends EncodeOptions = EncodeOptions, DO extends DecodeOptions = DecodeOptions> {
  /** Writes `value` as the reference serializer would; throws `EncodeError` for a value the schema refuses. */
  encode<S extends Schema>(schema: S, value: Input<S>, options?: EO): string;
  /** Reads `text` into a typed value; throws `DecodeError` (and nothing else) for bad input. */
  decode<S extends Schema>(schema: S, text: string, options?: DO): Infer<S>;
  /**
   * Reads `text` as `decode` does and returns its value, or every problem in it: a schema-level
   * problem (a wrong enum or type, an invalid number or value, a null element, an unknown member
   * or one given twice when strict) is reported with its own path and place and the value that
   * has it stepped over; a syntax error or a limit (`maxDepth`, `maxLength`) ends the text and is
   * the last problem. At most `maxProblems` are kept, the rest counted in `more`. Throws only a
   * `TypeError`, for a wrong schema or option, as `decode` does.
   */
  check<S extends Schema>(schema: S, text: string, options?: DO & TextCheckOptions): TextCheckResult<Infer<S>>;
}
