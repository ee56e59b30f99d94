import type { Infer, Input } from "../schema/infer.js";
import type { Schema } from "../schema/nodes.js";
import type { DecodeOptions, EncodeOptions } from "./options.js";

/** What every format exports: `json`, `jsv` and `csv` all have this shape. */
export interface Codec<EO extends EncodeOptions = EncodeOptions, DO extends DecodeOptions = DecodeOptions> {
  /** Writes `value` as the reference serializer would; throws `EncodeError` for a value the schema refuses. */
  encode<S extends Schema>(schema: S, value: Input<S>, options?: EO): string;
  /** Reads `text` into a typed value; throws `DecodeError` (and nothing else) for bad input. */
  decode<S extends Schema>(schema: S, text: string, options?: DO): Infer<S>;
}
