import { Failure } from "../core/errors.js";
import { guidDigits, parseGuid } from "../core/guid.js";
import { describeValue, quoteText } from "../core/objects.js";
import type { KeySchema } from "../schema/nodes.js";
import { enumReader, notAnEnumMember } from "./enum-values.js";
import { integerDescription, integerFromText, scalarCheck } from "./values.js";

// Dictionary keys, whatever the format: a string key is its own text; an integer, enum or Guid key
// (`Dictionary<int, string>`) is written as JSV writes that value (`42`, `Red`, 32 hex digits),
// which JSON puts in quotes, and read back from that text.

/** What a key of this type is written as, before the format spells it as a key. */
export function keyText(key: KeySchema | undefined): (key: unknown) => string {
  if (key === undefined) {
    return (value) => {
      if (typeof value !== "string") throw new Failure("type-mismatch", `expected a string key, got ${describeValue(value)}`, -1);
      return value;
    };
  }
  const check = scalarCheck(key);
  switch (key.kind) {
    case "integer":
      return (value) => String(check(value));
    case "enum":
      return (value) => String(check(value));
    case "guid":
      return (value) => guidDigits(check(value) as string);
  }
}

/** The key a text stands for, or a `Failure` at `at`; `undefined` for string keys, which are their text. */
export function keyReader(key: KeySchema | undefined): ((text: string, at: number) => unknown) | undefined {
  if (key === undefined) return undefined;
  switch (key.kind) {
    case "integer":
      return (text, at) => {
        const value = integerFromText(key, text);
        if (value === undefined) throw new Failure("invalid-integer", `the key ${quoteText(text)} is not ${integerDescription(key)}`, at);
        return value;
      };
    case "enum": {
      const read = enumReader(key);
      return (text, at) => {
        const value = read(text);
        if (value === undefined) throw notAnEnumMember(key, text, at);
        return value;
      };
    }
    case "guid":
      return (text, at) => {
        const value = parseGuid(text);
        if (value === undefined) throw new Failure("invalid-value", `the key ${quoteText(text)} is not a Guid`, at);
        return value;
      };
  }
}
