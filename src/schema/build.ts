import { isIdentifier, toPascalCase } from "./naming.js";
import { described, type Standard } from "./standard.js";
import type {
  DictionarySchema,
  KeySchema,
  LazySchema,
  ListSchema,
  MemberDescriptor,
  NullableSchema,
  ObjectSchema,
  Schema,
  Shape,
  ValueTypeSchema,
} from "./nodes.js";

// The building blocks that compose others: `T?`, references (`lazy`), generic DTOs, lists,
// dictionaries, members and objects. The one-of-a-kind types come from `primitives.ts`, `enums.ts`
// and `dotnet.ts`, re-exported at the end, so that every block is imported from here.

const VALUE_TYPES = new Set(["boolean", "integer", "number", "decimal", "dateTime", "dateTimeOffset", "timeSpan", "guid", "char", "enum", "flags"]);

/**
 * `T?` for a value type: `nullable(int())`, `nullable(SessionCallState)`. Absent or `null` means
 * no value, and decoding fills in no default (a filter or patch that leaves a member alone).
 */
export function nullable<S extends ValueTypeSchema>(inner: S): Standard<NullableSchema<S>> {
  const kind = (inner as { kind?: unknown } | undefined)?.kind;
  if (typeof kind !== "string" || !VALUE_TYPES.has(kind)) {
    throw new TypeError(`nullable() takes a value type (a bool, number, enum, date, Guid…), not ${String(kind)}: reference types are nullable already`);
  }
  return described<NullableSchema<S>>({ kind: "nullable", inner });
}

/**
 * A reference to a type described elsewhere, followed when the schema is first used: the way a
 * type refers to itself or to one described after it. TypeScript cannot infer a recursive type,
 * so give it as `T` (and the encoder's input as `I`):
 *
 * ```ts
 * interface TreeNode { name?: string; children?: TreeNode[] }
 * const TreeNode = object("TreeNode", { name: string(), children: list(lazy<TreeNode>((): Schema => TreeNode)) });
 * ```
 *
 * (The `: Schema` return type is what lets TypeScript type a constant that refers to itself.)
 */
export function lazy<T = unknown, I = T>(resolve: () => Schema): Standard<LazySchema<T, I>> {
  if (typeof resolve !== "function") throw new TypeError("lazy() takes a function that returns the schema");
  return described<LazySchema<T, I>>({ kind: "lazy", resolve });
}

/**
 * A generic DTO written once for any type argument (`ListResponse<T>`): `build` describes it for
 * one argument; the result gives the same schema for the same argument every time, so
 * `ListResponse(SessionInfo)` is one type everywhere (and compiles once).
 */
export function generic<A extends readonly Schema[], R extends Schema>(build: (...args: A) => R): (...args: A) => R {
  const root = new WeakMap<Schema, unknown>();
  return (...args: A): R => {
    let level: WeakMap<Schema, unknown> = root;
    for (let i = 0; i < args.length - 1; i++) {
      let next = level.get(args[i]!) as WeakMap<Schema, unknown> | undefined;
      if (next === undefined) {
        next = new WeakMap();
        level.set(args[i]!, next);
      }
      level = next;
    }
    const last = args[args.length - 1];
    if (last === undefined) return build(...args);
    let built = level.get(last) as R | undefined;
    if (built === undefined) {
      built = build(...args);
      level.set(last, built);
    }
    return built;
  };
}

/** A `List<T>`. */
export function list<E extends Schema>(element: E): Standard<ListSchema<E>> {
  return described<ListSchema<E>>({ kind: "list", element });
}

/** A list of any described type, for encoding and decoding many values at once: `listOf(SessionInfo)`. */
export const listOf = list;

/**
 * A `Dictionary<string, T>`: a plain object in JavaScript. Encoders also take a `Map<string, T>`,
 * written in its order (an object lists integer-like keys such as `"7"` first, whatever the order
 * they were added in). `key` gives other keys (`Dictionary<int, string>`: `dictionary(string(), {
 * key: int() })`), integers, enums or Guids: such a dictionary is a `Map`, keys written as the
 * reference writes them (`"42"` in JSON, `42` in JSV; as the CSV root, in its `Key,Value` cells);
 * a `Map` with two keys written alike (a Guid in two forms, `1` and `1n`) is refused. `typeName` names a class that is a
 * dictionary (`class Struct : Dictionary<string, Value>`): `dictionary(Value, { typeName: "Struct" })`.
 */
export function dictionary<V extends Schema, K extends KeySchema | undefined = undefined>(
  value: V,
  options: { typeName?: string; key?: K } = {},
): Standard<DictionarySchema<V, K>> {
  const key = options.key;
  if (key !== undefined) {
    const kind = (key as { kind?: unknown }).kind;
    if (kind !== "integer" && kind !== "enum" && kind !== "guid") {
      throw new TypeError(`dictionary() keys are strings (the default), integers, enums or Guids, not ${String(kind)}`);
    }
  }
  return described<DictionarySchema<V, K>>({ kind: "dictionary", value, key: key as K, typeName: options.typeName });
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

/** What `object()` takes for one member: its schema, or `member(schema, { name, alias })`. */
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
): Standard<ObjectSchema<Flatten<ShapeOf<F> & B>>> {
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
  return described({
    kind: "object",
    typeName,
    members: Object.freeze(members),
    shape: Object.freeze(shape),
  } as ObjectSchema) as unknown as Standard<ObjectSchema<Flatten<ShapeOf<F> & B>>>;
}

export { boolean, byte, bytes, double, float, int, integer, long, sbyte, short, string, uint, ulong, ushort } from "./primitives.js";
export { enumeration, flags } from "./enums.js";
export { char, dateTime, dateTimeOffset, decimal, guid, timeSpan, typed, untyped } from "./dotnet.js";
