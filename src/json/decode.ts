import { Failure, guardDecode, rethrowWithin } from "../core/errors.js";
import { buildObject, isSchemaFailure, UNSET } from "../core/decoding.js";
import { setOwn } from "../core/objects.js";
import { resolveDecodeOptions, type DecodeOptions } from "../core/options.js";
import type { ObjectSchema, Schema } from "../schema/nodes.js";
import { enumLookup, perSchema, planObject } from "../schema/plan.js";
import { JsonReader } from "./reader.js";
import { checkJsonSyntax, skipValue } from "./skip.js";
import { decodeParsed } from "./parsed.js";

/** Reads one value of a schema; returns `undefined` where the text says `null`. */
type JsonRead = (reader: JsonReader) => unknown;

/** The compiled reader of a schema, built once. */
const readerFor: (schema: Schema) => JsonRead = /* @__PURE__ */ perSchema(compile);

/**
 * Decodes JSON text into a value of `schema`. Standard JSON only (RFC 8259); member names
 * match ignoring case; missing enums and bools get their defaults; only `DecodeError` escapes.
 */
export function decodeJson(schema: Schema, text: string, options?: DecodeOptions): unknown {
  const { strict, maxDepth, maxLength } = resolveDecodeOptions(options);
  return guardDecode("json", text, () => {
    if (text.length > maxLength) throw new Failure("input-too-long", `the text is longer than ${maxLength} characters`, maxLength);
    // Well-formed input, leniently read, takes the native parser; anything else, and every
    // strict read, takes the scanner below, which knows where each value is.
    if (!strict) {
      const value = decodeParsed(schema, text, maxDepth);
      if (value !== undefined) return value;
    }
    return decodeJsonExact(schema, text, strict, maxDepth);
  });
}

/**
 * The schema-directed scanner: reads the text once, knows the offset of every value, and throws
 * a `Failure` at the exact place something is wrong.
 */
export function decodeJsonExact(schema: Schema, text: string, strict: boolean, maxDepth: number): unknown {
  {
    const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const reader = new JsonReader(text, maxDepth, strict);
    reader.pos = start;
    try {
      reader.peek();
      const valueStart = reader.pos;
      const value = readerFor(schema)(reader);
      if (value === undefined) reader.fail("null-value", "the document is null", valueStart);
      if (reader.peek() !== -1) reader.fail("trailing-text", "text after the end of the value");
      return value;
    } catch (error) {
      if (isSchemaFailure(error)) checkJsonSyntax(text, start, maxDepth);
      throw error;
    }
  }
}

function compile(schema: Schema): JsonRead {
  switch (schema.kind) {
    case "string":
      return (r) => {
        const c = r.peek();
        if (c === 0x22) return r.readString();
        if (c === 0x6e) return readNull(r);
        return mismatch(r, "a string");
      };
    case "boolean":
      return (r) => {
        const c = r.peek();
        if (c === 0x74 || c === 0x66) {
          const isTrue = c === 0x74;
          if (r.text.startsWith(isTrue ? "true" : "false", r.pos)) {
            r.pos += isTrue ? 4 : 5;
            return isTrue;
          }
        }
        if (c === 0x6e) return readNull(r);
        return scalarMismatch(r, "invalid-boolean", "a boolean (true or false)");
      };
    case "integer":
      return (r) => {
        const c = r.peek();
        if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
          const start = r.pos;
          const end = r.scanNumber();
          const token = r.text.slice(start, end);
          // Any JSON number whose value is a safe integer (`2`, `2.0`, `2e0`), as JSON.parse sees it.
          const value = Number(token);
          if (!Number.isSafeInteger(value)) r.fail("invalid-integer", `${token} is not an integer in the safe range`, start);
          r.pos = end;
          return value === 0 ? 0 : value;
        }
        if (c === 0x6e) return readNull(r);
        return scalarMismatch(r, "invalid-integer", "an integer");
      };
    case "enum": {
      const lookup = enumLookup(schema.values);
      return (r) => {
        const c = r.peek();
        if (c === 0x22) {
          const start = r.pos;
          const name = r.readString();
          const value = lookup(name);
          if (value === undefined) {
            r.fail("invalid-enum", `${JSON.stringify(name)} is not a ${schema.typeName} (${schema.values.join(", ")})`, start);
          }
          return value;
        }
        if (c === 0x6e) return readNull(r);
        return scalarMismatch(r, "invalid-enum", `a ${schema.typeName} name in quotes`);
      };
    }
    case "list":
      return compileList(readerFor(schema.element));
    case "dictionary":
      return compileDictionary(readerFor(schema.value));
    case "object":
      return compileObject(schema);
  }
}

function compileList(readElement: JsonRead): JsonRead {
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
      try {
        r.peek();
        const at = r.pos;
        const value = readElement(r);
        if (value === undefined) r.fail("null-value", "a list element cannot be null", at);
        out.push(value);
      } catch (error) {
        rethrowWithin(error, index);
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

function compileDictionary(readValue: JsonRead): JsonRead {
  return (r) => {
    const c = r.peek();
    if (c !== 0x7b) return c === 0x6e ? readNull(r) : mismatch(r, "a dictionary");
    r.enter();
    r.pos++;
    const out: Record<string, unknown> = {};
    if (r.peek() === 0x7d) {
      r.pos++;
      r.leave();
      return out;
    }
    for (;;) {
      if (r.peek() !== 0x22) r.unexpected("a key in quotes");
      const keyAt = r.pos;
      const key = r.readString();
      r.expect(0x3a, `":"`);
      try {
        if (r.strict && Object.hasOwn(out, key)) r.fail("duplicate-key", `the key ${JSON.stringify(key)} appears twice`, keyAt);
        r.peek();
        const at = r.pos;
        const value = readValue(r);
        if (value === undefined) r.fail("null-value", "a dictionary value cannot be null", at);
        setOwn(out, key, value);
      } catch (error) {
        rethrowWithin(error, key);
      }
      const next = r.peek();
      r.pos++;
      if (next === 0x2c) continue;
      if (next === 0x7d) break;
      r.pos--;
      r.unexpected(`"," or "}"`);
    }
    r.leave();
    return out;
  };
}

function compileObject(schema: ObjectSchema): JsonRead {
  const plan = planObject(schema);
  const fields = plan.fields;
  const reads = fields.map((f) => readerFor(f.schema));
  return (r) => {
    const c = r.peek();
    if (c !== 0x7b) return c === 0x6e ? readNull(r) : mismatch(r, `a ${schema.typeName} object`);
    r.enter();
    r.pos++;
    const slots: unknown[] = new Array(fields.length).fill(UNSET);
    if (r.peek() === 0x7d) {
      r.pos++;
    } else {
      for (;;) {
        if (r.peek() !== 0x22) r.unexpected("a member name in quotes");
        const nameAt = r.pos;
        const name = r.readString();
        r.expect(0x3a, `":"`);
        const field = plan.findField(name);
        if (field === undefined) {
          if (r.strict) {
            // The path names the unknown member itself, as the encoder's does.
            throw new Failure("unknown-member", `${schema.typeName} has no member ${JSON.stringify(name)}`, nameAt).within(name);
          }
          skipValue(r);
        } else {
          try {
            if (r.strict && slots[field.index] !== UNSET) r.fail("duplicate-member", `${name} appears twice`, nameAt);
            slots[field.index] = reads[field.index]!(r);
          } catch (error) {
            rethrowWithin(error, field.key);
          }
        }
        const next = r.peek();
        r.pos++;
        if (next === 0x2c) continue;
        if (next === 0x7d) break;
        r.pos--;
        r.unexpected(`"," or "}"`);
      }
    }
    r.leave();
    return buildObject(fields, slots);
  };
}

function readNull(r: JsonReader): undefined {
  r.literal("null");
  return undefined;
}

/** The value is of another kind (or the text is broken here). */
function mismatch(r: JsonReader, expected: string): never {
  const found = kindAt(r);
  if (found === undefined) r.unexpected(expected);
  r.fail("type-mismatch", `expected ${expected}, found ${found}`);
}

/** A scalar of the wrong kind gets the type's own code; a container is a type mismatch. */
function scalarMismatch(r: JsonReader, code: "invalid-boolean" | "invalid-integer" | "invalid-enum", expected: string): never {
  const found = kindAt(r);
  if (found === undefined) r.unexpected(expected);
  if (found === "an object" || found === "a list") mismatch(r, expected);
  const end = valueEnd(r);
  r.fail(code, `expected ${expected}, found ${r.text.slice(r.pos, end)}`);
}

function valueEnd(r: JsonReader): number {
  const probe = new JsonReader(r.text, r.maxDepth, false);
  probe.pos = r.pos;
  try {
    skipValue(probe);
    return probe.pos;
  } catch {
    return Math.min(r.text.length, r.pos + 1);
  }
}

function kindAt(r: JsonReader): string | undefined {
  const c = r.pos < r.text.length ? r.text.charCodeAt(r.pos) : -1;
  if (c === 0x7b) return "an object";
  if (c === 0x5b) return "a list";
  if (c === 0x22) return "a string";
  if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return "a number";
  if (c === 0x74 || c === 0x66) return "a boolean";
  if (c === 0x6e) return "null";
  return undefined;
}
