import { describe, expect, test } from "vitest";
import { toCamelCase } from "../../src/index.js";

// ServiceStack's `ToCamelCase` (spec §1.3): the first character is lowered, then each following
// upper-case ASCII letter while the character after it is upper-case too (or the name ends).
// Only ASCII letters are lowered.

describe("toCamelCase", () => {
  test.each([
    ["DialState", "dialState", "a PascalCase name lowers its first letter"],
    ["CallSid", "callSid", "a later capital starts a word and stays"],
    ["ID", "id", "an all-capitals name is lowered whole"],
    ["URLValue", "urlValue", "a leading acronym is lowered up to the capital that starts the next word"],
    ["HTMLParser", "htmlParser", "likewise for a longer acronym"],
    ["IDs", "iDs", "a capital followed by a lower-case letter stays, even inside an acronym"],
    ["URL2Go", "urL2Go", "a digit ends the run, and the capital before it stays"],
    ["MyID", "myID", "an acronym after the first word stays"],
    ["Id", "id", "a two-letter word"],
    ["X1", "x1", "a letter and a digit"],
    ["A", "a", "a single capital"],
    ["dialState", "dialState", "a camelCase name is unchanged"],
    ["_Id", "_Id", "a leading underscore leaves the name unchanged"],
    ["Ab_CD", "ab_CD", "a run after an underscore is not lowered"],
    ["Éclair", "Éclair", "a non-ASCII capital is not lowered"],
    ["", "", "the empty name"],
  ])("%s -> %s: %s", (name, camel) => {
    expect(toCamelCase(name)).toBe(camel);
  });
});
