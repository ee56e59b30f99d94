import { Failure } from "../core/errors.js";
import { quoteText, setOwn } from "../core/objects.js";
import type { FieldPlan, ObjectPlan } from "./plan.js";

// ServiceStack's object rules on the way in, written once for every decoder: members are found
// by name ignoring case; an unknown one is skipped, or reported when strict; a member given twice
// keeps the last, or is reported when strict; value-type members missing or null get their
// default, reference-type ones stay absent. A decoder reads names and values in its own syntax
// and calls these; the paths and messages are the same in every format.

/** Marks a slot no member has filled yet (distinct from a member read as null). */
export const UNSET: unique symbol = Symbol("unset");

/** One slot per member, in declaration order, for the object being read. */
export function emptySlots(plan: ObjectPlan): unknown[] {
  return new Array<unknown>(plan.fields.length).fill(UNSET);
}

/**
 * The member a name read from the wire stands for; `undefined` when there is none, which the
 * decoder skips. Strict: an unknown name is `unknown-member` at `at`, its path ending in the name.
 */
export function memberNamed(plan: ObjectPlan, name: string, strict: boolean, at: number): FieldPlan | undefined {
  const field = plan.findField(name);
  if (field === undefined && strict) {
    throw new Failure("unknown-member", `${plan.schema.typeName} has no member ${quoteText(name)}`, at).within(name);
  }
  return field;
}

/**
 * Called before a member's value is read. Strict: a member read before (under any spelling of
 * its name) is `duplicate-member` at `at`, its path ending in the member.
 */
export function claimMember(slots: readonly unknown[], field: FieldPlan, name: string, strict: boolean, at: number): void {
  if (strict && slots[field.index] !== UNSET) {
    throw new Failure("duplicate-member", `${quoteText(name)} appears twice`, at).within(field.key);
  }
}

/**
 * The decoded object, members in declaration order: what was read, and the default of each
 * value-type member that was missing or null. Reference-type members stay absent.
 */
export function buildObject(plan: ObjectPlan, slots: readonly unknown[]): Record<string, unknown> {
  const fields = plan.fields;
  const out = plan.newObject();
  for (let i = 0; i < fields.length; i++) {
    const value = slots[i];
    const field = fields[i]!;
    if (value !== UNSET && value !== undefined) setMember(out, field, value);
    else if (field.isValueType) setMember(out, field, field.defaultValue);
  }
  return out;
}

/**
 * {@link buildObject} for a decoder that meets members in declaration order and stores each into
 * `out` (from `plan.newObject()`) as it reads it, with no slots: before a member at `field.index`,
 * and once after the last (`plan.fields.length`), the value-type members skipped since `from`
 * get their default. The object is the same, key for key and in the same order.
 */
export function fillDefaults(plan: ObjectPlan, out: Record<string, unknown>, from: number, to: number): void {
  const fields = plan.fields;
  for (let i = from; i < to; i++) {
    const field = fields[i]!;
    if (field.isValueType) setMember(out, field, field.defaultValue);
  }
}

/** Stores a member read in declaration order (see {@link fillDefaults}): a value, or for a missing or null value type its default. */
export function storeMember(out: Record<string, unknown>, field: FieldPlan, value: unknown): void {
  if (value !== undefined) setMember(out, field, value);
  else if (field.isValueType) setMember(out, field, field.defaultValue);
}

/**
 * The slots of an object stored in declaration order up to member `next` (see {@link fillDefaults}),
 * for a lenient decoder that then meets a member out of order: each member there is taken as read,
 * which gives the same object (a default stands for a value type either way). Strict decoders keep
 * slots throughout, because a member read twice is an error only they report.
 */
export function slotsOf(plan: ObjectPlan, out: Record<string, unknown>, next: number): unknown[] {
  const slots = emptySlots(plan);
  const fields = plan.fields;
  for (let i = 0; i < next; i++) {
    const key = fields[i]!.key;
    if (Object.hasOwn(out, key)) slots[i] = out[key];
  }
  return slots;
}

/** A member may be keyed `__proto__` (a C# identifier), which plain assignment would not store. */
function setMember(out: Record<string, unknown>, field: FieldPlan, value: unknown): void {
  if (field.inherited) setOwn(out, field.key, value);
  else out[field.key] = value;
}

/**
 * The key of a dictionary entry whose key reads `text` at `at`: the text itself, or what `readKey`
 * makes of it for keys that are not strings (held in `map`). A key already there is
 * `duplicate-key` when strict; otherwise the last wins.
 */
export function claimEntry(
  readKey: ((text: string, at: number) => unknown) | undefined,
  out: Record<string, unknown>,
  map: Map<unknown, unknown> | undefined,
  text: string,
  strict: boolean,
  at: number,
): unknown {
  const key = readKey === undefined ? text : readKey(text, at);
  if (strict && (map === undefined ? Object.hasOwn(out, text) : map.has(key))) throw new Failure("duplicate-key", `the key ${quoteText(text)} appears twice`, at);
  return key;
}

/** Stores an entry claimed with {@link claimEntry}: under its text in `out`, or its key in `map`. */
export function storeEntry(out: Record<string, unknown>, map: Map<unknown, unknown> | undefined, text: string, key: unknown, value: unknown): void {
  if (map === undefined) setOwn(out, text, value);
  else map.set(key, value);
}
