import type { Codec } from "../core/codec.js";
import { Failure, guardEncode } from "../core/errors.js";
import { WriteState } from "../core/compact-writer.js";
import { nameCaseOf, resolveDecodeOptions, resolveEncodeOptions, type DecodeOptions, type EncodeOptions } from "../core/options.js";
import type { Infer, Input } from "../schema/infer.js";
import type { DictionarySchema, ListSchema, ObjectSchema, Schema } from "../schema/nodes.js";
import type { NameCase } from "../model/plan.js";
import { decodeCsv } from "./decode.js";
import { encodeTable, type CsvLayout } from "./encode.js";
import { decodeCsvStream, encodeCsvStream, type CsvSource } from "./stream.js";
import { tableFor } from "./table.js";
import { encodeEntries } from "./entries.js";
import { requireSchema, resolveSchema } from "../model/compile.js";

/** Options of `csv.encode` and `csv.encodeStream`: the common {@link EncodeOptions}, header names and formula escaping. */
export interface CsvEncodeOptions extends EncodeOptions {
  /** Member names inside JSV cells (nested lists, dictionaries, objects): `"camel"` (default) or `"pascal"`. */
  case?: NameCase;
  /**
   * Header names: `"pascal"` (default), the C# member names the reference writes even on a
   * camelCase host, or `"camel"`.
   */
  headers?: NameCase;
  /**
   * Guard spreadsheet exports against formula injection (CWE-1236): prefix `'` to a string cell
   * that starts with `=`, `+`, `-`, `@`, TAB or CR, multi-line cells included. Default `false`:
   * it changes the data, and a decoder gives the prefixed text back.
   */
  escapeFormulae?: boolean;
}

/** Options of `csv.decode` and `csv.decodeStream`: the common {@link DecodeOptions}. */
export type CsvDecodeOptions = DecodeOptions;

/** A row type, or a list of it: what CSV tables are made of. */
type TableSchema = ObjectSchema | ListSchema<ObjectSchema>;
type RowOf<S extends TableSchema> = S extends ListSchema<infer R> ? R : S;

const CSV_ENCODE_OPTIONS = ["headers", "escapeFormulae"];

function layoutOf(options: CsvEncodeOptions | undefined): CsvLayout {
  const escapeFormulae = options?.escapeFormulae ?? false;
  if (typeof escapeFormulae !== "boolean") throw new TypeError("options.escapeFormulae must be true or false");
  return { headers: nameCaseOf({ case: options?.headers ?? "pascal" }, "headers"), escapeFormulae };
}

function encodeCsv(schema: Schema, value: unknown, options?: CsvEncodeOptions): string {
  const { nameCase, maxDepth } = resolveEncodeOptions(options, CSV_ENCODE_OPTIONS);
  requireSchema(schema);
  const root = resolveSchema(schema);
  const table = root.kind === "dictionary" ? undefined : tableFor(schema, nameCase);
  const layout = layoutOf(options);
  return guardEncode("csv", () => {
    if (value === null || value === undefined) throw new Failure("null-value", "there is no value to encode", -1);
    const state = new WriteState(maxDepth);
    return table === undefined ? encodeEntries(root as DictionarySchema, layout, nameCase, value, state) : encodeTable(table, layout, value, state);
  });
}

/** The CSV codec, with streaming for exports too large to hold as one string. */
export interface CsvCodec extends Codec<CsvEncodeOptions, CsvDecodeOptions> {
  /**
   * Decodes a table as it arrives (a web `ReadableStream`, a Node `Readable`, or an (async)
   * iterable of strings or UTF-8 bytes), yielding one typed row at a time, as `decode` reads the
   * whole text. Holds one row (at most `maxLength` characters) and one piece; time is linear.
   * The source is closed (cancelled, `return()`) when the loop breaks or a `DecodeError` is
   * thrown; a source that throws is code `source-failed`, with its error as `cause`. The schema and
   * options are checked when it is called: a mistake is a `TypeError` at once.
   */
  decodeStream<S extends TableSchema>(schema: S, source: CsvSource, options?: CsvDecodeOptions): AsyncGenerator<Infer<RowOf<S>>, void, undefined>;
  /**
   * Encodes an (async) iterable of values as a stream of CSV text: the header, then one row per
   * value, in pieces of about 64 KB. A refused value errors the stream with an `EncodeError`; it,
   * and a reader that cancels, close the values' iterator (`return()`). The schema and options are
   * checked when it is called: a mistake is a `TypeError` at once.
   */
  encodeStream<S extends TableSchema>(
    schema: S,
    values: Iterable<Input<RowOf<S>>> | AsyncIterable<Input<RowOf<S>>>,
    options?: CsvEncodeOptions,
  ): ReadableStream<string>;
}

/**
 * CSV as ServiceStack.Text writes it: a header of the C# member names, strings as they are,
 * every other cell compact JSV, a field quoted exactly when it holds `"` `,` CR or LF or starts
 * with `[` or `{`, `\r\n` after every row. Decoding ends rows as the reference does (at a LF,
 * a CR before it dropped; empty lines are no rows), splits each with papaparse and reads cells
 * with the JSV decoder. An empty string member comes back absent: CSV writes it, like a missing
 * one, as an empty cell.
 */
export const csv = {
  encode: encodeCsv,
  decode: decodeCsv,
  // The stream functions check their schema and options when called: a mistake is a TypeError at the call.
  decodeStream: (schema: Schema, source: CsvSource, options?: CsvDecodeOptions) => {
    tableFor(schema, "camel");
    resolveDecodeOptions(options);
    return decodeCsvStream(schema, source, options);
  },
  encodeStream: (schema: Schema, values: Iterable<unknown> | AsyncIterable<unknown>, options?: CsvEncodeOptions) => {
    const { nameCase, maxDepth } = resolveEncodeOptions(options, CSV_ENCODE_OPTIONS);
    return encodeCsvStream(schema, values, nameCase, layoutOf(options), maxDepth);
  },
} as unknown as CsvCodec;

export type { CsvSource };
export { csvNormalised } from "./normalise.js";
