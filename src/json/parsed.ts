import { setOwn } from "../core/objects.js";
import { keyReader } from "../model/keys.js";
import { perSchema } from "../model/compile.js";
import { buildObject, emptySlots, UNSET } from "../model/decode-members.js";
import { assertNever, isScalar } from "../model/kinds.js";
import { planObject } from "../model/plan.js";
import type { ObjectSchema, ResolvedSchema, Schema } from "../schema/nodes.js";
import { GIVE_UP, JSON_SCALARS, type JsonScalarReader } from "./scalars.js";
import { treeCanStandFor } from "./tree-use.js";

/**
 * The fast path: `JSON.parse` (native) builds the tree, and this walk checks it against the
 * schema and copies out the described members. It knows no positions, so at the first thing
 * that is not plainly right it gives up and the scanner in `decode.ts` reads the text again
 * and reports where. Both read the same values: the walk gives up wherever they could differ
 * (a member given twice in different cases, nesting past the limit, anything not of its kind).
 */
type Convert = (node: unknown, depth: number, maxDepth: number) => unknown;

/** The compiled walk of a schema, built once. */
const converterFor: (schema: Schema) => Convert = /* @__PURE__ */ perSchema(compile);

/** The decoded value, or `undefined` when the scanner must read the text instead. */
export function decodeParsed(schema: Schema, text: string, maxDepth: number): unknown {
  const convert = converterFor(schema);
  if (!treeCanStandFor(schema, text)) return undefined;
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

function giveUp(): never {
  throw GIVE_UP;
}

function compile(schema: ResolvedSchema): Convert {
  if (isScalar(schema)) return (JSON_SCALARS[schema.kind] as (node: typeof schema) => JsonScalarReader)(schema).fromTree;
  switch (schema.kind) {
    case "nullable":
      return converterFor(schema.inner);
    // Never reached: an untyped value sends the whole text to the scanner (see `tree-use.ts`).
    case "untyped":
      return giveUp;
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
      const readKey = keyReader(schema.key);
      return (node, depth, maxDepth) => {
        if (!isTree(node)) return node === null ? undefined : giveUp();
        if (depth > maxDepth) giveUp();
        // The parsed object becomes the result, checked in place (JSON.parse made `__proto__` an own key);
        // keys of another type make a Map.
        const map = readKey === undefined ? undefined : new Map<unknown, unknown>();
        for (const key of Object.keys(node)) {
          const item = node[key];
          const value = entry(item, depth + 1, maxDepth);
          if (value === undefined) giveUp();
          if (map !== undefined) map.set(keyOf(readKey!, key), value);
          else if (!Object.is(value, item)) setOwn(node, key, value);
        }
        // Two texts for one key (`"1"`, `"01"`) are the scanner's to report.
        if (map !== undefined && map.size !== Object.keys(node).length) giveUp();
        return map ?? node;
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
  const ownKeys = fields.map((field) => (field.camelName === field.key ? field.key : undefined));
  const byKey = new Map(fields.filter((field) => field.camelName === field.key).map((field) => [field.key, field]));
  const valueTypeCount = plan.valueTypeFields.length;
  // Keys every object inherits would need own-property care at each step: such schemas copy.
  const reusable = !plan.hasInheritedKeys;
  return (node, depth, maxDepth) => {
    if (!isTree(node)) return node === null ? undefined : giveUp();
    if (depth > maxDepth) giveUp();
    const keys = Object.keys(node);
    // The common case, JSON as the reference writes it: every key is a member's own name and no
    // value is null. Then the parsed object itself becomes the result, checked in place.
    // (Converting is idempotent, so a half-done pass can still fall back to copying.)
    if (reusable) {
      // Read at once: reading each value by its key is slow on objects of many shapes.
      const values = Object.values(node);
      let checked = 0;
      let valueTypesSeen = 0;
      // Keys usually come in declaration order: each is looked for after the last one found, else by name.
      let next = 0;
      for (; checked < keys.length; checked++) {
        const key = keys[checked]!;
        const value = values[checked];
        let f = next;
        while (f < fields.length && ownKeys[f] !== key) f++;
        const field = f < fields.length ? fields[f]! : byKey.get(key);
        if (field === undefined || value === null) break;
        next = field.index + 1;
        const converted = converts[field.index]!(value, depth + 1, maxDepth);
        if (!Object.is(converted, value)) node[key] = converted;
        if (field.isValueType) valueTypesSeen++;
      }
      if (checked === keys.length) {
        if (valueTypesSeen < valueTypeCount) {
          for (const field of plan.valueTypeFields) if (!(field.key in node)) node[field.key] = field.defaultValue;
        }
        return node;
      }
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

/** A key from its text, or giving up where the scanner must report it. */
function keyOf(readKey: (text: string, at: number) => unknown, text: string): unknown {
  try {
    return readKey(text, 0);
  } catch {
    return giveUp();
  }
}
