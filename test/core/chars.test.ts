import { setFlagsFromString } from "node:v8";
import { describe, expect, test } from "vitest";
import { flatString } from "../../src/core/chars.js";

// Pieces spelled once and appended to every output (labels, separators, enum texts) are flat
// strings: a rope would be walked again each time an output is flattened. Asked of V8 itself.

setFlagsFromString("--allow-natives-syntax");
// Test code may compile code: the natives syntax only parses in code compiled after the flag is set.
// eslint-disable-next-line @typescript-eslint/no-implied-eval
const isInternalized = new Function("text", "return %IsInternalizedString(text)") as (text: string) => boolean;

/** `text` joined at run time from two pieces, as a label is: 13 characters or more make a rope. */
const joined = (text: string): string => text.slice(0, 1) + text.slice(1);

describe("flatString", () => {
  test.each([
    ["a JSON member label", ',"accountId":"'],
    ["a name every object inherits", "__proto__"],
    ["digits past the largest array index", "12345678901234"],
    ["an empty string", ""],
    ["two-byte text", "😀 a surrogate pair, then more text"],
    ["a lone surrogate", "\ud800 alone, then more text"],
    ["commas", ",".repeat(40)],
  ])("%s comes back equal and flat", (_, text) => {
    const rope = joined(text);
    const flat = flatString(rope);
    expect(flat).toBe(text);
    expect(isInternalized(flat)).toBe(true);
  });

  test("an array index comes back equal (an element's name, flat but not internalized)", () => {
    expect(flatString(joined("4294967294"))).toBe("4294967294");
    expect(flatString("0")).toBe("0");
  });

  test("text joined at run time is not flat on its own, so the test above can fail", () => {
    expect(isInternalized(joined(',"accountId":"'))).toBe(false);
  });
});
