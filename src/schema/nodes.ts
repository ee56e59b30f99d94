/**
 * The building blocks of a DTO description. A description is plain data: every codec,
 * the TypeScript types, validation and the fast-check arbitraries are derived from it.
 * Adding a kind here makes the compiler point at every table that must learn it.
 */

/** A .NET `string`: a reference type, so it may be absent. */
export interface StringSchema {
  readonly kind: "string";
}

/** A .NET `bool`: a value type, always present (default `false`). */
export interface BooleanSchema {
  readonly kind: "boolean";
}

/** The .NET integer types, by their C# keyword. */
export type IntegerTypeName = "sbyte" | "byte" | "short" | "ushort" | "int" | "uint" | "long" | "ulong";

/**
 * A .NET integer: a value type, always present (default `0`). `T` is its JavaScript value:
 * `number` for the types that fit in a double exactly, `bigint` for `long` and `ulong`
 * (and `number` for `integer()`, a `long` limited to the safe range).
 */
export interface IntegerSchema<T extends number | bigint = number | bigint> {
  readonly kind: "integer";
  /** The C# type, for messages. */
  readonly typeName: IntegerTypeName;
  /** The smallest and largest value the type holds (in the JavaScript representation). */
  readonly min: T;
  readonly max: T;
}

/** A .NET `double` or `float`: a value type (default `0`); a JavaScript `number`, NaN and ±Infinity included. */
export interface NumberSchema {
  readonly kind: "number";
  /** `float` values are exactly representable in binary32 and written with their own shortest digits. */
  readonly typeName: "double" | "float";
}

/** A .NET `byte[]`: a reference type, a `Uint8Array` in JavaScript, base64 on the wire. */
export interface BytesSchema {
  readonly kind: "bytes";
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

/** `T?` for a value type `T`: absent (or null) means no value, and no default is filled in. */
export interface NullableSchema<S extends ValueTypeSchema = ValueTypeSchema> {
  readonly kind: "nullable";
  readonly inner: S;
}

/** A `List<T>` / `T[]`: a reference type. Elements are never null. */
export interface ListSchema<E extends Schema = Schema> {
  readonly kind: "list";
  readonly element: E;
}

/**
 * A `Dictionary<string, T>`: a reference type, keys kept in insertion order. `typeName` names a
 * class that is a dictionary (`class Struct : Dictionary<string, Value>`).
 */
export interface DictionarySchema<V extends Schema = Schema> {
  readonly kind: "dictionary";
  readonly value: V;
  readonly typeName: string | undefined;
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

/**
 * A reference to a type described elsewhere, resolved when first compiled: the way a type
 * refers to itself (`TreeNode.Children`) or to one described after it (`Value.StructValue`).
 * `T` and `I` are its decoded and encoder-input types, which TypeScript cannot infer for a
 * recursive type: write them as interfaces.
 */
export interface LazySchema<T = unknown, I = T> {
  readonly kind: "lazy";
  readonly resolve: () => Schema;
  /** Type-level only: never set. */
  readonly types?: { readonly output: T; readonly input: I };
}

/** Any description: a node of one of the kinds above (see `SchemaKind`). */
export type Schema =
  | StringSchema
  | BooleanSchema
  | IntegerSchema
  | NumberSchema
  | BytesSchema
  | EnumMeta<string>
  | NullableSchema
  | ListSchema<Schema>
  | DictionarySchema<Schema>
  | ObjectSchema<Shape>
  | LazySchema<unknown, unknown>;

/** Every kind of node. */
export type SchemaKind = Schema["kind"];

/** The node of one kind. */
export type SchemaOfKind<K extends SchemaKind> = Extract<Schema, { readonly kind: K }>;

/** A description after references are followed: what the compilers see. */
export type ResolvedSchema = Exclude<Schema, LazySchema<unknown, unknown>>;

/** Schemas whose .NET type is a value type: always written, never absent after decoding. */
export type ValueTypeSchema = BooleanSchema | IntegerSchema | NumberSchema | EnumMeta<string>;

/** Kinds whose values are written as one token (no brackets): what a format spells itself. */
export type ScalarKind = Exclude<SchemaKind, "list" | "dictionary" | "object" | "nullable" | "lazy">;
