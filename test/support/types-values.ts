import { resolveSchema } from "../../src/model/compile.js";
import { dateTime, decimal, double, guid, toCamelCase, typed, type NameCase, type Schema } from "../../src/index.js";
import type { PlatformNumber } from "./platform-digits.js";
import { isTyped } from "../../src/schema/dotnet.js";

// The vectors' value language (fixtures/vectors/types-README.md) as evo-codec's JavaScript values:
// `long` as bigint, `"NaN"`/`"-0"` as numbers, `byte[]` base64 as a Uint8Array, dictionaries
// (`[[key, value], …]`) as plain objects, or as a Map where a plain object would reorder the keys
// (JavaScript lists integer-like keys first), members by their JavaScript keys, nulls left out.

/** A number of the value language: a JSON number, or `"NaN"`, `"Infinity"`, `"-Infinity"`, `"-0"`, or digits (reads). */
export function numberOf(value: unknown): number {
  if (typeof value === "number") return value;
  if (value === "-0") return -0;
  return Number(value as string);
}

/**
 * The JavaScript value of `value`, described by `schema`. A null member is left out; a null list
 * element or dictionary value is kept as `null`, for the caller to see (evo-codec refuses a null
 * dictionary value, and writes a null element only of an untyped list). `nameCase` names the
 * members of a class inside an untyped slot, which are written as they are keyed.
 */
export function jsValue(schema: Schema, value: unknown, nameCase: NameCase = "camel"): unknown {
  if (value === null || value === undefined) return undefined;
  const node = resolveSchema(schema);
  switch (node.kind) {
    case "string":
    case "boolean":
    case "decimal":
    case "dateTime":
    case "dateTimeOffset":
    case "timeSpan":
    case "guid":
    case "char":
      return value;
    case "integer":
      return typeof node.min === "bigint" ? BigInt(value as string | number) : Number(value);
    case "number":
      return numberOf(value);
    case "bytes":
      return new Uint8Array(Buffer.from(value as string, "base64"));
    case "enum": {
      // The value language gives an enum's number.
      const index = node.numbers.indexOf(value as number);
      return index >= 0 ? node.values[index] : value;
    }
    case "flags":
      return value;
    case "untyped":
      return untypedValue(value as Tagged, nameCase);
    case "nullable":
      return jsValue(node.inner, value, nameCase);
    case "list":
      return (value as unknown[]).map((item) => (item === null ? null : jsValue(node.element, item, nameCase)));
    case "dictionary": {
      const entries = (value as [unknown, unknown][]).map(([key, item]) => [key, item === null ? null : jsValue(node.value, item, nameCase)] as const);
      if (node.key !== undefined) return new Map(entries.map(([key, item]) => [jsValue(node.key!, key, nameCase), item]));
      return dictionaryOf(entries as (readonly [string, unknown])[]);
    }
    case "object": {
      const out: Record<string, unknown> = {};
      for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
        const m = node.members.find((member) => member.name === name);
        if (m === undefined) throw new Error(`${node.typeName} has no member ${name}`);
        const converted = jsValue(m.schema, item, nameCase);
        if (converted !== undefined) out[m.key] = converted;
      }
      return out;
    }
  }
}

/** A plain object of the entries, or a Map where a plain object would reorder them (integer-like keys). */
function dictionaryOf(entries: readonly (readonly [string, unknown])[]): unknown {
  const record: Record<string, unknown> = {};
  for (const [key, item] of entries) Object.defineProperty(record, key, { value: item, enumerable: true, writable: true, configurable: true });
  const keepsOrder = Object.keys(record).every((key, i) => key === entries[i]![0]);
  return keepsOrder ? record : new Map(entries);
}

/** A value whose string-keyed dictionaries are plain objects, as decoders give them (a Map only kept their order). */
export function withPlainDictionaries(schema: Schema, value: unknown): unknown {
  if (value === undefined || value === null) return value;
  const node = resolveSchema(schema);
  switch (node.kind) {
    case "nullable":
      return withPlainDictionaries(node.inner, value);
    case "list":
      return (value as unknown[]).map((item) => withPlainDictionaries(node.element, item));
    case "dictionary": {
      const entries = [...(value instanceof Map ? value : Object.entries(value as object))].map(([key, item]) => [key, withPlainDictionaries(node.value, item)] as const);
      if (node.key !== undefined) return new Map(entries);
      const out: Record<string, unknown> = {};
      for (const [key, item] of entries) Object.defineProperty(out, key as string, { value: item, enumerable: true, writable: true, configurable: true });
      return out;
    }
    case "object": {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value as object)) out[key] = withPlainDictionaries(node.shape[key]!, item);
      return out;
    }
    default:
      return value;
  }
}

/** An untyped slot of the value language: `{"$type": T, "value": v}`. */
export interface Tagged {
  readonly $type: string;
  readonly value: unknown;
}

/**
 * An untyped slot's JavaScript value: strings, numbers and booleans as they are, a `long` past
 * 2^53 as a bigint, an enum by name, a `decimal`, `DateTime` or `Guid` as a typed value, an `Item`
 * as a plain object with its `__type` first and its members named as written.
 */
export function untypedValue(tagged: Tagged | null, nameCase: NameCase): unknown {
  if (tagged === null) return null;
  const { $type: type, value } = tagged;
  switch (type) {
    case "string":
    case "bool":
    case "int":
      return value;
    case "double":
      return numberOf(value);
    case "double as written":
      return typed(double(), value);
    case "long": {
      const big = BigInt(value as string);
      return big <= BigInt(Number.MAX_SAFE_INTEGER) && big >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
    }
    case "decimal":
      return typed(decimal(), value);
    case "DateTime":
      return typed(dateTime(), value);
    case "Guid":
      return typed(guid(), value);
    case "Color":
      return ["Red", "Green", "Blue"][value as number] ?? value;
    case "Item": {
      const item = value as Record<string, unknown>;
      const out: Record<string, unknown> = { __type: "TestDtos.Item, Harness" };
      for (const name of ["Id", "Name", "Price"]) {
        if (item[name] !== null) out[nameCase === "camel" ? toCamelCase(name) : name] = name === "Price" ? numberOf(item[name]) : item[name];
      }
      return out;
    }
    case "List<object>":
    case "List<string>":
      return (value as unknown[]).map((element) => (type === "List<string>" || element === null ? element : untypedValue(element as Tagged, nameCase)));
    case "Dictionary<string,object>":
      return dictionaryOf((value as [string, Tagged | null][]).map(([key, element]) => [key, untypedValue(element, nameCase)] as const));
    default:
      throw new Error(`no untyped value of type ${type}`);
  }
}

/** Whether a JavaScript value holds a `null` (a list element or dictionary value the reference writes or skips). */
export function holdsNull(value: unknown): boolean {
  if (value === null) return true;
  if (value instanceof Map) return [...value.values()].some(holdsNull);
  // A null element is a value of an untyped list (the only lists that hold one here).
  if (Array.isArray(value)) return value.some((item) => item !== null && holdsNull(item));
  if (isTyped(value)) return false;
  if (typeof value === "object" && value !== undefined && !(value instanceof Uint8Array)) return Object.values(value).some(holdsNull);
  return false;
}

/** `value` without its null dictionary entries, which the reference leaves out. */
export function withoutNullEntries(value: unknown): unknown {
  if (isTyped(value)) return value;
  if (value instanceof Map) return new Map([...value].filter(([, item]) => item !== null).map(([key, item]) => [key, withoutNullEntries(item)]));
  if (Array.isArray(value)) return value.map(withoutNullEntries);
  if (typeof value === "object" && value !== null && !(value instanceof Uint8Array)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== null) Object.defineProperty(out, key, { value: withoutNullEntries(item), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

/** One step of a `platformSensitive` path: a member name, a list index or a dictionary key. */
export type Step = { name: string } | { index: number } | { key: string };

export function stepsOf(path: string): Step[] {
  const steps: Step[] = [];
  let pos = 0;
  while (pos < path.length) {
    if (path[pos] === ".") pos++;
    if (path[pos] === "[" && path[pos + 1] === '"') {
      let end = pos + 2;
      while (path[end] !== '"') end += path[end] === "\\" ? 2 : 1;
      steps.push({ key: JSON.parse(path.slice(pos + 1, end + 1)) as string });
      pos = end + 2;
    } else if (path[pos] === "[") {
      const end = path.indexOf("]", pos);
      steps.push({ index: Number(path.slice(pos + 1, end)) });
      pos = end + 1;
    } else {
      let end = pos;
      while (end < path.length && path[end] !== "." && path[end] !== "[") end++;
      steps.push({ name: path.slice(pos, end) });
      pos = end;
    }
  }
  return steps;
}

/** An untyped (`object`) slot of the value language: `{"$type": "double", "value": 0.3}`. */
function untag(value: unknown): unknown {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "$type" in value ? (value as unknown as { value: unknown }).value : value;
}

/**
 * Follows `path` through a value-language value and its schema (unknown inside untyped slots),
 * and calls `at` with the container and the slot that holds the number.
 */
function follow(schema: Schema | undefined, value: unknown, path: string, at: (holder: unknown, slot: string | number, float: boolean) => void): void {
  let node = schema === undefined ? undefined : resolveSchema(schema);
  let holder: unknown;
  let slot: string | number = "";
  let current = value;
  for (const step of stepsOf(path)) {
    current = untag(current);
    if (node?.kind === "nullable") node = resolveSchema(node.inner);
    if ("name" in step) {
      const m = node?.kind === "object" ? node.members.find((member) => member.name === step.name) : undefined;
      node = m === undefined ? undefined : resolveSchema(m.schema);
      [holder, slot] = [current, step.name];
    } else if ("index" in step) {
      node = node?.kind === "list" ? resolveSchema(node.element) : undefined;
      [holder, slot] = [current, step.index];
    } else {
      node = node?.kind === "dictionary" ? resolveSchema(node.value) : undefined;
      const entry = (current as [string, unknown][]).find(([key]) => key === step.key)!;
      [holder, slot] = [entry, 1];
    }
    current = (holder as Record<string | number, unknown>)[slot];
  }
  if (node?.kind === "nullable") node = resolveSchema(node.inner);
  const tagged = typeof current === "object" && current !== null && "$type" in current;
  if (tagged) [holder, slot] = [current, "value"];
  at(holder, slot, node?.kind === "number" && node.typeName === "float");
}

/** The numbers at a line's `platformSensitive` paths, with whether each is a float. */
export function platformNumbers(schema: Schema, value: unknown, paths: readonly string[] = []): PlatformNumber[] {
  return paths.map((path) => {
    let found: PlatformNumber | undefined;
    follow(schema, value, path, (holder, slot, float) => {
      found = { path, value: numberOf((holder as Record<string | number, unknown>)[slot]), float };
    });
    return found!;
  });
}

/** A copy of a value-language value with the numbers at some paths replaced (by what a decoder reads from the recorded text). */
export function withNumbers(schema: Schema, value: unknown, numbers: ReadonlyMap<string, number>, recordedText: ReadonlyMap<string, string> = new Map()): unknown {
  const copy = structuredClone(value);
  for (const [path, number] of numbers) {
    follow(schema, copy, path, (holder, slot) => {
      const spelled = Object.is(number, -0) ? "-0" : Number.isFinite(number) ? number : String(number);
      // In an untyped slot the decoder keeps the recorded text (JSV) or reads it as written (JSON).
      if (slot === "value" && (holder as Tagged).$type === "double") (holder as { $type: string }).$type = "double as written";
      (holder as Record<string | number, unknown>)[slot] = slot === "value" && (holder as Tagged).$type === "double as written" ? recordedText.get(path) : spelled;
    });
  }
  return copy;
}
