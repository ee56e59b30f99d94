import { describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { jsonl, listOf, object, SessionInfo, string, type Schema } from "../../src/index.js";
import { CODECS, decodeError, where, type AnyCodec } from "../support/errors.js";
import { named } from "../support/tables.js";

// A program that calls evo-codec wrongly learns it at once, in the error's own words (issue 17,
// items 11 and 12): what is given to decode is text (a string, or UTF-8 bytes in a Uint8Array,
// read strictly) or a DecodeError `input-type`; a missing schema is a TypeError that says so; an
// option with a wrong value, or one the function does not have, is a TypeError naming it, never
// ignored. Every codec, and the stream functions.

const Row = object("Row", { title: string() });
const Rows = listOf(Row);

/** The same small document in each format, for the schema `Rows`. */
const TEXT: Record<string, string> = {
  json: '[{"title":"é 🎉"}]',
  jsv: "[{title:é 🎉}]",
  csv: "Title\r\né 🎉\r\n",
  jsonl: '{"title":"é 🎉"}\n',
};

type Decode = (schema: unknown, input: unknown, options?: unknown) => unknown;
type Encode = (schema: unknown, value: unknown, options?: unknown) => string;

describe("bytes are read as strict UTF-8", () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  for (const [format, codec] of CODECS) {
    const decode = codec.decode as Decode;
    const text = TEXT[format]!;

    test(`${format}: a Uint8Array and a Buffer read as the string they hold`, () => {
      const value = decode(Rows, text);
      expect(value).toEqual([{ title: "é 🎉" }]);
      expect(decode(Rows, utf8(text))).toEqual(value);
      expect(decode(Rows, Buffer.from(text, "utf8"))).toEqual(value);
    });

    test(`${format}: a UTF-8 BOM is read as the BOM a string may start with`, () => {
      expect(decode(Rows, utf8(`\ufeff${text}`))).toEqual(decode(Rows, text));
    });

    test(`${format}: a byte that breaks UTF-8 is a DecodeError at its place, never U+FFFD`, () => {
      const bytes = utf8(text);
      const at = bytes.indexOf(0xc3);
      const broken = Uint8Array.from([...bytes.subarray(0, at), 0xff, ...bytes.subarray(at + 2)]);
      const error = decodeError(codec, Rows, broken);
      expect(error.offset).toBe(text.indexOf("é"));
      expect(error.detail).toContain("UTF-8");
    });
  }
});

describe("anything else given to decode is input-type", () => {
  const inputs = named([
    { name: "undefined", input: undefined },
    { name: "null", input: null },
    { name: "a number", input: 5 },
    { name: "a bigint", input: 5n },
    { name: "true", input: true },
    { name: "a plain object", input: {} },
    { name: "an array of strings", input: ["[]"] },
    { name: "a Uint16Array, whose units are not bytes", input: new Uint16Array([0x5b, 0x5d]) },
    { name: "a function", input: () => "[]" },
  ]);
  for (const [format, codec] of CODECS) {
    test.each(inputs)(`${format}: %s`, (_, { input }) => {
      const error = decodeError(codec, Rows, input);
      expect(where(error)).toEqual({ code: "input-type", path: "", at: "1:1" });
      expect(error.detail).toMatch(/^expected text/);
    });
  }
});

describe("a missing schema is a TypeError that says so", () => {
  const calls = named([
    { name: "decode without a schema", call: (codec: AnyCodec) => (codec.decode as Decode)(undefined, "[]") },
    { name: "decode with null for the schema", call: (codec: AnyCodec) => (codec.decode as Decode)(null, "[]") },
    { name: "decode with the text where the schema goes", call: (codec: AnyCodec) => (codec.decode as Decode)("[]", undefined) },
    { name: "encode without a schema", call: (codec: AnyCodec) => (codec.encode as Encode)(undefined, []) },
    { name: "encode with the value where the schema goes", call: (codec: AnyCodec) => (codec.encode as Encode)([{ title: "a" }], undefined) },
  ]);
  for (const [format, codec] of CODECS) {
    test.each(calls)(`${format}: %s`, (_, { call }) => {
      expect(() => call(codec)).toThrow(TypeError);
      expect(() => call(codec)).toThrow(/schema/);
    });
  }

  test.each(
    named([
      { name: "csv.decodeStream", call: () => csv.decodeStream(undefined as never, ["Title\r\na\r\n"]) },
      { name: "jsonl.decodeStream", call: () => jsonl.decodeStream(undefined as never, ['{"title":"a"}\n']) },
      { name: "csv.encodeStream", call: () => csv.encodeStream(undefined as never, [{ title: "a" }] as never) },
      { name: "jsonl.encodeStream", call: () => jsonl.encodeStream(undefined as never, [{ title: "a" }] as never) },
    ]),
  )("%s", async (_, { call }) => {
    await expect(firstRead(call)).rejects.toThrow(TypeError);
    await expect(firstRead(call)).rejects.toThrow(/schema/);
  });
});

/**
 * Calls a stream function and reads once: a TypeError thrown by the call, by the first `next()`
 * of an async generator or by the first `read()` of a ReadableStream, as one rejection.
 */
async function firstRead(call: () => AsyncIterable<unknown> | ReadableStream<unknown>): Promise<unknown> {
  const stream = call();
  if (stream instanceof ReadableStream) return stream.getReader().read();
  return stream[Symbol.asyncIterator]().next();
}

interface OptionRow {
  name: string;
  options: unknown;
  /** The option the message must name. */
  names: string;
}

const DECODE_OPTIONS: OptionRow[] = [
  { name: "maxDepth NaN, which would turn the limit off", options: { maxDepth: Number.NaN }, names: "maxDepth" },
  { name: "maxLength NaN", options: { maxLength: Number.NaN }, names: "maxLength" },
  { name: "a negative maxDepth", options: { maxDepth: -1 }, names: "maxDepth" },
  { name: "a fractional maxDepth", options: { maxDepth: 2.5 }, names: "maxDepth" },
  { name: "maxDepth as a string", options: { maxDepth: "64" }, names: "maxDepth" },
  { name: "a negative maxLength", options: { maxLength: -1 }, names: "maxLength" },
  { name: "strict as a string", options: { strict: "yes" }, names: "strict" },
  { name: "a case that is not camel or pascal", options: { case: "snake" }, names: "case" },
  { name: "headers, an encoding option", options: { headers: "snake" }, names: "headers" },
  { name: "delimiter, which no codec has", options: { delimiter: ";" }, names: "delimiter" },
  { name: "options that are a string", options: "strict", names: "options" },
];

const ENCODE_OPTIONS: OptionRow[] = [
  { name: "maxDepth NaN", options: { maxDepth: Number.NaN }, names: "maxDepth" },
  { name: "a case that is not camel or pascal", options: { case: "snake" }, names: "case" },
  { name: "maxLength, a decoding option", options: { maxLength: 10 }, names: "maxLength" },
  { name: "delimiter, which no codec has", options: { delimiter: ";" }, names: "delimiter" },
];

/** Options only one codec has, wrongly given. */
const OWN_ENCODE_OPTIONS: Record<string, OptionRow[]> = {
  json: [{ name: "pretty, which JSON does not have", options: { pretty: true }, names: "pretty" }],
  jsv: [
    { name: "pretty as a string", options: { pretty: "yes" }, names: "pretty" },
    { name: "a newline that is neither LF nor CRLF", options: { newline: "\r" }, names: "newline" },
  ],
  csv: [
    { name: "headers snake, naming headers (not case)", options: { headers: "snake" }, names: "headers" },
    { name: "escapeFormulae as a string", options: { escapeFormulae: "yes" }, names: "escapeFormulae" },
  ],
  jsonl: [{ name: "headers, which JSON Lines does not have", options: { headers: "camel" }, names: "headers" }],
};

describe("an invalid option is a TypeError naming it", () => {
  for (const [format, codec] of CODECS) {
    const text = TEXT[format]!;
    test.each(named(DECODE_OPTIONS))(`${format}.decode: %s`, (_, { options, names }) => {
      expect(() => (codec.decode as Decode)(Rows, text, options)).toThrow(TypeError);
      expect(() => (codec.decode as Decode)(Rows, text, options)).toThrow(names);
    });
    test.each(named([...ENCODE_OPTIONS, ...OWN_ENCODE_OPTIONS[format]!]))(`${format}.encode: %s`, (_, { options, names }) => {
      // An empty list too: the options are checked before any value is written.
      for (const value of [[{ title: "a" }], []]) {
        expect(() => (codec.encode as Encode)(Rows, value, options)).toThrow(TypeError);
        expect(() => (codec.encode as Encode)(Rows, value, options)).toThrow(names);
      }
    });
  }

  const streams: [string, (options: unknown) => AsyncIterable<unknown> | ReadableStream<unknown>, OptionRow[]][] = [
    ["csv.decodeStream", (options) => csv.decodeStream(Rows, [TEXT["csv"]!], options as never), DECODE_OPTIONS],
    ["jsonl.decodeStream", (options) => jsonl.decodeStream(Rows, [TEXT["jsonl"]!], options as never), DECODE_OPTIONS],
    ["csv.encodeStream", (options) => csv.encodeStream(Rows, [], options as never), [...ENCODE_OPTIONS, ...OWN_ENCODE_OPTIONS["csv"]!]],
    ["jsonl.encodeStream", (options) => jsonl.encodeStream(Rows, [], options as never), [...ENCODE_OPTIONS, ...OWN_ENCODE_OPTIONS["jsonl"]!]],
  ];
  for (const [name, call, rows] of streams) {
    test.each(named(rows))(`${name}: %s, by the first read, even with nothing to write`, async (_, { options, names }) => {
      await expect(firstRead(() => call(options))).rejects.toThrow(TypeError);
      await expect(firstRead(() => call(options))).rejects.toThrow(names);
    });
  }
});

describe("valid options still read", () => {
  test.each(CODECS)("%s: the limits at their bounds", (format, codec) => {
    const decode = codec.decode as Decode;
    expect(decode(Rows, TEXT[format]!, { maxDepth: 1000, maxLength: Number.MAX_SAFE_INTEGER, strict: true, case: "pascal" })).toEqual([{ title: "é 🎉" }]);
    expect(() => decode(Rows, TEXT[format]!, { maxDepth: 0 })).toThrow(expect.objectContaining({ code: "depth-limit" }));
  });

  test("a schema given as a schema is never mistaken for a missing one", () => {
    expect(() => (csv.decode as Decode)(SessionInfo as Schema, "AccountId\r\na\r\n")).not.toThrow();
  });
});
