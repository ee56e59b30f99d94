import { isTyped } from "../schema/dotnet.js";
import type { Schema } from "../schema/nodes.js";
import { boolean as booleanSchema, string as stringSchema } from "../schema/build.js";
import { dictionaryWriter, listWriter, type Spelling, type Writer } from "./compact-writer.js";
import { Failure } from "./errors.js";
import { describeValue } from "./objects.js";

/**
 * An untyped (`object`) value, written by what it is, as the reference writes the .NET value it
 * stands for: a string, a number (`int` digits, or a `double`), a bigint (a `long`), a boolean, an
 * array (`List<object>`, whose `null` elements are values), a plain object (a
 * `Dictionary<string, object>`, or a class with its `__type` key first), or a `typed` value.
 */
export function untypedWriter(spelling: Spelling, typedWriter: (schema: Schema) => Writer): Writer {
  const string = spelling.scalars.string(stringSchema());
  const boolean = spelling.scalars.boolean(booleanSchema());
  const keys = (key: unknown) => key as string;
  // The containers write their items with this very writer.
  const write: Writer = (value, state, afterKey) => {
    switch (typeof value) {
      case "string":
        return string(value);
      case "number":
        return spelling.untypedNumber(value);
      case "bigint":
        return String(value);
      case "boolean":
        return boolean(value);
      case "object":
        if (value === null) break;
        if (Array.isArray(value)) return list(value, state, afterKey);
        if (isTyped(value)) return typedWriter(value.schema)(value.value, state, afterKey);
        return dictionary(value, state, afterKey);
    }
    throw new Failure("type-mismatch", `an untyped value is a string, number, bigint, boolean, array, plain object or typed value, not ${describeValue(value)}`, -1);
  };
  const list = listWriter(spelling, write, true);
  const dictionary = dictionaryWriter(spelling, "a plain object", keys, write);
  return write;
}
