import { isTyped } from "../schema/dotnet.js";
import type { Schema, TypedValue } from "../schema/nodes.js";
import { boolean as booleanSchema, string as stringSchema } from "../schema/build.js";
import { dictionaryWriter, listWriter, type Spelling, type Writer, type WriteState } from "./compact-writer.js";
import { Failure } from "./errors.js";
import { describeValue } from "./objects.js";
import { keyText } from "../model/keys.js";

/** The largest decimal, 2^96 − 1: an untyped bigint beyond it is no .NET value (and JSON would not read it back). */
export const MAX_DECIMAL = 79228162514264337593543950335n;

/**
 * An untyped (`object`) value, written by what it is, as the reference writes the .NET value it
 * stands for: a string, a number (`int` digits, or a `double`), a bigint (a `long`, `ulong` or whole
 * `decimal`, so at most ±(2^96 − 1)), a boolean, an
 * array (`List<object>`, whose `null` elements are values), a plain object (a
 * `Dictionary<string, object>`, or a class with its `__type` key first), or a `typed` value.
 */
export function untypedWriter(spelling: Spelling, typedWriter: (schema: Schema) => Writer): Writer {
  const string = spelling.scalars.string(stringSchema());
  const boolean = spelling.scalars.boolean(booleanSchema());
  // A Map's keys too are strings, as a Dictionary<string, object>'s: any other is refused, not spelled.
  const keys = keyText(undefined);
  // The containers write their items with this very writer.
  const write: Writer = (value, state, afterKey) => {
    switch (typeof value) {
      case "string":
        return string(value);
      case "number":
        return spelling.untypedNumber(value);
      case "bigint":
        if (value > MAX_DECIMAL || value < -MAX_DECIMAL) throw new Failure("invalid-number", `${value} is beyond every .NET integer and decimal (±${MAX_DECIMAL})`, -1);
        return String(value);
      case "boolean":
        return boolean(value);
      case "object":
        if (value === null) break;
        if (Array.isArray(value)) return list(value, state, afterKey);
        if (isTyped(value)) return writeTyped(value, state, afterKey);
        return dictionary(value, state, afterKey);
    }
    throw new Failure("type-mismatch", `an untyped value is a string, number, bigint, boolean, array, plain object or typed value, not ${describeValue(value)}`, -1);
  };
  const writeTyped = (value: TypedValue, state: WriteState, afterKey: boolean): string => {
    const writer = typedWriter(value.schema);
    if (!isTyped(value.value)) return writer(value.value, state, afterKey);
    // A typed value inside one (`typed(untyped(), typed(…))`) is a level deeper, so that a long
    // chain of them is depth-limit, not a stack overflow.
    state.enter(value);
    const text = writer(value.value, state, afterKey);
    state.leave();
    return text;
  };
  const list = listWriter(spelling, write, true);
  const dictionary = dictionaryWriter(spelling, "a plain object", keys, write);
  return write;
}
