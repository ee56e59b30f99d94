import { describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import {
  DecodeError,
  EncodeError,
  json,
  jsonl,
  jsv,
  type DecodeErrorCode,
  type DecodeOptions,
  type EncodeErrorCode,
  type EncodeOptions,
  type Format,
  type Schema,
} from "../../src/index.js";
import { namedErrors } from "./tables.js";

// What a failing decode or encode must give, for every format: its own error class, marked with
// that format, and nothing else (a raw TypeError, another format's error, a value).

/** A codec whose format the helpers below know: `json`, `jsv`, `csv` or `jsonl`. */
export type AnyCodec = typeof json | typeof jsv | typeof csv | typeof jsonl;

const FORMAT_OF = new Map<AnyCodec, Format>([
  [json, "json"],
  [jsv, "jsv"],
  [csv, "csv"],
  [jsonl, "jsonl"],
]);

/** Every codec with its format name, for tables that run over all of them. */
export const CODECS: readonly (readonly [Format, AnyCodec])[] = [...FORMAT_OF].map(([codec, format]) => [format, codec] as const);

export function formatOf(codec: AnyCodec): Format {
  const format = FORMAT_OF.get(codec);
  if (format === undefined) throw new Error("not one of evo-codec's codecs");
  return format;
}

type Decode = (schema: Schema, input: unknown, options?: DecodeOptions) => unknown;
type Encode = (schema: Schema, value: unknown, options?: EncodeOptions) => string;

/**
 * Decodes input that must fail, insisting that the failure is a `DecodeError` of the codec's
 * format and nothing else. `input` is usually text; anything else tests what a decoder does with it.
 */
export function decodeError(codec: AnyCodec, schema: Schema, input: unknown, options?: DecodeOptions): DecodeError {
  const format = formatOf(codec);
  try {
    (codec.decode as Decode)(schema, input, options);
  } catch (error) {
    expect(error).toBeInstanceOf(DecodeError);
    expect((error as DecodeError).format).toBe(format);
    return error as DecodeError;
  }
  return expect.unreachable(`${format} decoded ${typeof input === "string" ? JSON.stringify(input.slice(0, 60)) : typeof input}`);
}

/** Encodes a value that must be refused, insisting that the failure is an `EncodeError` of the codec's format. */
export function encodeError(codec: AnyCodec, schema: Schema, value: unknown, options?: EncodeOptions): EncodeError {
  const format = formatOf(codec);
  try {
    (codec.encode as Encode)(schema, value, options);
  } catch (error) {
    expect(error).toBeInstanceOf(EncodeError);
    expect((error as EncodeError).format).toBe(format);
    return error as EncodeError;
  }
  return expect.unreachable(`${format} encoded a value it should refuse`);
}

/** What a decode error says, in the shape the tables use: code, path and `line:column`. */
export interface Where {
  code: DecodeErrorCode;
  path: string;
  at: string;
}

export function where(error: DecodeError): Where {
  return { code: error.code, path: error.path, at: `${error.line}:${error.column}` };
}

/** What an encode error says: its code and path. */
export function whereEncoding(error: EncodeError): { code: EncodeErrorCode; path: string } {
  return { code: error.code, path: error.path };
}

/** One row of a table of refused input: what is decoded, and the code, path and `line:column` it gives. */
export interface ErrorRow {
  /** A sentence naming the input; the test's name adds the outcome. */
  name: string;
  text: string;
  code: DecodeErrorCode;
  path: string;
  at: string;
  /** The schema, where it is not the table's. */
  schema?: Schema;
  options?: DecodeOptions;
  /** The error's detail, where the row is about what the message says. */
  detail?: string;
}

/** A `describe` block of rows, each decoded with `codec` (and the table's schema unless the row names one). */
export function errorTable(codec: AnyCodec, schema: Schema, title: string, rows: readonly ErrorRow[]): void {
  describe(title, () => {
    test.each(namedErrors(rows))("%s", (_, row) => {
      const error = decodeError(codec, row.schema ?? schema, row.text, row.options);
      expect(where(error)).toEqual({ code: row.code, path: row.path, at: row.at });
      if (row.detail !== undefined) expect(error.detail).toBe(row.detail);
    });
  });
}
