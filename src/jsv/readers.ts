import { rethrowWithin } from "../core/errors.js";
import { keyReader } from "../model/keys.js";
import { readUntyped } from "./untyped.js";
import { perSchema, resolveSchema } from "../model/compile.js";
import { buildObject, claimEntry, claimMember, emptySlots, fillDefaults, memberNamed, slotsOf, storeEntry, storeMember } from "../model/decode-members.js";
import { fastPaths } from "../model/fast-paths.js";
import { assertNever, isContainer, isScalar } from "../model/kinds.js";
import { planObject, type FieldPlan } from "../model/plan.js";
import type { DictionarySchema, ObjectSchema, ResolvedSchema, Schema } from "../schema/nodes.js";
import { labelAfter, memberLabels } from "../model/member-labels.js";
import { checkJsvNesting, CLOSE_BRACE, CLOSE_BRACKET, COMMA, type JsvReader, OPEN_BRACE, OPEN_BRACKET, trimName } from "./reader.js";
import { scalarReader, scalarSpelling } from "./scalar-readers.js";

// The compiled JSV reader of each schema: values inside a text, each ending before its closer.
// `decode.ts` reads whole texts (root values, pretty JSV, CSV cells) with them.

/**
 * Reads one value of a schema that ends before `closer` (`}` or `]`, or -1 at the root);
 * returns `undefined` for an empty value, which the reference reads as null.
 */
export type JsvRead = (reader: JsvReader, closer: number) => unknown;

/** The compiled reader of a schema, built once. */
export const readerFor: (schema: Schema) => JsvRead = /* @__PURE__ */ perSchema(compile);

function compile(schema: ResolvedSchema): JsvRead {
  if (isScalar(schema)) return scalarReader(scalarSpelling(schema)!, false);
  switch (schema.kind) {
    // An empty value is null: for `T?` no value, where `T` alone would have to parse it.
    case "nullable":
      return scalarReader(scalarSpelling(schema.inner)!, true);
    case "untyped":
      return readUntyped;
    case "list": {
      const element = resolveSchema(schema.element);
      return compileList(readerFor(schema.element), isContainer(element), element.kind === "untyped");
    }
    case "dictionary":
      return compileDictionary(schema, readerFor(schema.value));
    case "object":
      return compileObject(schema);
    default:
      return assertNever(schema);
  }
}

/** Opens a container at the cursor; returns false for an empty value (null). */
function openContainer(r: JsvReader, open: number, closer: number, what: string): boolean {
  const c = r.peek();
  if (c === open) {
    r.enter();
    r.pos++;
    r.skipLayout();
    return true;
  }
  if (r.endsValue(c, closer) && c !== -1) return false;
  if (c === -1) r.unexpected(what);
  // A container nested past the limit is that, at its place here, before it is the wrong type.
  if (c === OPEN_BRACE || c === OPEN_BRACKET) checkJsvNesting(r.text, r.pos, r.maxDepth, r.depth, true);
  return r.fail("type-mismatch", `expected ${what}`);
}

/** `nulls`: an empty element is a value (of an untyped list), read as `null`. */
function compileList(readElement: JsvRead, elementIsContainer: boolean, nulls: boolean): JsvRead {
  // Collecting (`check`): one element, as the loop below reads it, and how to step over one.
  const readItem = (r: JsvReader): unknown => {
    if (elementIsContainer) r.skipWhitespace();
    const at = r.pos;
    const value = readElement(r, CLOSE_BRACKET);
    if (value === undefined && !nulls) r.fail("null-value", "a list element cannot be empty (null)", at);
    return value ?? null;
  };
  const skipItem = (r: JsvReader): void => {
    if (elementIsContainer) r.skipWhitespace();
    r.skipValue(CLOSE_BRACKET);
  };
  return (r, closer) => {
    if (!openContainer(r, OPEN_BRACKET, closer, "a list")) return undefined;
    const out: unknown[] = [];
    if (r.peek() === CLOSE_BRACKET) {
      r.pos++;
    } else {
      for (;;) {
        const index = out.length;
        if (r.log !== undefined) {
          out.push(r.log.read(r, readItem, undefined, index, skipItem));
          if (elementIsContainer) r.skipWhitespace();
        } else {
          try {
            // Containers in a list may be spaced out (`[{…}, {…}]`); strings keep their spaces.
            if (elementIsContainer) r.skipWhitespace();
            const at = r.pos;
            const value = readElement(r, CLOSE_BRACKET);
            if (value === undefined && !nulls) r.fail("null-value", "a list element cannot be empty (null)", at);
            out.push(value ?? null);
            if (elementIsContainer) r.skipWhitespace();
          } catch (error) {
            rethrowWithin(error, index);
          }
        }
        // An empty last element of an untyped list is a null too (`[a,]`), as the writer writes one.
        if (nulls && r.peek() === COMMA) {
          r.pos++;
          r.skipLayout();
          if (r.peek() !== CLOSE_BRACKET) continue;
          out.push(null);
        }
        if (nulls ? nextOrLastNull(r, out) : r.next(CLOSE_BRACKET)) break;
      }
    }
    r.leave();
    return out;
  };
}

/** After an element of an untyped list: as `next`, but an empty last element is a null (`[a,]` is [a, null]), as JSV writes one. */
function nextOrLastNull(r: JsvReader, out: unknown[]): boolean {
  if (r.peek() !== COMMA) return r.next(CLOSE_BRACKET);
  r.pos++;
  r.skipLayout();
  if (r.peek() !== CLOSE_BRACKET) return false;
  out.push(null);
  r.pos++;
  return true;
}

function compileDictionary(schema: DictionarySchema, readValue: JsvRead): JsvRead {
  const what = schema.typeName === undefined ? "a dictionary" : `a ${schema.typeName}`;
  // String keys fill a plain object; other keys, read from their text, a Map.
  const readKey = keyReader(schema.key);
  return (r, closer) => {
    if (!openContainer(r, OPEN_BRACE, closer, what)) return undefined;
    const out: Record<string, unknown> = {};
    const map = readKey === undefined ? undefined : new Map<unknown, unknown>();
    if (r.peek() === CLOSE_BRACE) {
      r.pos++;
    } else {
      for (;;) {
        const keyAt = r.pos;
        const text = r.readKey("a dictionary key");
        r.readColon();
        if (r.log !== undefined) {
          r.log.read(r, (r) => putEntry(r, readKey, readValue, out, map, text, keyAt), undefined, text, skipMemberValue);
        } else {
          try {
            putEntry(r, readKey, readValue, out, map, text, keyAt);
          } catch (error) {
            rethrowWithin(error, text);
          }
        }
        if (r.next(CLOSE_BRACE)) break;
      }
    }
    r.leave();
    return map ?? out;
  };
}

/** Reads one dictionary entry's key (its text read at `keyAt`) and value into `out`, or `map` for keys that are not strings. */
function putEntry(
  r: JsvReader,
  readKey: ((text: string, at: number) => unknown) | undefined,
  readValue: JsvRead,
  out: Record<string, unknown>,
  map: Map<unknown, unknown> | undefined,
  text: string,
  keyAt: number,
): void {
  const key = claimEntry(readKey, out, map, text, r.strict, keyAt);
  const at = r.pos;
  const value = readValue(r, CLOSE_BRACE);
  if (value === undefined) r.fail("null-value", "a dictionary value cannot be empty (null)", at);
  storeEntry(out, map, text, key, value);
}

/** Steps over a member's or entry's value (collecting mode). */
function skipMemberValue(r: JsvReader): void {
  r.skipValue(CLOSE_BRACE);
}

function compileObject(schema: ObjectSchema): JsvRead {
  const plan = planObject(schema);
  const fields = plan.fields;
  const reads = fields.map((f) => readerFor(f.schema));
  // `name:` in both casings, to recognise the member the writer puts next without slicing it out.
  const labels = memberLabels(fields, (name) => name + ":");
  return (r, closer) => {
    if (!openContainer(r, OPEN_BRACE, closer, `a ${schema.typeName} object`)) return undefined;
    // Lenient decoding stores members straight into the object while they come in declaration
    // order (a fast path); the first one out of order hands what was stored over to slots.
    // Strict decoding and collecting use slots throughout: whether a member was read twice is theirs to say.
    let out = fastPaths.enabled && !r.strict && r.log === undefined ? plan.newObject() : undefined;
    let slots = out === undefined ? emptySlots(plan) : undefined;
    let next = 0;
    if (r.peek() === CLOSE_BRACE) {
      r.pos++;
    } else {
      for (;;) {
        const nameAt = r.pos;
        let field: FieldPlan | undefined;
        let name: string;
        // Members come in declaration order, some left out: the name is one of those after the last.
        const predicted = next < fields.length && fastPaths.enabled ? labelAfter(r.text, r.pos, next, labels) : -1;
        if (predicted >= 0) {
          field = labels.fieldOf[predicted]!;
          name = labels.nameOf[predicted]!;
          // Up to the colon, which is read as any other.
          r.pos += labels.lengthOf[predicted]! - 1;
        } else {
          name = trimName(r.readKey("a member name"));
          // Collecting, the log looks the name up (below): an unknown one is a problem it records.
          field = r.log === undefined ? memberNamed(plan, name, r.strict, nameAt) : undefined;
        }
        r.readColon();
        if (r.log !== undefined) {
          field = r.log.member(plan, slots!, field, name, r.strict, nameAt);
          if (field === undefined) r.skipValue(CLOSE_BRACE);
          else {
            next = field.index + 1;
            slots![field.index] = r.log.read(r, reads[field.index]!, CLOSE_BRACE, field.key, skipMemberValue);
          }
        } else if (field === undefined) {
          r.skipValue(CLOSE_BRACE);
        } else if (out !== undefined && field.index >= next) {
          fillDefaults(plan, out, next, field.index);
          next = field.index + 1;
          try {
            storeMember(out, field, reads[field.index]!(r, CLOSE_BRACE));
          } catch (error) {
            rethrowWithin(error, field.key);
          }
        } else {
          if (out !== undefined) {
            slots = slotsOf(plan, out, next);
            out = undefined;
          }
          next = field.index + 1;
          claimMember(slots!, field, name, r.strict, nameAt);
          try {
            slots![field.index] = reads[field.index]!(r, CLOSE_BRACE);
          } catch (error) {
            rethrowWithin(error, field.key);
          }
        }
        if (r.next(CLOSE_BRACE)) break;
      }
    }
    r.leave();
    if (out === undefined) return buildObject(plan, slots!);
    fillDefaults(plan, out, next, fields.length);
    return out;
  };
}
