import type {
  BooleanSchema,
  DictionarySchema,
  EnumMeta,
  IntegerSchema,
  ListSchema,
  ObjectSchema,
  Schema,
  Shape,
  StringSchema,
  ValueTypeSchema,
} from "./nodes.js";

type Simplify<T> = { [K in keyof T]: T[K] } & {};

type ValueKeys<S extends Shape> = { [K in keyof S]: S[K] extends ValueTypeSchema ? K : never }[keyof S];
type ReferenceKeys<S extends Shape> = Exclude<keyof S, ValueKeys<S>>;

/**
 * The type of a decoded value: value-type members (enums, bools, integers) are always
 * present, reference-type members (strings, lists, dictionaries, objects) are optional.
 */
export type Infer<S extends Schema> = [Schema] extends [S]
  ? unknown // a schema known only as \`Schema\`: nothing more can be said
  : S extends StringSchema
  ? string
  : S extends BooleanSchema
    ? boolean
    : S extends IntegerSchema
      ? number
      : S extends EnumMeta<infer V>
        ? V
        : S extends ListSchema<infer E>
          ? Infer<E>[]
          : S extends DictionarySchema<infer V>
            ? Record<string, Infer<V>>
            : S extends ObjectSchema<infer O>
              ? Simplify<{ [K in ValueKeys<O>]: Infer<O[K]> } & { [K in ReferenceKeys<O>]?: Infer<O[K]> }>
              : never;

/**
 * The type an encoder accepts: like {@link Infer}, but every member is optional (a missing
 * value-type member is written as its default, as `new SessionInfo()` is) and may be `null`.
 */
export type Input<S extends Schema> = [Schema] extends [S]
  ? unknown
  : S extends StringSchema
  ? string
  : S extends BooleanSchema
    ? boolean
    : S extends IntegerSchema
      ? number
      : S extends EnumMeta<infer V>
        ? V
        : S extends ListSchema<infer E>
          ? readonly Input<E>[]
          : S extends DictionarySchema<infer V>
            ? Readonly<Record<string, Input<V>>>
            : S extends ObjectSchema<infer O>
              ? Simplify<{ readonly [K in keyof O]?: Input<O[K]> | null }>
              : never;
