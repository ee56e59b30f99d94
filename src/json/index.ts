import type { Codec } from "../core/codec.js";
import { WriteState } from "../core/compact-writer.js";
import { Failure, guardEncode } from "../core/errors.js";
import { resolveEncodeOptions, type DecodeOptions, type EncodeOptions } from "../core/options.js";
import type { Schema } from "../schema/nodes.js";
import { checkWith, type TextCheckOptions } from "../model/check-text.js";
import { collectJson } from "./check.js";
import { decodeJson } from "./decode.js";
import { jsonWriterFor } from "./encode.js";

/** Options of `json.encode`: the common {@link EncodeOptions}. */
export type JsonEncodeOptions = EncodeOptions;
/** Options of `json.decode`: the common {@link DecodeOptions}. */
export type JsonDecodeOptions = DecodeOptions;

function encodeJson(schema: Schema, value: unknown, options?: JsonEncodeOptions): string {
  const { nameCase, maxDepth } = resolveEncodeOptions(options);
  const write = jsonWriterFor(schema, nameCase);
  return guardEncode("json", () => {
    if (value === null || value === undefined) throw new Failure("null-value", "there is no value to encode", -1);
    return write(value, new WriteState(maxDepth), false);
  });
}

/**
 * JSON as ServiceStack.Text writes it: members in declaration order, every enum and bool
 * written, null and missing members left out, the reference's exact string escaping.
 * Decoding reads standard JSON only (RFC 8259), matching member names ignoring case.
 */
export const json = {
  encode: encodeJson,
  decode: decodeJson,
  check: (schema: Schema, text: string, options?: TextCheckOptions) => checkWith("json", decodeJson, collectJson, schema, text, options),
} as unknown as Codec<JsonEncodeOptions, JsonDecodeOptions>;
