import type {
  DictionarySchema,
  EnumMeta,
  TypedValue,
  IntegerSchema,
  LazySchema,
  ListSchema,
  NullableSchema,
  ObjectSchema,
  Schema,
  SchemaKind,
  Shape,
  ValueTypeSchema,
} from "./nodes.js";

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/**
 * The decoded value of each kind. An interface keyed by kind, so a kind added to `Schema` without
 * an entry here is a compile error (see `Complete` below) rather than a silent `never`.
 */
interface OutputOf<S> {
  string: string;
  boolean: boolean;
  integer: S extends IntegerSchema<infer T> ? T : never;
  number: number;
  decimal: string;
  dateTime: string;
  dateTimeOffset: string;
  timeSpan: string;
  guid: string;
  char: string;
  bytes: Uint8Array;
  enum: S extends EnumMeta<infer V, infer O> ? (O extends true ? V | number : V) : never;
  flags: number;
  untyped: Untyped;
  nullable: S extends NullableSchema<infer I> ? Infer<I> : never;
  list: S extends ListSchema<infer E> ? Infer<E>[] : never;
  dictionary: S extends DictionarySchema<infer V, infer K>
    ? [K] extends [Schema]
      ? Map<Infer<K>, Infer<V>>
      : Record<string, Infer<V>>
    : never;
  // Value-type members (bools, numbers, enums) are always present; the rest may be absent.
  // Key remapping keeps each member's JSDoc for the editor.
  object: S extends ObjectSchema<infer O>
    ? Simplify<
        { [K in keyof O as O[K] extends ValueTypeSchema ? K : never]: Infer<O[K]> } & {
          [K in keyof O as O[K] extends ValueTypeSchema ? never : K]?: Infer<O[K]>;
        }
      >
    : never;
  lazy: S extends LazySchema<infer T, unknown> ? T : never;
}

/** What an encoder accepts for each kind (see {@link Input}). */
interface InputOf<S> {
  string: string;
  boolean: boolean;
  // A safe-integer `number` stands for a `long` exactly.
  integer: S extends IntegerSchema<infer T> ? (T extends bigint ? bigint | number : T) : never;
  number: number;
  // A number that is exactly a decimal (0.5, not 0.1).
  decimal: string | number;
  dateTime: string;
  dateTimeOffset: string;
  timeSpan: string;
  guid: string;
  char: string;
  bytes: Uint8Array;
  enum: S extends EnumMeta<infer V, infer O> ? (O extends true ? V | number : V) : never;
  flags: number;
  untyped: Untyped;
  nullable: S extends NullableSchema<infer I> ? Input<I> : never;
  list: S extends ListSchema<infer E> ? readonly Input<E>[] : never;
  // A Map keeps the order of integer-like keys, which an object lists first.
  dictionary: S extends DictionarySchema<infer V, infer K>
    ? [K] extends [Schema]
      ? ReadonlyMap<Input<K>, Input<V>>
      : Readonly<Record<string, Input<V>>> | ReadonlyMap<string, Input<V>>
    : never;
  object: S extends ObjectSchema<infer O> ? Simplify<{ readonly [K in keyof O]?: Input<O[K]> | null }> : never;
  lazy: S extends LazySchema<unknown, infer I> ? I : never;
}

/**
 * A schema that states its types in its Standard Schema property (`~standard.types`): every
 * builder's result, and the DTOs, which state their named interfaces (`SessionInfo`).
 */
type Stated<O, I> = { readonly "~standard": { readonly types?: { readonly output: O; readonly input: I } | undefined } };

/**
 * A value of an untyped (.NET `object`) slot: a string, number, bigint, boolean, an array (a
 * `List<object>`, which may hold `null`), a plain object (a `Dictionary<string, object>`, or a class
 * with its `__type`), or a value of a described type made with `typed`.
 */
export type Untyped = string | number | bigint | boolean | null | TypedValue | readonly Untyped[] | { readonly [key: string]: Untyped };

/** Fails to compile when a table above misses a kind. */
type Complete<T extends Record<SchemaKind, unknown>> = T;
export type KindTablesAreComplete = [Complete<OutputOf<Schema>>, Complete<InputOf<Schema>>];

/**
 * The type of a decoded value: value-type members (enums, bools, numbers) are always present,
 * reference-type members (strings, lists, dictionaries, objects, `byte[]`, `T?`) are optional.
 */
export type Infer<S extends Schema> = [Schema] extends [S] ? unknown : S extends Stated<infer T, unknown> ? T : OutputOf<S>[S["kind"]];

/**
 * The type an encoder accepts: like {@link Infer}, but every member is optional (a missing
 * value-type member is written as its default, as `new SessionInfo()` is) and may be `null`.
 */
export type Input<S extends Schema> = [Schema] extends [S] ? unknown : S extends Stated<unknown, infer I> ? I : InputOf<S>[S["kind"]];

/** The member shape of an object schema, for writing generic helpers. */
export type ShapeOfObject<S extends ObjectSchema> = S extends ObjectSchema<infer O extends Shape> ? O : never;
