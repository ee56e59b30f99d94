import { describe, expect, test } from "vitest";
import { dictionary, json, string } from "../../src/index.js";
import { named } from "../support/tables.js";

// JSON string escaping, byte for byte as the reference's JsonUtils.WriteString (spec §7.1): the
// seven short escapes, upper-case \uXXXX for the other C0 controls and U+007F–U+009F, and
// everything else raw, including `/`, U+2028 and lone surrogates. Dictionary keys are escaped
// the same way.

const encode = (value: string) => json.encode(string(), value);

describe("strings are escaped as the reference escapes them", () => {
  test.each(named([
    { name: "a quote", input: 'say "hi"', output: String.raw`"say \"hi\""` },
    { name: "a backslash", input: "C:\\dir", output: String.raw`"C:\\dir"` },
    { name: "a backspace", input: "\b", output: String.raw`"\b"` },
    { name: "a form feed", input: "\f", output: String.raw`"\f"` },
    { name: "a line feed", input: "a\nb", output: String.raw`"a\nb"` },
    { name: "a carriage return", input: "a\r\nb", output: String.raw`"a\r\nb"` },
    { name: "a tab", input: "\t", output: String.raw`"\t"` },
    { name: "NUL", input: "\u0000", output: String.raw`"\u0000"` },
    { name: "U+000B, with upper-case hex", input: "\u000b", output: String.raw`"\u000B"` },
    { name: "U+0018", input: "\u0018", output: String.raw`"\u0018"` },
    { name: "U+001F", input: "\u001f", output: String.raw`"\u001F"` },
    { name: "DEL (U+007F)", input: "\u007f", output: String.raw`"\u007F"` },
    { name: "U+0080", input: "\u0080", output: String.raw`"\u0080"` },
    { name: "U+009F", input: "\u009f", output: String.raw`"\u009F"` },
    { name: "a slash, which stays raw", input: "a/b", output: '"a/b"' },
    { name: "HTML characters, which stay raw", input: "<a href='x'>&=</a>", output: `"<a href='x'>&=</a>"` },
    { name: "U+00A0, which stays raw", input: "\u00a0", output: '"\u00a0"' },
    { name: "U+2028 and U+2029, which stay raw", input: "\u2028\u2029", output: '"\u2028\u2029"' },
    { name: "an emoji, which stays raw", input: "😀", output: '"😀"' },
    { name: "a lone high surrogate, which stays raw", input: "a\ud800b", output: '"a\ud800b"' },
    { name: "a lone low surrogate, which stays raw", input: "\udc00", output: '"\udc00"' },
    { name: "inverted surrogates, which stay raw", input: "\udd1e\ud834", output: '"\udd1e\ud834"' },
    { name: "the empty string", input: "", output: '""' },
    { name: "a mix of runs and escapes", input: 'x"\u0001y\\z\u0085', output: String.raw`"x\"\u0001y\\z\u0085"` },
  ]))("%s", (_, { input, output }) => {
    expect(encode(input)).toBe(output);
  });

  test("every code unit below U+00A0 other than the named escapes is raw, or \\uXXXX in U+0000–U+001F and U+007F–U+009F", () => {
    const named: Record<number, string> = { 0x08: "\\b", 0x09: "\\t", 0x0a: "\\n", 0x0c: "\\f", 0x0d: "\\r", 0x22: '\\"', 0x5c: "\\\\" };
    for (let c = 0; c < 0xa0; c++) {
      const hex = "\\u" + c.toString(16).toUpperCase().padStart(4, "0");
      const expected = named[c] ?? (c < 0x20 || c >= 0x7f ? hex : String.fromCharCode(c));
      expect(encode(String.fromCharCode(c)), hex).toBe(`"${expected}"`);
    }
  });

  test("a string of many escapes, built in blocks (issue 17, item 9), is escaped exactly as character by character", () => {
    const units = ['"', "a", "\n", "bc", "\u0001", "\\", "\u0085", "😀", "xyz"];
    const long = Array.from({ length: 300_000 }, (_, i) => units[(i * 7) % units.length]).join("");
    const byCharacter = [...long].map((c) => encode(c).slice(1, -1)).join("");
    expect(encode(long)).toBe(`"${byCharacter}"`);
  });

  test("dictionary keys are escaped like values and never re-cased", () => {
    expect(json.encode(dictionary(string()), { 'Key"\n': "v", UPPER: "w" })).toBe(String.raw`{"Key\"\n":"v","UPPER":"w"}`);
  });
});
