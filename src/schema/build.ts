import { setOwn } from "../core/objects.js";
import { toPascalCase } from "./naming.js";
import type {
  BooleanSchema,
  DictionarySchema,
  EnumSchema,
  IntegerSchema,
  ListSchema,
  MemberDescriptor,
  ObjectSchema,
  Schema,
  Shape,
  StringSchema,
} from "./nodes.js";

const STRING: StringSchema = Object.freeze({ kind: "string" });
const BOOLEAN: BooleanSchema = Object.freeze({ kind: "boolean" });
const INTEGER: IntegerSchema = Object.freeze({ kind: "integer" });

/** A .NET `string`. */
export function string(): StringSchema {
  return STRING;
}

/** A .NET `bool`, written `True`/`False` in JSV and CSV and `true`/`false` in JSON. */
export function boolean(): BooleanSchema {
  return BOOLEAN;
}

/** A .NET `int` or `long` (a JavaScript safe integer). */
export function integer(): IntegerSchema {
  return INTEGER;
}

const ENUM_METADATA_KEYS = new Set(["kind", "typeName", "values"]);

/**
 * A .NET enum written by member name. The result is both the schema and the const
 * object of members that the API's generated DTOs export: `SessionDialState.Active`.
 * The first member is the default, as in .NET.
 */
export function enumeration<const V extends string>(typeName: string, values: readonly [V, ...V[]]): EnumSchema<V> {
  if (values.length === 0) throw new TypeError(`enumeration ${typeName} needs at least one member`);
  const seen = new Set<string>();
  const schema: Record<string, unknown> = {};
  for (const value of values) {
    if (ENUM_METADATA_KEYS.has(value)) {
      throw new TypeError(`enumeration ${typeName}: member name "${value}" is reserved for the schema's metadata`);
    }
    if (!isIdentifier(value)) throw new TypeError(`enumeration ${typeName}: "${value}" is not a C# identifier`);
    const folded = value.toLowerCase();
    if (seen.has(folded)) throw new TypeError(`enumeration ${typeName}: member "${value}" is repeated`);
    seen.add(folded);
    // `__proto__` is a C# identifier too: assigning it would change the prototype instead.
    setOwn(schema, value, value);
  }
  Object.defineProperty(schema, "kind", { value: "enum" });
  Object.defineProperty(schema, "typeName", { value: typeName });
  Object.defineProperty(schema, "values", { value: Object.freeze([...values]) });
  return Object.freeze(schema) as EnumSchema<V>;
}

/** A `List<T>`. */
export function list<E extends Schema>(element: E): ListSchema<E> {
  return Object.freeze({ kind: "list", element });
}

/** A list of any described type, for encoding and decoding many values at once: `listOf(SessionInfo)`. */
export const listOf = list;

/** A `Dictionary<string, T>`. */
export function dictionary<V extends Schema>(value: V): DictionarySchema<V> {
  return Object.freeze({ kind: "dictionary", value });
}

/** A member whose C# name is not the JavaScript key with its first letter upper-cased, or that has an alias. */
export interface MemberSpec<S extends Schema = Schema> {
  readonly kind: "member";
  readonly schema: S;
  readonly name: string | undefined;
  readonly alias: string | undefined;
}

/**
 * Describes one member more precisely than its schema alone.
 * @param options.name the declared C# name (default: the key with its first letter upper-cased)
 * @param options.alias a `[DataMember(Name = ...)]` alias, written verbatim whatever the casing
 */
export function member<S extends Schema>(schema: S, options: { name?: string; alias?: string }): MemberSpec<S> {
  return Object.freeze({ kind: "member", schema, name: options.name, alias: options.alias });
}

export type FieldSpec = Schema | MemberSpec;

export type ShapeOf<F extends Record<string, FieldSpec>> = {
  readonly [K in keyof F]: F[K] extends MemberSpec<infer S> ? S : F[K];
};

type Flatten<T> = { readonly [K in keyof T]: T[K] };

/**
 * A plain C# class. `fields` lists its own members in declaration order, keyed by their
 * camelCase JavaScript names; `base` is the class it extends, whose members come last,
 * as .NET reflection (and so ServiceStack) orders them.
 */
export function object<F extends Record<string, FieldSpec>, B extends Shape = {}>(
  typeName: string,
  fields: F,
  options: { base?: ObjectSchema<B> } = {},
): ObjectSchema<Flatten<ShapeOf<F> & B>> {
  const members: MemberDescriptor[] = [];
  for (const key of Object.keys(fields)) {
    const spec = fields[key]!;
    const described = (spec as { kind: string }).kind === "member" ? (spec as MemberSpec) : undefined;
    members.push(
      Object.freeze({
        key,
        name: described?.name ?? toPascalCase(key),
        alias: described?.alias,
        schema: described ? described.schema : (spec as Schema),
      }),
    );
  }
  if (options.base) members.push(...options.base.members);

  const keys = new Set<string>();
  const names = new Set<string>();
  const shape: Record<string, Schema> = Object.create(null);
  for (const m of members) {
    if (!isIdentifier(m.key)) throw new TypeError(`${typeName}: "${m.key}" is not a valid member key`);
    if (keys.has(m.key)) throw new TypeError(`${typeName}: member "${m.key}" is declared twice`);
    const folded = (m.alias ?? m.name).toLowerCase();
    if (names.has(folded)) throw new TypeError(`${typeName}: two members are both named "${m.alias ?? m.name}"`);
    keys.add(m.key);
    names.add(folded);
    shape[m.key] = m.schema;
  }
  return Object.freeze({
    kind: "object",
    typeName,
    members: Object.freeze(members),
    shape: Object.freeze(shape),
  }) as unknown as ObjectSchema<Flatten<ShapeOf<F> & B>>;
}

function isIdentifier(name: string): boolean {
  if (name.length === 0) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    const digit = c >= 48 && c <= 57;
    if (!(letter || (digit && i > 0))) return false;
  }
  return true;
}
