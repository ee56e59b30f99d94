import { buildObject, UNSET } from "../core/decoding.js";
import { setOwn } from "../core/objects.js";
import type { ObjectSchema, Schema } from "../schema/nodes.js";
import { enumLookup, perSchema, planObject } from "../schema/plan.js";

/**
 * The fast path: `JSON.parse` (native) builds the tree, and this walk checks it against the
 * schema and copies out the described members. It knows no positions, so at the first thing
 * that is not plainly right it gives up and the scanner in `decode.ts` reads the text again
 * and reports where. Both read the same values: the walk gives up wherever they could differ
 * (a member given twice in different cases, nesting past the limit, anything not of its kind).
 */
type Convert = (node: unknown, depth: number, maxDepth: number) => unknown;

/** Thrown to leave the walk; caught in `decodeParsed`. Preallocated: giving up must be cheap. */
const GIVE_UP = { reason: "let the scanner report it" };

/** The compiled walk of a schema, built once. */
const converterFor: (schema: Schema) => Convert = /* @__PURE__ */ perSchema(compile);

/** The decoded value, or `undefined` when the scanner must read the text instead. */
export function decodeParsed(schema: Schema, text: string, maxDepth: number): unknown {
  let tree: unknown;
  try {
    tree = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return undefined;
  }
  try {
    return converterFor(schema)(tree, 1, maxDepth) ?? giveUp();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}



function giveUp(): never {
  throw GIVE_UP;
}

function compile(schema: Schema): Convert {
  switch (schema.kind) {
    case "string":
      return (node) => (typeof node === "string" ? node : node === null ? undefined : giveUp());
    case "boolean":
      return (node) => (typeof node === "boolean" ? node : node === null ? undefined : giveUp());
    case "integer":
      return (node) => (Number.isSafeInteger(node) ? (node === 0 ? 0 : node) : node === null ? undefined : giveUp());
    case "enum": {
      const lookup = enumLookup(schema.values);
      return (node) => (typeof node === "string" ? (lookup(node) ?? giveUp()) : node === null ? undefined : giveUp());
    }
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
  const reusable = !fields.some((field) => field.inherited);
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
        for (const field of fields) if (field.isValueType && !(field.key in node)) node[field.key] = field.defaultValue;
      }
      return node;
    }
    const slots: unknown[] = new Array(fields.length).fill(UNSET);
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
    return buildObject(fields, slots);
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
