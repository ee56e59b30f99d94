import type { Codec } from "../core/codec.js";
import { resolveDecodeOptions, resolveEncodeOptions } from "../core/options.js";
import type { TextSource } from "../core/text-source.js";
import { requireSchema } from "../model/compile.js";
import type { JsonDecodeOptions, JsonEncodeOptions } from "../json/index.js";
import type { Infer, Input } from "../schema/infer.js";
import type { ListSchema, Schema } from "../schema/nodes.js";
import { decodeJsonl } from "./decode.js";
import { encodeJsonl } from "./encode.js";
import { decodeJsonlStream, encodeJsonlStream } from "./stream.js";

/** What `jsonl.encode` takes: the JSON encoder's options (`case`), applied to every line. */
export type JsonlEncodeOptions = JsonEncodeOptions;
/** What `jsonl.decode` takes: the JSON decoder's options; `maxDepth` counts a list as the first level, `maxLength` is the whole text's (a line's when streaming). */
export type JsonlDecodeOptions = JsonDecodeOptions;

/** The element type of a JSON Lines stream: a list's element, or the schema itself. */
type ElementOf<S extends Schema> = S extends ListSchema<infer E> ? E : S;

/** The JSON Lines codec, with streaming for exports too large to hold as one string. */
export interface JsonlCodec extends Codec<JsonlEncodeOptions, JsonlDecodeOptions> {
  /**
   * Decodes JSON Lines as they arrive (a web `ReadableStream`, a Node `Readable`, or an (async)
   * iterable of strings or UTF-8 bytes), yielding one typed element per line in bounded memory.
   * `schema` is the element type or a list of it. The schema and options are checked when it is
   * called: a mistake is a `TypeError` at once.
   */
  decodeStream<S extends Schema>(schema: S, source: TextSource, options?: JsonlDecodeOptions): AsyncGenerator<Infer<ElementOf<S>>, void, undefined>;
  /**
   * Encodes an (async) iterable of values as a stream of JSON Lines, one line per value, in pieces
   * of about 64 KB. A refused value errors the stream with an `EncodeError`. The schema and
   * options are checked when it is called: a mistake is a `TypeError` at once.
   */
  encodeStream<S extends Schema>(
    schema: S,
    values: Iterable<Input<ElementOf<S>>> | AsyncIterable<Input<ElementOf<S>>>,
    options?: JsonlEncodeOptions,
  ): ReadableStream<string>;
}

/**
 * JSON Lines (`text/jsonl`) as ServiceStack writes it: a list is one line of compact JSON per
 * element, exactly as the JSON codec writes it, each ending with `\n`; any other value is its one
 * line of JSON. Decoding reads each line with the JSON decoder (`\n` or `\r\n` between lines, the
 * last one optional; an empty line is an error) and gives positions in the whole text.
 */
export const jsonl = {
  encode: encodeJsonl,
  decode: decodeJsonl,
  // The stream functions check their schema and options when called, so a mistake is a TypeError
  // at the call (not at the first read, and not never, for a stream of no values).
  decodeStream: (schema: Schema, source: TextSource, options?: JsonlDecodeOptions) => {
    requireSchema(schema);
    resolveDecodeOptions(options);
    return decodeJsonlStream(schema, source, options);
  },
  encodeStream: (schema: Schema, values: Iterable<unknown> | AsyncIterable<unknown>, options?: JsonlEncodeOptions) => {
    requireSchema(schema);
    resolveEncodeOptions(options);
    return encodeJsonlStream(schema, values, options);
  },
} as unknown as JsonlCodec;

export type { TextSource };
