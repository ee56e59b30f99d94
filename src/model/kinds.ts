import type { ResolvedSchema, ScalarKind, Schema, SchemaKind, SchemaOfKind, ValueTypeSchema } from "../schema/nodes.js";

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
  decimal: true,
  dateTime: true,
  dateTimeOffset: true,
  timeSpan: true,
  guid: true,
  char: true,
  bytes: false,
  enum: true,
  flags: true,
  untyped: false,
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

/** The kinds that hold other values, or any value; every other kind is a scalar (`ScalarKind`), read and written by a format's per-kind table. */
const NOT_SCALAR: { readonly [K in Exclude<SchemaKind, ScalarKind>]: true } = {
  list: true,
  dictionary: true,
  object: true,
  nullable: true,
  lazy: true,
  untyped: true,
};

/** Whether a schema is a scalar: a format compiles it through its table of scalar kinds. */
export function isScalar(schema: ResolvedSchema): schema is SchemaOfKind<ScalarKind> {
  return !Object.hasOwn(NOT_SCALAR, schema.kind);
}

/** The value a .NET value type has when nothing was written: `false`, `0` (`0n` for long), the zero member, the zero date… */
export function defaultValueOf(schema: ValueTypeSchema): boolean | number | bigint | string {
  switch (schema.kind) {
    case "boolean":
      return false;
    case "integer":
      return typeof schema.min === "bigint" ? 0n : 0;
    case "number":
    case "flags":
      return 0;
    case "decimal":
      return "0";
    case "dateTime":
      return "0001-01-01T00:00:00.0000000";
    case "dateTimeOffset":
      return "0001-01-01T00:00:00.0000000+00:00";
    case "timeSpan":
      return "00:00:00";
    case "guid":
      return "00000000-0000-0000-0000-000000000000";
    case "char":
      return "\0";
    case "enum": {
      // The member whose value is 0; an open enum without one holds the number itself.
      const zero = schema.numbers.indexOf(0);
      return zero < 0 ? 0 : schema.values[zero]!;
    }
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
