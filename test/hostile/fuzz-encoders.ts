import { csv } from "../../src/csv/index.js";
import { dictionary, ENCODE_ERROR_CODES, EncodeError, json, jsonl, jsv, lazy, list, listOf, object, SessionInfo, string, type Format, type Schema } from "../../src/index.js";
import { resolveSchema } from "../../src/model/compile.js";
import { planObject } from "../../src/model/plan.js";
import { sessionVectors } from "../support/vectors.js";
import { random } from "./fuzz-harness.js";

// The encoders' contract (README, "The contract"), over values a program may really hand them:
// the reference's sessions with one to three parts replaced by class instances, accessors,
// prototypes, frozen objects and pass-through Proxies (which must write exactly what the plain
// value writes), or by getters and Proxy traps that throw, revoked Proxies, cycles, huge strings
// and values of every wrong type. An encoder returns text its decoder reads, or throws its
// EncodeError; nothing else escapes, a thrown error is kept as `cause`, and the encoder works
// normally afterwards.

const Sessions = listOf(SessionInfo);
const sessions = sessionVectors.filter((v) => v.kind === "single").map((v) => v.value);

/** A recursive type, whose values can contain themselves. */
const Tree: Schema = object("Tree", { name: string(), children: list(lazy(() => Tree)), byName: dictionary(lazy(() => Tree)) });
const Trees = listOf(Tree);

function tree(next: () => number, depth = 0): Record<string, unknown> {
  const node: Record<string, unknown> = { name: `n${Math.floor(next() * 100)}` };
  if (depth < 4 && next() < 0.6) node["children"] = Array.from({ length: Math.floor(next() * 3) }, () => tree(next, depth + 1));
  if (depth < 4 && next() < 0.4) node["byName"] = { [`k${depth}`]: tree(next, depth + 1) };
  return node;
}
const CODECS = { json, jsv, csv, jsonl } as const;

/** The thrown error of every hostile getter and trap: a `cause` must be it, or a revoked Proxy's TypeError. */
const BOOM = new Error("boom from the caller's getter");
const boom = (): never => {
  throw BOOM;
};

/** A place in a value: its holder and key (`undefined` for the root), and the schema of what is there. */
interface Slot {
  holder: Record<string | number, unknown> | undefined;
  key: string | number;
  schema: Schema;
}

/** Reads what the fuzzer itself put in a value, where an earlier change may have made reading throw. */
function safely<T>(read: () => T, otherwise: T): T {
  try {
    return read();
  } catch {
    return otherwise;
  }
}

/** Every place in `value` (a deep copy the fuzzer may change), walking `schema`; places that cannot be read are passed over. */
function slotsOf(schema: Schema, value: unknown): Slot[] {
  const out: Slot[] = [{ holder: undefined, key: "", schema }];
  const seen = new Set<unknown>();
  const walk = (schema: Schema, value: unknown): void => {
    const node = resolveSchema(schema);
    if (typeof value !== "object" || value === null || seen.has(value)) return;
    seen.add(value);
    const holder = value as Record<string | number, unknown>;
    const visit = (key: string | number, inner: Schema) => {
      out.push({ holder, key, schema: inner });
      walk(inner, safely(() => holder[key], undefined));
    };
    const keys = safely(() => Object.keys(holder), []);
    if (node.kind === "list") keys.forEach((_, i) => visit(i, node.element));
    else if (node.kind === "dictionary") for (const key of keys) visit(key, node.value);
    else if (node.kind === "object") for (const field of planObject(node).fields) if (keys.includes(field.key)) visit(field.key, field.schema);
  };
  walk(schema, value);
  return out;
}

/** What the fuzzer made (a class instance, a Proxy…): copying it as a plain object would drop its data. */
const made = new WeakSet<object>();

/** A value that must write exactly as `original` does: the same data, held another way. */
function equivalent(original: unknown, kind: string, next: () => number): unknown | undefined {
  if (typeof original !== "object" || original === null || made.has(original)) return undefined;
  const plain = original as Record<string, unknown>;
  const choices: (() => unknown)[] = [() => Object.freeze(Array.isArray(original) ? [...original] : { ...plain }), () => new Proxy(plain, {})];
  if (kind !== "list") choices.push(() => Object.assign(Object.create(null) as object, plain));
  if (kind === "object") {
    choices.push(
      // A class whose members are accessors on its prototype, over data of its own.
      () => {
        const data = { ...plain };
        class Dto {}
        for (const key of Object.keys(data)) Object.defineProperty(Dto.prototype, key, { get: () => data[key] });
        return new Dto();
      },
      // Its members on its prototype.
      () => Object.create({ ...plain }) as unknown,
    );
  }
  const copy = choices[Math.floor(next() * choices.length)]!() as object;
  made.add(copy);
  return copy;
}

const WRONG: readonly unknown[] = [0, -0, 1.5, Number.NaN, Infinity, 10n, Symbol("s"), () => "f", new Date(0), new Map([["a", 1]]), new Set([1]), Uint8Array.of(1), /x/, Object("boxed"), [], {}, null, undefined, true, "text"];
/** Long strings, within reason: a few hundred thousand characters, escapes and all. */
const HUGE = ['"\\\n\u0001,:[]{}'.repeat(20_000), "é🎉\u2028".repeat(50_000), "x".repeat(1 << 18)];

/** A value the encoder may refuse (or, for a huge string, must write), in place of `original`. */
function hostile(original: unknown, root: unknown, next: () => number): unknown {
  const object = typeof original === "object" && original !== null ? (original as object) : {};
  switch (Math.floor(next() * 7)) {
    case 0:
      return WRONG[Math.floor(next() * WRONG.length)];
    case 1:
      return new Proxy(object, { [["get", "ownKeys", "getOwnPropertyDescriptor", "getPrototypeOf", "has"][Math.floor(next() * 5)]!]: boom });
    case 2: {
      const { proxy, revoke } = Proxy.revocable(object, {});
      revoke();
      return proxy;
    }
    case 3:
      return root; // a cycle, when the slot is inside the root
    case 4:
      return HUGE[Math.floor(next() * HUGE.length)];
    case 5:
      return Array.isArray(original) ? [...original, null] : { ...object, undescribed: "kept?" };
    default:
      // A hole at the end of a list; an object stays as it is.
      return Array.isArray(original) ? Object.assign([...original], { length: original.length + 1 }) : original;
  }
}

export interface EncoderCounts {
  format: Format;
  seed: number;
  inputs: number;
  texts: number;
  errors: number;
  /** Inputs whose changes all hold the same data: their text was compared with the plain value's. */
  comparedWithPlain: number;
  codes: Record<string, number>;
}

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).join(",");

/** Runs `count` hostile values through one encoder; throws (with the seed and the input's number) at the first broken promise. */
export function fuzzEncoder(format: Format, count: number, seed: number): EncoderCounts {
  const next = random(seed);
  const codec = CODECS[format];
  // CSV and JSON Lines write lists of rows; every format gets sessions, and trees, which can hold cycles.
  const tabular = format === "csv" || format === "jsonl";
  const encodeAs = (schema: Schema, value: unknown) => (codec.encode as (schema: Schema, value: unknown) => string)(schema, value);
  const decodeAs = (schema: Schema, text: string) => (codec.decode as (schema: Schema, text: string) => unknown)(schema, text);
  const counts: EncoderCounts = { format, seed, inputs: 0, texts: 0, errors: 0, comparedWithPlain: 0, codes: {} };
  const check = tabular ? [sessions[0]] : sessions[0];
  const checkSchema = tabular ? Sessions : SessionInfo;
  const checkText = encodeAs(checkSchema, check);
  for (let i = 0; i < count; i++) {
    const fail = (problem: string, cause?: unknown) => new Error(`${format} encoder fuzz, seed ${seed}, input #${i}: ${problem}`, { cause });
    const trees = next() < 0.3;
    const schema = trees ? (tabular ? Trees : Tree) : tabular ? Sessions : SessionInfo;
    const encode = (value: unknown) => encodeAs(schema, value);
    const decode = (text: string) => decodeAs(schema, text);
    const start = Math.floor(next() * sessions.length);
    const rows = 1 + Math.floor(next() * 3);
    const plain = trees
      ? tabular ? Array.from({ length: rows }, () => tree(next)) : tree(next)
      : structuredClone(tabular ? sessions.slice(start, start + rows) : sessions[start]);
    const expected = encode(plain);
    let value: unknown = structuredClone(plain);
    let same = true;
    for (let edits = 1 + Math.floor(next() * 3); edits > 0; edits--) {
      const slots = slotsOf(schema, value);
      const slot = slots[Math.floor(next() * slots.length)]!;
      const holder = slot.holder;
      const original = holder === undefined ? value : safely(() => holder[slot.key], undefined);
      const kind = resolveSchema(slot.schema).kind;
      let replacement: unknown;
      if (next() < 0.5) {
        // What an earlier change made unreadable cannot be copied: it stays, and it is no longer the same data.
        replacement = safely(() => equivalent(original, kind, next) ?? original, BOOM);
        if (replacement === BOOM) {
          replacement = original;
          same = false;
        }
      } else {
        replacement = safely(() => hostile(original, value, next), original);
        if (typeof replacement === "object" && replacement !== null && replacement !== original) made.add(replacement);
        same = false;
      }
      if (holder === undefined) value = replacement;
      else if (next() < 0.1) {
        // A getter that throws, in place of the member, element or entry.
        safely(() => Object.defineProperty(holder, slot.key, { get: boom, enumerable: true, configurable: true }), undefined);
        same = false;
      } else if (!safely(() => Reflect.set(holder, slot.key, replacement), false)) same = false;
    }
    counts.inputs++;
    let text: string;
    try {
      text = encode(value);
    } catch (error) {
      counts.errors++;
      if (!(error instanceof EncodeError)) throw fail(`threw ${String(error)} instead of an EncodeError`, error);
      if (error.format !== format || !(ENCODE_ERROR_CODES as readonly string[]).includes(error.code) || typeof error.path !== "string") {
        throw fail(`a malformed EncodeError: ${error.format} ${error.code} ${String(error.path)}`, error);
      }
      const cause = (error as { cause?: unknown }).cause;
      // A cause is what the caller's object threw; anything else is evo-codec's own fault, masked.
      if (cause !== undefined && cause !== BOOM && !(cause instanceof TypeError && /revoked/.test(cause.message))) {
        throw fail(`an EncodeError caused by ${String(cause)}, which no hostile value throws`, error);
      }
      counts.codes[error.code] = (counts.codes[error.code] ?? 0) + 1;
      if (same) throw fail(`refused a value that holds the same data as one it writes: ${error.message}`, error);
      continue;
    }
    counts.texts++;
    if (same) {
      counts.comparedWithPlain++;
      if (text !== expected) {
        let at = 0;
        while (text[at] === expected[at]) at++;
        throw fail(`wrote a value held another way differently from the plain value, at ${at}: ${JSON.stringify(text.slice(Math.max(0, at - 60), at + 60))} where the plain value gives ${JSON.stringify(expected.slice(Math.max(0, at - 60), at + 60))}`);
      }
    }
    try {
      decode(text);
    } catch (error) {
      throw fail(`wrote text that its own decoder refuses: ${String(error)}`, error);
    }
    if (Object.getOwnPropertyNames(Object.prototype).join(",") !== PROTOTYPE_KEYS) throw fail("Object.prototype changed");
    if (i % 97 === 0 && encodeAs(checkSchema, check) !== checkText) throw fail("the encoder no longer writes a valid value the same");
  }
  return counts;
}
