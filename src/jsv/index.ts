import type { Codec } from "../core/codec.js";
import { PrettyLayout, WriteState } from "../core/compact-writer.js";
import { Failure, guardEncode } from "../core/errors.js";
import { resolveEncodeOptions, type DecodeOptions, type EncodeOptions } from "../core/options.js";
import type { Schema } from "../schema/nodes.js";
import { checkWith, type TextCheckOptions } from "../model/check-text.js";
import { collectJsv } from "./check.js";
import { decodeJsv } from "./decode.js";
import { jsvWriterFor } from "./encode.js";

/** Options of `jsv.encode`: the common {@link EncodeOptions}, and the pretty form. */
export interface JsvEncodeOptions extends EncodeOptions {
  /**
   * Write the reference's pretty form (`Dump()`): one member per line, TAB indentation,
   * `name: value`. Default `false`: compact JSV, as ServiceStack sends it.
   */
  pretty?: boolean;
  /** The pretty form's line break: `"\n"` (default, a Linux server) or `"\r\n"` (a Windows server). */
  newline?: "\n" | "\r\n";
}

/** Options of `jsv.decode`: the common {@link DecodeOptions}. */
export type JsvDecodeOptions = DecodeOptions;

const layouts = { "\n": new PrettyLayout("\n"), "\r\n": new PrettyLayout("\r\n") };

function encodeJsv(schema: Schema, value: unknown, options?: JsvEncodeOptions): string {
  const { nameCase, maxDepth } = resolveEncodeOptions(options, ["pretty", "newline"]);
  const newline = options?.newline ?? "\n";
  if (newline !== "\n" && newline !== "\r\n") throw new TypeError(`options.newline must be "\\n" or "\\r\\n"`);
  const pretty = options?.pretty ?? false;
  if (typeof pretty !== "boolean") throw new TypeError("options.pretty must be true or false");
  const write = jsvWriterFor(schema, nameCase);
  return guardEncode("jsv", () => {
    if (value === null || value === undefined) throw new Failure("null-value", "there is no value to encode", -1);
    return write(value, new WriteState(maxDepth, pretty ? layouts[newline] : undefined), false);
  });
}

/**
 * ServiceStack's JSV: byte-identical to the reference in compact form (strings quoted only when
 * they hold `" : , { } [ ]` CR LF, `True`/`False`, enums by name) and in pretty form wherever
 * the reference's pretty printer is faithful; lossless everywhere. Decoding reads both forms.
 */
export const jsv = {
  encode: encodeJsv,
  decode: decodeJsv,
  check: (schema: Schema, text: string, options?: TextCheckOptions) => checkWith("jsv", decodeJsv, collectJsv, schema, text, options),
} as unknown as Codec<JsvEncodeOptions, JsvDecodeOptions>;
