import { rethrowWithin } from "../core/errors.js";
import { keyReader } from "../model/keys.js";
import { readUntyped } from "./untyped.js";
import { perSchema, resolveSchema } from "../model/compile.js";
import { buildObject, claimEntry, claimMember, emptySlots, fillDefaults, memberNamed, slotsOf, storeEntry, storeMember } from "../model/decode-members.js";
import { fastPaths } from "../model/fast-paths.js";
import { labelAfter, memberLabels } from "../model/member-labels.js";
import { assertNever, isScalar } from "../model/kinds.js";
import { planObject, type FieldPlan } from "../model/plan.js";
import type { DictionarySchema, ObjectSchema, ResolvedSchema, Schema } from "../schema/nodes.js";
import { mismatch } from "./mismatch.js";
import { quoteJsonString } from "./escape.js";
import type { JsonReader } from "./reader.js";
import { JSON_SCALARS, type JsonScalarReader } from "./scalars.js";
import { skipValue } from "./skip.js";

// The compiled JSON reader of each schema: the scanner's values, each at the reader's position.
// `decode.ts` reads whole texts with them.

/** Reads one value of a schema; returns `undefined` where the text says `null`. */
export type JsonRead = (reader: JsonReader) => unknown;

/** The compiled reader of a schema, built once. */
export const readerFor: (schema: Schema) => JsonRead = /* @__PURE__ */ perSchema(compile);

function compile(schema: ResolvedSchema): JsonRead {
  if (isScalar(schema)) return nullOr((JSON_SCALARS[schema.kind] as (node: typeof schema) => JsonScalarReader)(schema).read);
  switch (schema.kind) {
    // `null` is no value: for `T?` that is the point, for a value type its default is filled in.
    case "nullable":
      return readerFor(schema.inner);
    case "untyped":
      return readUntyped;
    case "list":
      return compileList(readerFor(schema.element), resolveSchema(schema.element).kind === "untyped");
    case "dictionary":
      return compileDictionary(schema, readerFor(schema.value));
    case "object":
      return compileObject(schema);
    default:
      return assertNever(schema);
  }
}

function nullOr(read: JsonRead): JsonRead {
  return (r) => (r.peek() === 0x6e ? readNull(r) : read(r));
}

/** `nulls`: a `null` element is a value (of an untyped list), read as `null`. */
function compileList(readElement: JsonRead, nulls: boolean): JsonRead {
  // Collecting (`check`): one element, as the loop below reads it.
  const readItem = (r: JsonReader): unknown => {
    r.peek();
    const at = r.pos;
    const value = readElement(r);
    if (value === undefined && !nulls) r.fail("null-value", "a list element cannot be null", at);
    return value ?? null;
  };
  return (r) => {
    const c = r.peek();
    if (c !== 0x5b) return c === 0x6e ? readNull(r) : mismatch(r, "a list");
    r.enter();
    r.pos++;
    const out: unknown[] = [];
    if (r.peek() === 0x5d) {
      r.pos++;
      r.leave();
      return out;
    }
    for (;;) {
      const index = out.length;
      if (r.log !== undefined) {
        out.push(r.log.read(r, readItem, undefined, index, skipValue));
      } else {
        try {
          r.peek();
          const at = r.pos;
          const value = readElement(r);
          if (value === undefined && !nulls) r.fail("null-value", "a list element cannot be null", at);
          out.push(value ?? null);
        } catch (error) {
          rethrowWithin(error, index);
        }
      }
      const next = r.peek();
      r.pos++;
      if (next === 0x2c) continue;
      if (next === 0x5d) break;
      r.pos--;
      r.unexpected(`"," or "]"`);
    }
    r.leave();
    return out;
  };
}

function compileDictionary(schema: DictionarySchema, readValue: JsonRead): JsonRead {
  const what = schema.typeName === undefined ? "a dictionary" : `a ${schema.typeName}`;
  // String keys fill a plain object; other keys, read from their text, a Map.
  const readKey = keyReader(schema.key);
  return (r) => {
    const c = r.peek();
    if (c !== 0x7b) return c === 0x6e ? readNull(r) : mismatch(r, what);
    r.enter();
    r.pos++;
    const out: Record<string, unknown> = {};
    const map = readKey === undefined ? undefined : new Map<unknown, unknown>();
    if (r.peek() === 0x7d) {
      r.pos++;
      r.leave();
      return map ?? out;
    }
    for (;;) {
      if (r.peek() !== 0x22) r.unexpected("a key in quotes");
      const keyAt = r.pos;
      const text = r.readString();
      r.expect(0x3a, `":"`);
      if (r.log !== undefined) {
        r.log.read(r, (r) => putEntry(r, readKey, readValue, out, map, text, keyAt), undefined, text, skipValue);
      } else {
        try {
          putEntry(r, readKey, readValue, out, map, text, keyAt);
        } catch (error) {
          rethrowWithin(error, text);
        }
      }
      const next = r.peek();
      r.pos++;
      if (next === 0x2c) continue;
      if (next === 0x7d) break;
      r.pos--;
      r.unexpected(`"," or "}"`);
    }
    r.leave();
    return map ?? out;
  };
}

/** Reads one dictionary entry's key (its text read at `keyAt`) and value into `out`, or `map` for keys that are not strings. */
function putEntry(
  r: JsonReader,
  readKey: ((text: string, at: number) => unknown) | undefined,
  readValue: JsonRead,
  out: Record<string, unknown>,
  map: Map<unknown, unknown> | undefined,
  text: string,
  keyAt: number,
): void {
  const key = claimEntry(readKey, out, map, text, r.strict, keyAt);
  r.peek();
  const at = r.pos;
  const value = readValue(r);
  if (value === undefined) r.fail("null-value", "a dictionary value cannot be null", at);
  storeEntry(out, map, text, key, value);
}

function compileObject(schema: ObjectSchema): JsonRead {
  const plan = planObject(schema);
  const fields = plan.fields;
  const reads = fields.map((field) => readerFor(field.schema));
  // `"name"` in both casings, as the writer spells it (an alias may need escapes), to recognise
  // the member the writer puts next without slicing its name out.
  const labels = memberLabels(fields, quoteJsonString);
  return (r) => {
    const c = r.peek();
    if (c !== 0x7b) return c === 0x6e ? readNull(r) : mismatch(r, `a ${schema.typeName} object`);
    r.enter();
    r.pos++;
    // Lenient decoding stores members straight into the object while they come in declaration
    // order (a fast path); the first one out of order hands what was stored over to slots.
    // Strict decoding and collecting use slots throughout: whether a member was read twice is theirs to say.
    let out = fastPaths.enabled && !r.strict && r.log === undefined ? plan.newObject() : undefined;
    let slots = out === undefined ? emptySlots(plan) : undefined;
    let next = 0;
    if (r.peek() === 0x7d) {
      r.pos++;
    } else {
      for (;;) {
        if (r.peek() !== 0x22) r.unexpected("a member name in quotes");
        const nameAt = r.pos;
        let field: FieldPlan | undefined;
        let name: string;
        // Members come in declaration order, some left out: the name is one of those after the last.
        const predicted = next < fields.length && fastPaths.enabled ? labelAfter(r.text, nameAt, next, labels) : -1;
        if (predicted >= 0) {
          field = labels.fieldOf[predicted]!;
          name = labels.nameOf[predicted]!;
          r.pos += labels.lengthOf[predicted]!;
        } else {
          name = r.readString();
        }
        r.expect(0x3a, `":"`);
        // A name is looked up once its colon is there: a missing colon is the first error. Collecting,
        // the log looks the name up (below): an unknown one is a problem it records.
        if (predicted < 0 && r.log === undefined) field = memberNamed(plan, name, r.strict, nameAt);
        if (r.log !== undefined) {
          field = r.log.member(plan, slots!, field, name, r.strict, nameAt);
          if (field === undefined) skipValue(r);
          else {
            next = field.index + 1;
            slots![field.index] = r.log.read(r, reads[field.index]!, undefined, field.key, skipValue);
          }
        } else if (field === undefined) {
          skipValue(r);
        } else if (out !== undefined && field.index >= next) {
          fillDefaults(plan, out, next, field.index);
          next = field.index + 1;
          try {
            storeMember(out, field, reads[field.index]!(r));
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
            slots![field.index] = reads[field.index]!(r);
          } catch (error) {
            rethrowWithin(error, field.key);
          }
        }
        const after = r.peek();
        r.pos++;
        if (after === 0x2c) continue;
        if (after === 0x7d) break;
        r.pos--;
        r.unexpected(`"," or "}"`);
      }
    }
    r.leave();
    if (out === undefined) return buildObject(plan, slots!);
    fillDefaults(plan, out, next, fields.length);
    return out;
  };
}

function readNull(r: JsonReader): undefined {
  r.literal("null");
  return undefined;
}
