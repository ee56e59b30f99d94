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

/**
 * A .NET `decimal`: a value type (default `"0"`), held as its invariant text, which keeps the scale
 * and every digit (`"1.10"`, `"79228162514264337593543950335"`). Encoders also take a `number` that
 * is exactly a decimal (`0.5`, never `0.1`).
 */
export interface DecimalSchema {
  readonly kind: "decimal";
}

/**
 * A .NET `DateTime`: a value type (default `"0001-01-01T00:00:00.0000000"`), held as its
 * round-trip ("o") text, which keeps every tick and the kind: `Z` Utc, `±hh:mm` Local (at that
 * offset), no suffix Unspecified.
 */
export interface DateTimeSchema {
  readonly kind: "dateTime";
}

/** A .NET `DateTimeOffset`: a value type held as its "o" text with its offset (`"2021-06-15T13:45:30.1234567+05:30"`). */
export interface DateTimeOffsetSchema {
  readonly kind: "dateTimeOffset";
}

/** A .NET `TimeSpan`: a value type (default `"00:00:00"`) held as its "c" text, `[-][d.]hh:mm:ss[.fffffff]`. */
export interface TimeSpanSchema {
  readonly kind: "timeSpan";
}

/** A .NET `Guid`: a value type held as lower-case "D" text (`"0f8fad5b-d9cb-469f-a165-70867728950e"`). */
export interface GuidSchema {
  readonly kind: "guid";
}

/** A .NET `char`: a value type (default `"\0"`) held as a string of one UTF-16 code unit. */
export interface CharSchema {
  readonly kind: "char";
}

/** Own metadata of an enumeration; its members are the other (enumerable) properties. */
export interface EnumMeta<V extends string, O extends boolean = boolean> {
  readonly kind: "enum";
  /** The C# type name, for messages. */
  readonly typeName: string;
  /** The members' JavaScript values in declaration order: their names, or their `[EnumMember]` spellings. */
  readonly values: readonly V[];
  /** The members' C# names, in the same order. */
  readonly names: readonly string[];
  /** The members' numeric values, in the same order (0, 1, 2… unless given). */
  readonly numbers: readonly number[];
  /** Whether a value with no member (`(Color)7`) is held, as a number; otherwise it is an error. */
  readonly open: O;
}

/**
 * A .NET enum, written by member name (or `[EnumMember]` spelling). The schema doubles as the
 * const object the generated DTOs expose (`SessionDialState.None === "None"`), keyed by C# name;
 * its metadata is non-enumerable.
 */
export type EnumSchema<V extends string = string, M extends Record<string, V> = { readonly [K in V]: K }, O extends boolean = false> = EnumMeta<V, O> & {
  readonly [K in keyof M]: M[K];
};

/** A `[Flags]` enum: a value type held as its number (default `0`), written as the number, as the reference writes it. */
export interface FlagsMeta {
  readonly kind: "flags";
  readonly typeName: string;
  /** The members' C# names and values in declaration order. */
  readonly names: readonly string[];
  readonly numbers: readonly number[];
}

/** A `[Flags]` enum's schema, which doubles as the const object of its members' values (`Perms.Read === 1`). */
export type FlagsSchema<N extends string = string> = FlagsMeta & { readonly [K in N]: number };

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

/** What a dictionary's keys may be besides strings: integers, enums and Guids. */
export type KeySchema = IntegerSchema | EnumMeta<string> | GuidSchema;

/**
 * A `Dictionary<K, T>`: a reference type, keys kept in insertion order. `key` is `undefined` for
 * string keys (a plain object in JavaScript), else the key's type (a `Map`). `typeName` names a
 * class that is a dictionary (`class Struct : Dictionary<string, Value>`).
 */
export interface DictionarySchema<V extends Schema = Schema, K extends KeySchema | undefined = KeySchema | undefined> {
  readonly kind: "dictionary";
  readonly value: V;
  readonly key: K;
  readonly typeName: string | undefined;
}

/**
 * A .NET `object` member (and `List<object>`, `Dictionary<string, object>`): any value, written by
 * its runtime type. In JavaScript: a string, number, bigint, boolean, array, plain object, or a
 * {@link TypedValue} for a .NET type JavaScript has no value for (a date, a decimal).
 */
export interface UntypedSchema {
  readonly kind: "untyped";
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
  | DecimalSchema
  | DateTimeSchema
  | DateTimeOffsetSchema
  | TimeSpanSchema
  | GuidSchema
  | CharSchema
  | BytesSchema
  | EnumMeta<string>
  | FlagsMeta
  | UntypedSchema
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
export type ValueTypeSchema =
  | BooleanSchema
  | IntegerSchema
  | NumberSchema
  | DecimalSchema
  | DateTimeSchema
  | DateTimeOffsetSchema
  | TimeSpanSchema
  | GuidSchema
  | CharSchema
  | EnumMeta<string>
  | FlagsMeta;

/** Kinds whose values are written as one token (no brackets): what a format spells itself. */
export type ScalarKind = Exclude<SchemaKind, "list" | "dictionary" | "object" | "nullable" | "lazy" | "untyped">;

/**
 * A value of a described .NET type inside an untyped (`object`) slot, for the types JavaScript has
 * no value of its own for: `typed(dateTime(), "2021-06-15T13:45:30.0000000Z")`, `typed(decimal(), "1.10")`.
 */
export interface TypedValue {
  readonly schema: Schema;
  readonly value: unknown;
}
