import type { ObjectPlan } from "../schema/plan.js";
import { Failure } from "./errors.js";

/**
 * Refuses an object with a property the schema does not describe: encoding it would drop
 * that value silently. `present` counts the described members that held a value, so the
 * common case costs one `Object.keys` and no lookups.
 */
export function checkOnlyDescribedMembers(plan: ObjectPlan, value: Record<string, unknown>, present: number): void {
  const keys = Object.keys(value);
  if (keys.length === present) return;
  for (const key of keys) {
    if (!plan.keys.has(key) && value[key] != null) {
      throw new Failure("unknown-member", `${plan.schema.typeName} has no member "${key}"`, -1).within(key);
    }
  }
}
