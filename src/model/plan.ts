import { toCamelCase } from "../schema/naming.js";
import type { ObjectSchema, Schema } from "../schema/nodes.js";
import { defaultValueOf, isValueType } from "./kinds.js";
import { memberObjectMaker } from "./member-object.js";
import { ownValuesReader, type OwnValues } from "./own-values.js";

/** How member names are written: camelCase (a .NET Core ServiceStack host) or the declared PascalCase. */
export type NameCase = "camel" | "pascal";

/** What every format needs to know about one member, worked out once per schema. */
export interface FieldPlan {
  readonly key: string;
  readonly index: number;
  readonly schema: Schema;
  readonly camelName: string;
  readonly pascalName: string;
  /** Enums, bools and numbers: always written, filled with `defaultValue` when missing. */
  readonly isValueType: boolean;
  readonly defaultValue: unknown;
  /** A key every object inherits (`constructor`, `toString`, `__proto__`…): read and set as an own property only. */
  readonly inherited: boolean;
}

export interface ObjectPlan {
  readonly schema: ObjectSchema;
  readonly fields: readonly FieldPlan[];
  /** A member by its JavaScript key, for encoders reading a value's own keys. */
  readonly byKey: ReadonlyMap<string, FieldPlan>;
  /** The value-type members, whose default an encoder writes and a decoder fills in when missing. */
  readonly valueTypeFields: readonly FieldPlan[];
  /** Whether some member has a key every object inherits: such values are built with own-property care. */
  readonly hasInheritedKeys: boolean;
  /** Finds a member by a name read from the wire, ignoring letter case as the reference does. */
  findField(name: string): FieldPlan | undefined;
  /** A new empty plain object with room for every member, so that a decoded object stays a fast-property object. */
  newObject(): Record<string, unknown>;
  /** A plain object's own keys and their values, each read once (see `own-values.ts`). */
  readOwnValues(record: Record<string, unknown>): OwnValues;
}

/**
 * The keys every plain object inherits, as the language defines them: fixed here rather than read
 * from `Object.prototype`, which a polluted environment may have added to.
 */
const OBJECT_PROTOTYPE_KEYS: ReadonlySet<string> = new Set([
  "constructor",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "toString",
  "valueOf",
  "__proto__",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
]);

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
      inherited: OBJECT_PROTOTYPE_KEYS.has(m.key),
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
    byKey: new Map(fields.map((field) => [field.key, field])),
    valueTypeFields: fields.filter((field) => field.isValueType),
    hasInheritedKeys: fields.some((field) => field.inherited),
    findField: (name) => exact.get(name) ?? folded.get(name.toLowerCase()),
    newObject: memberObjectMaker(fields.map((field) => field.key)),
    readOwnValues: ownValuesReader(fields.length),
  };
}
