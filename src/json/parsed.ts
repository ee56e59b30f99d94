import { setOwn } from "../core/objects.js";
import { perSchema } from "../model/compile.js";
import { buildObject, emptySlots, UNSET } from "../model/decode-members.js";
import { assertNever } from "../model/kinds.js";
import { planObject } from "../model/plan.js";
import type { ObjectSchema, ResolvedSchema, Schema } from "../schema/nodes.js";
import { GIVE_UP, JSON_SCALARS, type JsonScalarReader } from "./scalars.js";

/**
 * The fast path: `JSON.parse` (native) builds the tree, and this walk checks it against the
 * schema and copies out the described members. It knows no positions, so at the first thing
 * that is not plainly right it gives up and the scanner in `decode.ts` reads the text again
 * and reports where. Both read the same values: the walk gives up wherever they could differ
 * (a member given twice in different cases, nesting past the limit, anything not of its kind).
 */
type Convert = (node: unknown, depth: number, maxDepth: number) => unknown;

interface Compiled {
  readonly convert: Convert;
  /** Whether an integer member can be reached: `JSON.parse` reads `1.0` and `1` alike, the scanner does not. */
  readonly readsIntegers: boolean;
}

/** The compiled walk of a schema, built once. */
const converterFor: (schema: Schema) => Convert = /* @__PURE__ */ perSchema(compile);
const integersReachable = new WeakMap<Schema, boolean>();

/** The decoded value, or `undefined` when the scanner must read the text instead. */
export function decodeParsed(schema: Schema, text: string, maxDepth: number): unknown {
  const { convert, readsIntegers } = compiledFor(schema);
  // An integer member takes integer literals only (`1`, never `1.0` or `1e0`), which the parsed
  // tree cannot tell apart: where one can be reached, numbers written otherwise go to the scanner.
  if (readsIntegers && !onlyIntegerLiterals(text)) return undefined;
  let tree: unknown;
  try {
    tree = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return undefined;
  }
  try {
    return convert(tree, 1, maxDepth) ?? giveUp();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

function compiledFor(schema: Schema): Compiled {
  const convert = converterFor(schema);
  let readsIntegers = integersReachable.get(schema);
  if (readsIntegers === undefined) {
    readsIntegers = reachesInteger(schema);
    integersReachable.set(schema, readsIntegers);
  }
  return { convert, readsIntegers };
}

function giveUp(): never {
  throw GIVE_UP;
}

function compile(schema: ResolvedSchema): Convert {
  switch (schema.kind) {
    case "string":
    case "boolean":
    case "integer":
    case "number":
    case "bytes":
    case "enum": {
      return (JSON_SCALARS[schema.kind] as (node: typeof schema) => JsonScalarReader)(schema).fromTree;
    }
    case "nullable":
      return converterFor(schema.inner);
    case "list": {
      const element = converterFor(schema.element);
      return (node, depth, maxDepth) => {
        if (!Array.isArray(node)) return node === null ? undefined : giveUp();
        if (depth > maxDepth) giveUp();
        // The parsed array becomes the result, checked in place.
        for (let i = 0; i < node.length; i++) {
          const item: unknown = node[i];
          const value = element(item, depth + 1, maxDepth);
          if (value === undefined) giveUp();
          if (!Object.is(value, item)) node[i] = value;
        }
        return node;
      };
    }
    case "dictionary": {
      const entry = converterFor(schema.value);
      return (node, depth, maxDepth) => {
        if (!isTree(node)) return node === null ? undefined : giveUp();
        if (depth > maxDepth) giveUp();
        // The parsed object becomes the result, checked in place (JSON.parse made `__proto__` an own key).
        for (const key of Object.keys(node)) {
          const item = node[key];
          const value = entry(item, depth + 1, maxDepth);
          if (value === undefined) giveUp();
          if (!Object.is(value, item)) setOwn(node, key, value);
        }
        return node;
      };
    }
    case "object":
      return compileObject(schema);
    default:
      return assertNever(schema);
  }
}

function compileObject(schema: ObjectSchema): Convert {
  const plan = planObject(schema);
  const fields = plan.fields;
  const converts = fields.map((field) => converterFor(field.schema));
  // Only members written under their own key can be kept in place (an alias or a declared name
  // that differs is renamed by the copy below, which finds members by their written names).
  const byKey = new Map(fields.filter((field) => field.camelName === field.key).map((field) => [field.key, field]));
  // Keys every object inherits would need own-property care at each step: such schemas copy.
  const reusable = !plan.hasInheritedKeys;
  return (node, depth, maxDepth) => {
    if (!isTree(node)) return node === null ? undefined : giveUp();
    if (depth > maxDepth) giveUp();
    const keys = Object.keys(node);
    // The common case, JSON as the reference writes it: every key is a member's own name and no
    // value is null. Then the parsed object itself becomes the result, checked in place.
    // (Converting is idempotent, so a half-done pass can still fall back to copying.)
    let checked = 0;
    while (reusable && checked < keys.length) {
      const key = keys[checked]!;
      const field = byKey.get(key);
      const value = node[key];
      if (field === undefined || value === null) break;
      const converted = converts[field.index]!(value, depth + 1, maxDepth);
      if (!Object.is(converted, value)) node[key] = converted;
      checked++;
    }
    if (reusable && checked === keys.length) {
      if (keys.length < fields.length) {
        for (const field of plan.valueTypeFields) if (!(field.key in node)) node[field.key] = field.defaultValue;
      }
      return node;
    }
    const slots = emptySlots(plan);
    for (const key of keys) {
      const field = plan.findField(key);
      const value = node[key];
      if (field === undefined) {
        if (typeof value === "object" && value !== null) checkDepth(value, depth + 1, maxDepth);
        continue;
      }
      // Two keys for one member (`dialState`, `DialState`): the scanner knows which came last.
      if (slots[field.index] !== UNSET) giveUp();
      slots[field.index] = converts[field.index]!(value, depth + 1, maxDepth);
    }
    return buildObject(plan, slots);
  };
}

function isTree(node: unknown): node is Record<string, unknown> {
  return typeof node === "object" && node !== null && !Array.isArray(node);
}

/** An unknown member's value is skipped, but its nesting still counts against the limit. */
function checkDepth(root: object, depth: number, maxDepth: number): void {
  const stack: [unknown, number][] = [[root, depth]];
  while (stack.length > 0) {
    const [node, level] = stack.pop()!;
    if (level > maxDepth) giveUp();
    const children = Array.isArray(node) ? node : Object.values(node as object);
    for (const child of children) if (typeof child === "object" && child !== null) stack.push([child, level + 1]);
  }
}

/** Whether decoding `schema` can meet an integer member (following references once each). */
function reachesInteger(schema: Schema): boolean {
  const seen = new Set<Schema>();
  const pending: Schema[] = [schema];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    switch (node.kind) {
      case "integer":
        return true;
      case "nullable":
        pending.push(node.inner);
        break;
      case "list":
        pending.push(node.element);
        break;
      case "dictionary":
        pending.push(node.value);
        break;
      case "object":
        for (const member of node.members) pending.push(member.schema);
        break;
      case "lazy":
        pending.push(node.resolve());
        break;
      case "string":
      case "boolean":
      case "number":
      case "bytes":
      case "enum":
        break;
      default:
        assertNever(node);
    }
  }
  return false;
}

/**
 * Whether every number in a JSON text is an integer literal (no fraction, no exponent): one pass
 * that jumps over strings with `indexOf`. An `e` counts as an exponent only right after a digit
 * (`true` and `false` hold one too).
 */
function onlyIntegerLiterals(text: string): boolean {
  let pos = 0;
  for (;;) {
    const quote = text.indexOf('"', pos);
    const end = quote < 0 ? text.length : quote;
    for (let i = pos; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x2e) return false;
      if ((c === 0x65 || c === 0x45) && i > 0) {
        const before = text.charCodeAt(i - 1);
        if (before >= 0x30 && before <= 0x39) return false;
      }
    }
    if (quote < 0) return true;
    // Step over the string: its closing quote is the first one not escaped by an odd run of backslashes.
    let close = quote + 1;
    for (;;) {
      close = text.indexOf('"', close);
      if (close < 0) return true;
      let backslashes = 0;
      while (text.charCodeAt(close - 1 - backslashes) === 0x5c) backslashes++;
      if (backslashes % 2 === 0) break;
      close++;
    }
    pos = close + 1;
  }
}
