import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  boolean,
  categoryOf,
  DECODE_ERROR_CODES,
  DecodeError,
  dictionary,
  integer,
  json,
  listOf,
  SessionInfo,
  string,
  type DecodeErrorCode,
  type Schema,
} from "../../src/index.js";

// JSONTestSuite's parsing corpus (fixtures/JSONTestSuite): RFC 8259 says every parser must accept
// the y_ files and reject the n_ files; the i_ files are left to the implementation, and the table
// below says what evo-codec does with each one and why.
//
// How the files are read: the decoder takes JavaScript strings, so the bytes are turned into text
// first, as a caller's transport would (fetch's `text()`, `Buffer#toString`): WHATWG UTF-8 decoding,
// where each invalid byte sequence becomes U+FFFD, and with a leading BOM kept (`ignoreBOM: true`)
// so that the decoder, not the file reading, decides what a BOM means. A file with invalid UTF-8
// inside a string is therefore a well-formed document holding U+FFFD, and a UTF-16 file, which is
// not UTF-8 at all, is malformed text.
//
// "Accepted" means no syntax-class error: the document may still not fit the schema. Each file is
// decoded with several schemas, leniently and strictly, because well-formedness must not depend on
// the schema that reads the document.

const CORPUS = new URL("../../fixtures/JSONTestSuite/test_parsing/", import.meta.url);
const utf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
// Names are URL-encoded: `n_structure_trailing_#.json` would otherwise end in a fragment.
const read = (file: string): string => utf8.decode(readFileSync(new URL(encodeURIComponent(file), CORPUS)));

const files = readdirSync(CORPUS).sort();
const yFiles = files.filter((f) => f.startsWith("y_"));
const nFiles = files.filter((f) => f.startsWith("n_"));
const iFiles = files.filter((f) => f.startsWith("i_"));

/** A malformed document is rejected as such; nesting past `maxDepth` (64) is rejected as soon as it is reached. */
const SYNTAX_CODES: readonly DecodeErrorCode[] = DECODE_ERROR_CODES.filter((code) => ["syntax", "limit"].includes(categoryOf(code)));
const SCHEMA_CODES: readonly DecodeErrorCode[] = DECODE_ERROR_CODES.filter((code) => categoryOf(code) === "schema");

/** Schemas a document is read with; `plain` ones must give what `JSON.parse` gives when they fit. */
const READINGS: { name: string; schema: Schema; plain: boolean }[] = [
  { name: "a list of strings", schema: listOf(string()), plain: true },
  { name: "a dictionary of strings", schema: dictionary(string()), plain: true },
  { name: "a list of booleans", schema: listOf(boolean()), plain: true },
  { name: "a string", schema: string(), plain: true },
  { name: "a list of integers", schema: listOf(integer()), plain: false },
  { name: "a SessionInfo", schema: SessionInfo, plain: false },
];
const STRICTNESS = [false, true];

type Outcome = { value: unknown } | { error: DecodeError };

/** Decodes, insisting that nothing but a `DecodeError` is ever thrown. */
function decode(schema: Schema, text: string, strict: boolean): Outcome {
  try {
    return { value: json.decode(schema, text, { strict }) };
  } catch (error) {
    expect(error).toBeInstanceOf(DecodeError);
    return { error: error as DecodeError };
  }
}

function expectWellFormed(text: string): void {
  for (const { name, schema, plain } of READINGS) {
    for (const strict of STRICTNESS) {
      const outcome = decode(schema, text, strict);
      if ("error" in outcome) {
        expect(SCHEMA_CODES, `${name}, strict ${strict}: ${outcome.error.message}`).toContain(outcome.error.code);
      } else if (plain) {
        expect(outcome.value, name).toEqual(JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text));
      }
    }
  }
}

/** Rejected as malformed, with a position, and with the same error whatever the schema. */
function expectMalformed(text: string): DecodeError {
  let first: DecodeError | undefined;
  for (const { name, schema } of READINGS) {
    for (const strict of STRICTNESS) {
      const outcome = decode(schema, text, strict);
      expect("error" in outcome, `${name}, strict ${strict}: accepted`).toBe(true);
      const error = (outcome as { error: DecodeError }).error;
      expect(SYNTAX_CODES, `${name}, strict ${strict}: ${error.message}`).toContain(error.code);
      expect(error.line).toBeGreaterThanOrEqual(1);
      expect(error.column).toBeGreaterThanOrEqual(1);
      expect(error.offset).toBeLessThanOrEqual(text.length);
      first ??= error;
      expect([error.code, error.offset], name).toEqual([first.code, first.offset]);
    }
  }
  return first!;
}

describe("the corpus", () => {
  test("holds the 318 files of JSONTestSuite's test_parsing, each a y_, n_ or i_ case", () => {
    expect(files).toHaveLength(318);
    expect(yFiles.length + nFiles.length + iFiles.length).toBe(files.length);
  });
});

describe("y_: documents every parser must accept", () => {
  test.each(yFiles)("%s is well-formed: at most a schema error, whatever the schema", (file) => {
    expectWellFormed(read(file));
  });
});

describe("n_: documents every parser must reject", () => {
  test.each(nFiles)("%s is rejected as malformed, with its position", (file) => {
    expectMalformed(read(file));
    // A rejected document leaves the decoder as it was.
    expect(json.decode(listOf(string()), '["ok"]')).toEqual(["ok"]);
  });
});

/** `value`: what the file decodes to as a list of strings, where it is one. */
type Decision =
  | { accepted: true; reason: string; value?: string[] }
  | { accepted: false; reason: string; error: [DecodeErrorCode, number, number] };

const WELL_FORMED_NUMBER =
  "a well-formed number; numbers are read only as integers, so beyond the safe range it is an invalid-integer (a schema error) where an integer belongs";
const LONE_SURROGATE = "a \\u escape of a lone or misordered surrogate is kept as it is: a JavaScript string holds it and the encoder writes it back raw, as the reference does";
const INVALID_UTF8 = "invalid UTF-8 becomes U+FFFD when the bytes are read as text, so the decoder sees a well-formed string";
const NOT_UTF8 = "UTF-16 is not UTF-8: read as UTF-8 the text starts with bytes that are no JSON";

const IMPLEMENTATION_DEFINED: Record<string, Decision> = {
  "i_number_double_huge_neg_exp.json": { accepted: true, reason: WELL_FORMED_NUMBER },
  "i_number_huge_exp.json": { accepted: true, reason: WELL_FORMED_NUMBER },
  "i_number_neg_int_huge_exp.json": { accepted: true, reason: WELL_FORMED_NUMBER },
  "i_number_pos_double_huge_exp.json": { accepted: true, reason: WELL_FORMED_NUMBER },
  "i_number_real_neg_overflow.json": { accepted: true, reason: WELL_FORMED_NUMBER },
  "i_number_real_pos_overflow.json": { accepted: true, reason: WELL_FORMED_NUMBER },
  "i_number_real_underflow.json": { accepted: true, reason: WELL_FORMED_NUMBER },
  "i_number_too_big_neg_int.json": { accepted: true, reason: WELL_FORMED_NUMBER },
  "i_number_too_big_pos_int.json": { accepted: true, reason: WELL_FORMED_NUMBER },
  "i_number_very_big_negative_int.json": { accepted: true, reason: WELL_FORMED_NUMBER },
  "i_object_key_lone_2nd_surrogate.json": { accepted: true, reason: LONE_SURROGATE },
  "i_string_1st_surrogate_but_2nd_missing.json": { accepted: true, reason: LONE_SURROGATE, value: ["\uDADA"] },
  "i_string_1st_valid_surrogate_2nd_invalid.json": { accepted: true, reason: LONE_SURROGATE, value: ["\uD888\u1234"] },
  "i_string_incomplete_surrogate_and_escape_valid.json": { accepted: true, reason: LONE_SURROGATE, value: ["\uD800\n"] },
  "i_string_incomplete_surrogate_pair.json": { accepted: true, reason: LONE_SURROGATE, value: ["\uDD1Ea"] },
  "i_string_incomplete_surrogates_escape_valid.json": { accepted: true, reason: LONE_SURROGATE, value: ["\uD800\uD800\n"] },
  "i_string_invalid_lonely_surrogate.json": { accepted: true, reason: LONE_SURROGATE, value: ["\uD800"] },
  "i_string_invalid_surrogate.json": { accepted: true, reason: LONE_SURROGATE, value: ["\uD800abc"] },
  "i_string_inverted_surrogates_U+1D11E.json": { accepted: true, reason: LONE_SURROGATE, value: ["\uDD1E\uD834"] },
  "i_string_lone_second_surrogate.json": { accepted: true, reason: LONE_SURROGATE, value: ["\uDFAA"] },
  "i_string_UTF-8_invalid_sequence.json": { accepted: true, reason: INVALID_UTF8, value: ["\u65E5\u0448\uFFFD"] },
  "i_string_UTF8_surrogate_U+D800.json": { accepted: true, reason: INVALID_UTF8, value: ["\uFFFD".repeat(3)] },
  "i_string_invalid_utf-8.json": { accepted: true, reason: INVALID_UTF8, value: ["\uFFFD"] },
  "i_string_iso_latin_1.json": { accepted: true, reason: INVALID_UTF8, value: ["\uFFFD"] },
  "i_string_lone_utf8_continuation_byte.json": { accepted: true, reason: INVALID_UTF8, value: ["\uFFFD"] },
  "i_string_not_in_unicode_range.json": { accepted: true, reason: INVALID_UTF8, value: ["\uFFFD".repeat(4)] },
  "i_string_overlong_sequence_2_bytes.json": { accepted: true, reason: INVALID_UTF8, value: ["\uFFFD".repeat(2)] },
  "i_string_overlong_sequence_6_bytes.json": { accepted: true, reason: INVALID_UTF8, value: ["\uFFFD".repeat(6)] },
  "i_string_overlong_sequence_6_bytes_null.json": { accepted: true, reason: INVALID_UTF8, value: ["\uFFFD".repeat(6)] },
  "i_string_truncated-utf-8.json": { accepted: true, reason: INVALID_UTF8, value: ["\uFFFD".repeat(2)] },
  "i_string_UTF-16LE_with_BOM.json": { accepted: false, reason: NOT_UTF8, error: ["syntax", 1, 1] },
  "i_string_utf16BE_no_BOM.json": { accepted: false, reason: NOT_UTF8, error: ["syntax", 1, 1] },
  "i_string_utf16LE_no_BOM.json": { accepted: false, reason: NOT_UTF8, error: ["syntax", 1, 2] },
  "i_structure_500_nested_arrays.json": {
    accepted: false,
    reason: "well-formed, but 500 levels exceed the default maxDepth of 64: depth-limit where the 65th opens",
    error: ["depth-limit", 1, 65],
  },
  "i_structure_UTF-8_BOM_empty_object.json": {
    accepted: true,
    reason: "a leading BOM is skipped (spec §12.4)",
  },
};

describe("i_: documents left to the implementation", () => {
  test("every i_ file has a recorded decision, and every decision a file", () => {
    expect(Object.keys(IMPLEMENTATION_DEFINED).sort()).toEqual(iFiles);
  });

  test.each(iFiles)("%s is handled as recorded", (file) => {
    const decision = IMPLEMENTATION_DEFINED[file]!;
    const text = read(file);
    if (decision.accepted) {
      expectWellFormed(text);
      if (decision.value) expect(json.decode(listOf(string()), text)).toEqual(decision.value);
    } else {
      const error = expectMalformed(text);
      expect([error.code, error.line, error.column]).toEqual(decision.error);
    }
  });
});
