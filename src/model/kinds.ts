import type { ResolvedSchema, Schema, ValueTypeSchema } from "../schema/nodes.js";

/**
 * What the model knows of each kind, whatever the format: whether it is a .NET value type
 * (always written, filled with its default when missing) and that default. A table over every
 * kind, so a new kind is a compile error here until it is described.
 */
const VALUE_TYPE: { readonly [K in Schema["kind"]]: boolean } = {
  string: false,
  boolean: true,
  integer: true,
  number: true,
  bytes: false,
  enum: true,
  nullable: false,
  list: false,
  dictionary: false,
  object: false,
  // A reference to a described type: only classes, lists and dictionaries are referred to.
  lazy: false,
};

export function isValueType(schema: Schema): schema is ValueTypeSchema {
  return VALUE_TYPE[schema.kind];
}

/** The value a .NET value type has when nothing was written: `false`, `0` (`0n` for long), the first member. */
export function defaultValueOf(schema: ValueTypeSchema): boolean | number | bigint | string {
  switch (schema.kind) {
    case "boolean":
      return false;
    case "integer":
      return typeof schema.min === "bigint" ? 0n : 0;
    case "number":
      return 0;
    case "enum":
      return schema.values[0]!;
    default:
      return assertNever(schema);
  }
}

/** Marks the end of an exhaustive switch: a kind added to the union without a case fails to compile here. */
export function assertNever(value: never): never {
  throw new TypeError(`unexpected schema kind ${JSON.stringify((value as { kind?: unknown }).kind)}`);
}

/** Whether a resolved schema is written inside brackets: lists, dictionaries and objects. */
export function isContainer(schema: ResolvedSchema): boolean {
  return schema.kind === "list" || schema.kind === "dictionary" || schema.kind === "object";
}
