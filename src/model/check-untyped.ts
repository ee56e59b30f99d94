import { Failure } from "../core/errors.js";
import { describeValue, setOwn } from "../core/objects.js";
import { isTyped } from "../schema/dotnet.js";
import type { DictionarySchema, KeySchema } from "../schema/nodes.js";
import { PARSED_SCALARS } from "./check-scalars.js";
import { INVALID, type Check, type Walk } from "./check-walk.js";
import { keyReader } from "./keys.js";
import { checkRecord, nullEntry, type ValueCheck } from "./values.js";

// The value-level check of the two shapes a `Record` cannot describe alone: an untyped (`object`)
// value, and a dictionary whose keys are integers, enums or Guids.

/**
 * An untyped value as the decoders give one back, or as `JSON.parse` does: a string, number,
 * bigint, boolean, `typed` value, an array (whose `null` elements stay) or a plain object (whose
 * values are never null). The result is a copy; its depth counts against `maxDepth`.
 */
export const untypedCheck: Check = (value, walk) => {
  switch (typeof value) {
    case "string":
    case "number":
    case "bigint":
    case "boolean":
      return value;
  }
  if (isTyped(value)) return value;
  if (Array.isArray(value)) {
    return walk.inside(value, () => {
      const out: unknown[] = [];
      let valid = true;
      for (let i = 0; i < value.length; i++) {
        const item = walk.read(value, i);
        const checked = item === null || item === undefined ? null : item === INVALID ? INVALID : walk.at(i, untypedCheck, item);
        if (checked === INVALID) valid = false;
        out.push(checked);
      }
      return valid ? out : INVALID;
    });
  }
  const record = walk.attempt(() => plainRecord(value));
  if (record === INVALID) return INVALID;
  return walk.inside(record, () => {
    const keys = walk.attempt(() => Object.keys(record));
    if (keys === INVALID) return INVALID;
    const out: Record<string, unknown> = {};
    let valid = true;
    for (const key of keys) {
      const item = walk.read(record, key);
      const checked = item === null || item === undefined ? walk.reportAt(key, nullEntry()) : item === INVALID ? INVALID : walk.at(key, untypedCheck, item);
      if (checked === INVALID) valid = false;
      else setOwn(out, key, checked);
    }
    return valid ? out : INVALID;
  });
};

function plainRecord(value: unknown): Record<string, unknown> {
  const prototype = typeof value === "object" && value !== null ? (Object.getPrototypeOf(value) as unknown) : undefined;
  if (prototype !== Object.prototype && prototype !== null) {
    throw new Failure("type-mismatch", `an untyped value is a string, number, bigint, boolean, array or plain object, not ${describeValue(value)}`, -1);
  }
  return value as Record<string, unknown>;
}

/**
 * A `Dictionary<int, T>` (or an enum or Guid key): a `Map`, as the decoders give one, or a plain
 * object whose keys are the keys' text, as `JSON.parse` gives one. The result is a `Map`.
 */
export function keyedDictionaryCheck(schema: DictionarySchema, key: KeySchema, entry: Check): Check {
  const what = schema.typeName === undefined ? "a dictionary" : `a ${schema.typeName}`;
  const fromText = keyReader(key)!;
  const fromValue = (PARSED_SCALARS[key.kind] as (node: KeySchema) => ValueCheck)(key);
  return (value, walk) => {
    const entries = walk.attempt(() => (value instanceof Map ? [...value] : Object.entries(checkRecord(value, what))));
    if (entries === INVALID) return INVALID;
    return walk.inside(value as object, () => {
      const out = new Map<unknown, unknown>();
      let valid = true;
      for (const [rawKey, item] of entries) {
        const segment = typeof rawKey === "string" || typeof rawKey === "number" ? rawKey : String(rawKey);
        const checkedKey = walk.attempt(() => (typeof rawKey === "string" ? fromText(rawKey, -1) : fromValue(rawKey)));
        const checked = item === null || item === undefined ? walk.reportAt(segment, nullEntry()) : walk.at(segment, entry, item);
        if (checkedKey === INVALID || checked === INVALID) valid = false;
        else out.set(checkedKey, checked);
      }
      return valid ? out : INVALID;
    });
  };
}
