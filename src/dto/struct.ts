import { boolean, dictionary, double, lazy, list, nullable, object, string } from "../schema/build.js";
import type { Schema } from "../schema/nodes.js";

// The API's protobuf-like free-form data: `class Struct : Dictionary<string, Value>`, whose
// values may hold structs and lists of values in turn. Recursive, so the TypeScript types are
// written out: inference cannot follow a type into itself.

/** One free-form value; usually exactly one member is set. */
export interface Value {
  boolValue?: boolean;
  stringValue?: string;
  numberValue?: number;
  listValue?: Struct[];
  structValue?: Struct;
}

/** A map of names to free-form values. */
export type Struct = Record<string, Value>;

export const Value = object("Value", {
  boolValue: nullable(boolean()),
  stringValue: string(),
  numberValue: nullable(double()),
  listValue: list(lazy<Struct>((): Schema => Struct)),
  structValue: lazy<Struct>((): Schema => Struct),
});

export const Struct = dictionary(Value, { typeName: "Struct" });
