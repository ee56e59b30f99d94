import { Failure, thrownWhileReading } from "../core/errors.js";
import { quoteText } from "../core/objects.js";
import type { FieldPlan, ObjectPlan } from "./plan.js";
import { checkRecord } from "./values.js";
import { fastPaths } from "./fast-paths.js";

// ServiceStack's object rules on the way out, written once for every encoder: members in
// declaration order; a member that is missing or null is left out, unless it is a value type,
// which is written as its default; an own property the schema does not describe is refused, since
// writing the object without it would lose it silently.

/**
 * The values of an object's members in declaration order: `undefined` for a member left out,
 * the default for a missing value type (`own`: the value's {@link ownEntries}, when already read).
 * A plain object's own keys are walked once (reading the same names across objects of many
 * shapes is slow); a class instance's members are read as properties, so its accessors
 * (`get title()`) are written too. A getter or Proxy trap that
 * throws becomes a `Failure` with the original as its `cause`.
 */
export function memberValues(plan: ObjectPlan, value: unknown, own: OwnEntries = ownEntries(plan, value)): unknown[] {
  const fields = plan.fields;
  const values = new Array<unknown>(fields.length);
  const { keys, items } = own;
  if (items !== undefined) {
    // Keys usually come in declaration order, some left out: each is looked for after the last
    // one found, until one is not (out of order, or undescribed); from then on, by name.
    let next = 0;
    let ordered = true;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const item = items[k];
      let field: FieldPlan | undefined;
      if (ordered && fastPaths.enabled) {
        let f = next;
        while (f < fields.length && fields[f]!.key !== key) f++;
        if (f < fields.length) {
          field = fields[f]!;
          next = f + 1;
        } else {
          ordered = false;
        }
      }
      if (field === undefined) field = plan.byKey.get(key);
      if (field !== undefined) {
        if (item !== null) values[field.index] = item;
      } else if (item !== null && item !== undefined) {
        throw undescribed(plan, key);
      }
    }
  } else {
    const record = value as Record<string, unknown>;
    for (const field of fields) {
      // `toString` and the like are members only where the object holds them itself.
      if (field.inherited && !Object.hasOwn(record, field.key)) continue;
      const item = guarded(field.key, () => record[field.key]);
      if (item !== null) values[field.index] = item;
    }
    for (const key of keys) {
      if (!plan.byKey.has(key) && guarded(key, () => record[key]) != null) throw undescribed(plan, key);
    }
  }
  const valueTypes = plan.valueTypeFields;
  for (let i = 0; i < valueTypes.length; i++) {
    const field = valueTypes[i]!;
    if (values[field.index] === undefined) values[field.index] = field.defaultValue;
  }
  return values;
}

/** An object's own keys and, for a plain object, their values. */
export interface OwnEntries {
  readonly keys: readonly string[];
  /** The values of `keys`, for a plain object only. */
  readonly items: readonly unknown[] | undefined;
}

/**
 * An object's own keys and, for a plain object, their values, read at once; no values for an
 * object with another prototype (a class instance), whose members are read as properties, so
 * that its accessors count. Throws a `Failure` for a value that is no object.
 */
export function ownEntries(plan: ObjectPlan, value: unknown): OwnEntries {
  const record = checkRecord(value, plan.schema.typeName);
  const prototype = guarded("", () => Object.getPrototypeOf(record) as unknown);
  if (prototype === Object.prototype || prototype === null) return plan.readOwnValues(record);
  return { keys: guarded("", () => Object.keys(record)), items: undefined };
}

function undescribed(plan: ObjectPlan, key: string): Failure {
  return new Failure("unknown-member", `${plan.schema.typeName} has no member ${quoteText(key)}`, -1).within(key);
}

/** Runs a read of the user's object; what a getter or Proxy throws is reported at its member, not passed through raw. */
function guarded<T>(key: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    const failure = thrownWhileReading(error);
    throw key === "" ? failure : failure.within(key);
  }
}
