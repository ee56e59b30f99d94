/**
 * The building blocks of a DTO description. A description is plain data: every codec,
 * the TypeScript types, validation and the fast-check arbitraries are derived from it.
 */

/** A .NET `string`: a reference type, so it may be absent. */
export interface StringSchema {
  readonly kind: "string";
}

/** A .NET `bool`: a value type, always present (default `false`). */
export interface BooleanSchema {
  readonly kind: "boolean";
}

/** A .NET `int`/`long`: a value type, always present (default `0`); a safe integer in JavaScript. */
export interface IntegerSchema {
  readonly kind: "integer";
}

/** Own metadata of an enumeration; its members are the other (enumerable) properties. */
export interface EnumMeta<V extends string> {
  readonly kind: "enum";
  /** The C# type name, for messages. */
  readonly typeName: string;
  /** Member names in declaration order; the first is the default, as in .NET. */
  readonly values: readonly V[];
}

/**
 * A .NET enum, written by member name. The schema doubles as the const object the
 * generated DTOs expose (`SessionDialState.None === "None"`); its metadata is non-enumerable.
 */
export type EnumSchema<V extends string = string> = EnumMeta<V> & { readonly [K in V]: K };

/** A `List<T>` / `T[]`: a reference type. Elements are never null. */
export interface ListSchema<E extends Schema = Schema> {
  readonly kind: "list";
  readonly element: E;
}

/** A `Dictionary<string, T>`: a reference type, keys kept in insertion order. */
export interface DictionarySchema<V extends Schema = Schema> {
  readonly kind: "dictionary";
  readonly value: V;
}

/** One member of an object, in the order the reference writes it. */
export interface MemberDescriptor {
  /** The property name in JavaScript values (camelCase, as the API's generated DTOs use). */
  readonly key: string;
  /** The declared C# name (PascalCase); CSV headers and `case: "pascal"` use it. */
  readonly name: string;
  /** A `[DataMember(Name=...)]` alias, written verbatim in every casing. */
  readonly alias: string | undefined;
  readonly schema: Schema;
}

export type Shape = { readonly [key: string]: Schema };

/** A plain C# class: its members in reflection order (own members first, base members last). */
export interface ObjectSchema<S extends Shape = Shape> {
  readonly kind: "object";
  readonly typeName: string;
  readonly members: readonly MemberDescriptor[];
  /** Key to schema; only for type inference and quick lookups. */
  readonly shape: S;
}

export type Schema =
  | StringSchema
  | BooleanSchema
  | IntegerSchema
  | EnumMeta<string>
  | ListSchema<Schema>
  | DictionarySchema<Schema>
  | ObjectSchema<Shape>;

/** Schemas whose .NET type is a value type: always written, never absent after decoding. */
export type ValueTypeSchema = BooleanSchema | IntegerSchema | EnumMeta<string>;

export function isValueType(schema: Schema): schema is ValueTypeSchema {
  return schema.kind === "boolean" || schema.kind === "integer" || schema.kind === "enum";
}

/** The value a .NET value type has when nothing was written: `false`, `0`, the first member. */
export function defaultValueOf(schema: ValueTypeSchema): boolean | number | string {
  switch (schema.kind) {
    case "boolean":
      return false;
    case "integer":
      return 0;
    case "enum":
      return schema.values[0]!;
  }
}
