import { toCamelCase } from "./naming.js";
import { defaultValueOf, isValueType, type ObjectSchema, type Schema } from "./nodes.js";

/** How member names are written: camelCase (a .NET Core ServiceStack host) or the declared PascalCase. */
export type NameCase = "camel" | "pascal";

/** What every format needs to know about one member, worked out once per schema. */
export interface FieldPlan {
  readonly key: string;
  readonly index: number;
  readonly schema: Schema;
  readonly camelName: string;
  readonly pascalName: string;
  /** Enums, bools and integers: always written, filled with `defaultValue` when missing. */
  readonly isValueType: boolean;
  readonly defaultValue: unknown;
  /** A key every object inherits (`constructor`, `toString`, `__proto__`…): read and set as an own property only. */
  readonly inherited: boolean;
}

export interface ObjectPlan {
  readonly schema: ObjectSchema;
  readonly fields: readonly FieldPlan[];
  /** The JavaScript keys of the members. */
  readonly keys: ReadonlySet<string>;
  /** Finds a member by a name read from the wire, ignoring letter case as the reference does. */
  findField(name: string): FieldPlan | undefined;
}

const plans = new WeakMap<ObjectSchema, ObjectPlan>();

/** The shared plan of an object schema; built on first use and cached. */
export function planObject(schema: ObjectSchema): ObjectPlan {
  let plan = plans.get(schema);
  if (!plan) {
    plan = buildPlan(schema);
    plans.set(schema, plan);
  }
  return plan;
}

export function wireName(field: FieldPlan, nameCase: NameCase): string {
  return nameCase === "camel" ? field.camelName : field.pascalName;
}

function buildPlan(schema: ObjectSchema): ObjectPlan {
  const fields: FieldPlan[] = schema.members.map((m, index) => {
    const valueType = isValueType(m.schema);
    return {
      key: m.key,
      index,
      schema: m.schema,
      camelName: m.alias ?? toCamelCase(m.name),
      pascalName: m.alias ?? m.name,
      isValueType: valueType,
      defaultValue: valueType ? defaultValueOf(m.schema as never) : undefined,
      inherited: m.key in Object.prototype,
    };
  });
  const exact = new Map<string, FieldPlan>();
  const folded = new Map<string, FieldPlan>();
  for (const field of fields) {
    exact.set(field.camelName, field);
    exact.set(field.pascalName, field);
    folded.set(field.pascalName.toLowerCase(), field);
  }
  return {
    schema,
    fields,
    keys: new Set(fields.map((field) => field.key)),
    findField: (name) => exact.get(name) ?? folded.get(name.toLowerCase()),
  };
}

/** Enum member lookup: exact first, then ignoring case; returns the canonical member name. */
export function enumLookup(values: readonly string[]): (name: string) => string | undefined {
  const exact = new Set(values);
  const folded = new Map(values.map((v) => [v.toLowerCase(), v]));
  return (name) => (exact.has(name) ? name : folded.get(name.toLowerCase()));
}

/**
 * Compiles each schema once and caches the result (decoders: names are read in any case).
 * `compile` may ask for the compiled form of nested schemas through the returned function.
 */
export function perSchema<T>(compile: (schema: Schema) => T): (schema: Schema) => T {
  const cache = new WeakMap<Schema, T>();
  return (schema) => {
    let compiled = cache.get(schema);
    if (compiled === undefined) {
      compiled = compile(schema);
      cache.set(schema, compiled);
    }
    return compiled;
  };
}

/** Caches one compiled artefact per schema and naming case. */
export function perSchemaCache<T>(build: (schema: Schema, nameCase: NameCase) => T) {
  const camel = new WeakMap<Schema, T>();
  const pascal = new WeakMap<Schema, T>();
  return (schema: Schema, nameCase: NameCase): T => {
    const cache = nameCase === "camel" ? camel : pascal;
    let compiled = cache.get(schema);
    if (compiled === undefined) {
      compiled = build(schema, nameCase);
      cache.set(schema, compiled);
    }
    return compiled;
  };
}

/**
 * A member's value in a value to encode: own properties only, so that `toString` is not
 * `Object.prototype`'s and nothing a polluted prototype holds is written.
 */
export function memberValue(record: Record<string, unknown>, field: FieldPlan): unknown {
  const value = record[field.key];
  return value === undefined || Object.hasOwn(record, field.key) ? value : undefined;
}
