import { describe, expect, test } from "vitest";
import { json, SessionInfo } from "../../src/index.js";
import { fixtureText } from "../support/vectors.js";
import { decodeError } from "../support/errors.js";
import { named } from "../support/tables.js";

// The fuzz contract's simplest case: a document cut short anywhere is a DecodeError that says the
// text ended (`unexpected-end`) and points at the end, never a value with members missing (the
// reference accepts a missing closing brace; evo-codec does not, spec §12.5).

const compact = fixtureText("samples/documented-sample.json");
// The same value, indented; its final newline is dropped so that every proper prefix is incomplete.
const indented = fixtureText("samples/documented-sample.value.json").trimEnd();

describe("every proper prefix of a valid SessionInfo document is refused as truncated", () => {
  test.each(
    named([
      { name: "the documented sample, compact", text: compact, strict: false },
      { name: "the documented sample, compact, decoded strictly", text: compact, strict: true },
      { name: "the documented sample, indented", text: indented, strict: false },
    ]),
  )("%s", (_, { text, strict }) => {
    const wrong: string[] = [];
    for (let end = 0; end < text.length; end++) {
      const error = decodeError(json, SessionInfo, text.slice(0, end), { strict });
      if (error.code !== "unexpected-end" || error.offset !== end) {
        wrong.push(`prefix of ${end}: ${error.code} at offset ${error.offset}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test("while the whole documents decode, to the same value", () => {
    expect(json.decode(SessionInfo, indented)).toEqual(json.decode(SessionInfo, compact));
  });
});
