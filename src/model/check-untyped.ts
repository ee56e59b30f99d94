import { Failure } from "../core/errors.js";
import { describeValue, quoteText } from "../core/objects.js";
import { MAX_DECIMAL } from "../core/untyped-writer.js";
import { isTyped, typed } from "../schema/dotnet.js";
import type { DictionarySchema, KeySchema, Schema } from "../schema/nodes.js";
import { PARSED_SCALARS } from "./check-scalars.js";
import { type Check, checkEntries, INVALID, type Walk } from "./check-walk.js";
import { keyReader } from "./keys.js";
import { checkRecord, nullEntry, type ValueCheck } from "./values.js";

// The value-level check of the two shapes a `Record` cannot describe alone: an untyped (`object`)
// value, and a dictionary whose keys are integers, enums or Guids.

/**
 * The check of an untyped value as the decoders give one back, or as `JSON.parse` does: a string,
 * number, bigint, boolean, an array (whose `null` elements stay), a plain object (whose values are
 * never null) or a `typed` value, whose value is checked as its schema's (`checkerOf`). The result
 * is a copy; its depth counts against `maxDepth`.
 */
export function untypedChecker(checkerOf: (schema: Schema) => Check): Check {
  const untypedCheck: Check = (value, walk) => {
    switch (typeof value) {
      case "string":
      case "boolean":
        return value;
      case "bigint":
        return walk.attempt(() => untypedBigInt(value));
      case "number":
        return walk.attempt(() => untypedNumber(value));
    }
    if (isTyped(value)) {
      return walk.inside(value, () => {
        const check = walk.attempt(() => checkerOf(value.schema));
        if (check === INVALID) return INVALID;
        const inner = value.value === null || value.value === undefined ? walk.report(new Failure("null-value", "a typed value holds no value", -1)) : check(value.value, walk);
        return inner === INVALID ? INVALID : typed(value.schema, inner);
      });
    }
    return containerCheck(value, walk, untypedCheck);
  };
  return untypedCheck;
}

/** An untyped list or plain object, its items checked with `untypedCheck`. */
function containerCheck(value: unknown, walk: Walk, untypedCheck: Check): unknown {
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
  return walk.inside(record, () => checkEntries(record, walk, untypedCheck));
}

/**
 * A number as the JSON decoder gives one back: finite (JSON has no infinities; JSON.parse makes
 * one of a number too large), and an integer only within the safe range (the decoder gives a larger
 * one as a `bigint`; JSON.parse has rounded it).
 */
function untypedNumber(value: number): number {
  if (!Number.isFinite(value)) throw new Failure("invalid-number", `${value} is not a number JSON holds`, -1);
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
    throw new Failure("invalid-number", `${value} is past the integers a number holds exactly (JSON.parse may have rounded it): give it as a bigint`, -1);
  }
  return value;
}

/** A bigint as the encoders take one: within what a .NET integer or decimal holds. */
function untypedBigInt(value: bigint): bigint {
  if (value > MAX_DECIMAL || value < -MAX_DECIMAL) throw new Failure("invalid-number", `${value} is beyond every .NET integer and decimal (±${MAX_DECIMAL})`, -1);
  return value;
}

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
  const keyCheck: Check = (rawKey, walk) => walk.attempt(() => (typeof rawKey === "string" ? fromText(rawKey, -1) : fromValue(rawKey)));
  return (value, walk) => {
    const entries = walk.attempt(() => (value instanceof Map ? [...value] : Object.entries(checkRecord(value, what))));
    if (entries === INVALID) return INVALID;
    return walk.inside(value as object, () => {
      const out = new Map<unknown, unknown>();
      let valid = true;
      for (const [rawKey, item] of entries) {
        const segment = typeof rawKey === "string" || typeof rawKey === "number" ? rawKey : String(rawKey);
        // A key the type refuses is reported at that key, as the decoders report it.
        const checkedKey = walk.at(segment, keyCheck, rawKey);
        const checked = item === null || item === undefined ? walk.reportAt(segment, nullEntry()) : walk.at(segment, entry, item);
        if (checkedKey === INVALID || checked === INVALID) {
          valid = false;
        } else if (out.has(checkedKey) && (walk.strict || value instanceof Map)) {
          // Two entries of a Map that are one key would lose one silently; a text's repeat is the decoders' rule.
          walk.reportAt(segment, new Failure("duplicate-key", `the key ${quoteText(String(checkedKey))} is given twice`, -1));
          valid = false;
        } else {
          out.set(checkedKey, checked);
        }
      }
      return valid ? out : INVALID;
    });
  };
}
