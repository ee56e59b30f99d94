import { buildObject, isSchemaFailure, UNSET } from "../core/decoding.js";
import { Failure, guardDecode, rethrowWithin } from "../core/errors.js";
import { setOwn } from "../core/objects.js";
import { resolveDecodeOptions, type DecodeOptions } from "../core/options.js";
import type { ObjectSchema, Schema } from "../schema/nodes.js";
import { enumLookup, perSchema, planObject, type FieldPlan } from "../schema/plan.js";
import { checkJsvNesting, CLOSE_BRACE, CLOSE_BRACKET, JsvReader, OPEN_BRACE, OPEN_BRACKET, QUOTE, trimName } from "./reader.js";

/**
 * Reads one value of a schema that ends before `closer` (`}` or `]`, or -1 at the root);
 * returns `undefined` for an empty value, which the reference reads as null.
 */
type JsvRead = (reader: JsvReader, closer: number) => unknown;

/** Turns a scalar's text (already unquoted) into its value, or throws a `Failure` at `at`. */
export type ScalarParse = (text: string, at: number) => unknown;

/** The compiled reader of a schema, built once. */
const readerFor: (schema: Schema) => JsvRead = /* @__PURE__ */ perSchema(compile);

/**
 * Decodes compact or pretty JSV into a value of `schema`. Pretty JSV is recognised by the line
 * break right after the opening bracket. Only `DecodeError` escapes.
 */
export function decodeJsv(schema: Schema, text: string, options?: DecodeOptions): unknown {
  const { strict, maxDepth, maxLength } = resolveDecodeOptions(options);
  return guardDecode("jsv", text, () => {
    if (text.length > maxLength) throw new Failure("input-too-long", `the text is longer than ${maxLength} characters`, maxLength);
    return readJsvText(schema, text, strict, maxDepth);
  });
}

/**
 * Reads a whole text as one JSV value (a document, or a CSV cell); throws a `Failure` whose
 * offset is in `text`.
 */
export function readJsvText(schema: Schema, text: string, strict: boolean, maxDepth: number): unknown {
  const parse = scalarParser(schema);
  // A scalar root is the whole text, so a leading U+FEFF is data there, not a byte-order mark.
  if (parse) return decodeRootScalar(text, 0, parse, strict);
  return decodeRootContainer(schema, text, text.charCodeAt(0) === 0xfeff ? 1 : 0, maxDepth, strict);
}

function decodeRootContainer(schema: Schema, text: string, start: number, maxDepth: number, strict: boolean): unknown {
  const probe = new JsvReader(text, false, maxDepth, strict);
  probe.pos = start;
  probe.skipWhitespace();
  const first = probe.peek();
  const second = probe.pos + 1 < text.length ? text.charCodeAt(probe.pos + 1) : -1;
  const pretty = (first === OPEN_BRACE || first === OPEN_BRACKET) && (second === 0x0a || second === 0x0d);
  const reader = pretty ? new JsvReader(text, true, maxDepth, strict, indentationOf(text, probe.pos + 1)) : probe;
  reader.pos = probe.pos;
  if (first === -1) reader.fail("unexpected-end", "the text is empty");
  try {
    const value = readerFor(schema)(reader, -1);
    if (value === undefined) reader.unexpected("a value");
    reader.skipWhitespace();
    if (reader.pos < text.length) reader.fail("trailing-text", "text after the end of the value");
    return value;
  } catch (error) {
    if (isSchemaFailure(error)) checkJsvNesting(text, probe.pos, maxDepth);
    throw error;
  }
}

/** 1 when the first line inside the root container starts with a TAB, 0 when indentation was lost. */
function indentationOf(text: string, lineBreak: number): number {
  let pos = lineBreak;
  while (text.charCodeAt(pos) === 0x0d || text.charCodeAt(pos) === 0x0a) pos++;
  return text.charCodeAt(pos) === 0x09 ? 1 : 0;
}

/** A scalar at the root is the whole text (quoted, or verbatim: white space is data). */
function decodeRootScalar(text: string, start: number, parse: ScalarParse, strict: boolean): unknown {
  const reader = new JsvReader(text, false, 1, strict);
  reader.pos = start;
  if (reader.peek() === QUOTE) {
    const value = reader.readQuoted();
    reader.skipWhitespace();
    if (reader.pos < text.length) reader.fail("trailing-text", "text after the end of the value");
    return parse(value, start);
  }
  if (start === text.length) reader.fail("null-value", "the text is empty", start);
  return parse(text.slice(start), start);
}

/** The parser of a scalar schema's text; `undefined` for containers. */
export function scalarParser(schema: Schema): ScalarParse | undefined {
  switch (schema.kind) {
    case "string":
      return (text) => text;
    case "boolean":
      return parseBoolean;
    case "integer":
      return parseInteger;
    case "enum": {
      const lookup = enumLookup(schema.values);
      const names = schema.values.join(", ");
      return (text, at) => {
        const value = lookup(text);
        if (value === undefined) throw new Failure("invalid-enum", `${JSON.stringify(text)} is not a ${schema.typeName} (${names})`, at);
        return value;
      };
    }
    default:
      return undefined;
  }
}

/** `true` or `false` in any letter case, as .NET writes `True`/`False`; nothing else guessed. */
function parseBoolean(text: string, at: number): boolean {
  if (text.length === 4 && text.toLowerCase() === "true") return true;
  if (text.length === 5 && text.toLowerCase() === "false") return false;
  throw new Failure("invalid-boolean", `expected True or False, found ${JSON.stringify(text)}`, at);
}

function parseInteger(text: string, at: number): number {
  let digits = text.charCodeAt(0) === 0x2d ? 1 : 0;
  let valid = digits < text.length;
  for (; valid && digits < text.length; digits++) {
    const c = text.charCodeAt(digits);
    valid = c >= 0x30 && c <= 0x39;
  }
  const value = Number(text);
  if (!valid || !Number.isSafeInteger(value)) {
    throw new Failure("invalid-integer", `expected an integer in the safe range, found ${JSON.stringify(text)}`, at);
  }
  return value === 0 ? 0 : value;
}

function compile(schema: Schema): JsvRead {
  const parse = scalarParser(schema);
  if (parse) {
    const isString = schema.kind === "string";
    return (r, closer) => {
      const at = r.pos;
      const text = r.readScalar(closer);
      if (text === undefined) return isString ? undefined : parse("", at);
      return parse(text, at);
    };
  }
  switch (schema.kind) {
    case "list":
      return compileList(readerFor(schema.element), isContainer(schema.element));
    case "dictionary":
      return compileDictionary(readerFor(schema.value));
    case "object":
      return compileObject(schema);
    default:
      throw new TypeError(`unknown schema kind ${(schema as Schema).kind}`);
  }
}

/** The length of `camel` or `pascal` when the text at the cursor starts with it, else 0. */
function labelAt(r: JsvReader, camel: string, pascal: string): number {
  if (r.text.startsWith(camel, r.pos)) return camel.length;
  if (r.text.startsWith(pascal, r.pos)) return pascal.length;
  return 0;
}

function isContainer(schema: Schema): boolean {
  return schema.kind === "list" || schema.kind === "dictionary" || schema.kind === "object";
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
  return r.fail("type-mismatch", `expected ${what}`);
}

function compileList(readElement: JsvRead, elementIsContainer: boolean): JsvRead {
  return (r, closer) => {
    if (!openContainer(r, OPEN_BRACKET, closer, "a list")) return undefined;
    const out: unknown[] = [];
    if (r.peek() === CLOSE_BRACKET) {
      r.pos++;
    } else {
      for (;;) {
        const index = out.length;
        try {
          // Containers in a list may be spaced out (`[{…}, {…}]`); strings keep their spaces.
          if (elementIsContainer) r.skipWhitespace();
          const at = r.pos;
          const value = readElement(r, CLOSE_BRACKET);
          if (value === undefined) r.fail("null-value", "a list element cannot be empty (null)", at);
          out.push(value);
          if (elementIsContainer) r.skipWhitespace();
        } catch (error) {
          rethrowWithin(error, index);
        }
        if (r.next(CLOSE_BRACKET)) break;
      }
    }
    r.leave();
    return out;
  };
}

function compileDictionary(readValue: JsvRead): JsvRead {
  return (r, closer) => {
    if (!openContainer(r, OPEN_BRACE, closer, "a dictionary")) return undefined;
    const out: Record<string, unknown> = {};
    if (r.peek() === CLOSE_BRACE) {
      r.pos++;
    } else {
      for (;;) {
        const keyAt = r.pos;
        const key = r.readKey("a dictionary key");
        r.readColon();
        try {
          if (r.strict && Object.hasOwn(out, key)) r.fail("duplicate-key", `the key ${JSON.stringify(key)} appears twice`, keyAt);
          const at = r.pos;
          const value = readValue(r, CLOSE_BRACE);
          if (value === undefined) r.fail("null-value", "a dictionary value cannot be empty (null)", at);
          setOwn(out, key, value);
        } catch (error) {
          rethrowWithin(error, key);
        }
        if (r.next(CLOSE_BRACE)) break;
      }
    }
    r.leave();
    return out;
  };
}

function compileObject(schema: ObjectSchema): JsvRead {
  const plan = planObject(schema);
  const fields = plan.fields;
  const reads = fields.map((f) => readerFor(f.schema));
  // `name:` in both casings, to recognise the member the writer puts next without slicing it out.
  const camelLabels = fields.map((f) => f.camelName + ":");
  const pascalLabels = fields.map((f) => f.pascalName + ":");
  return (r, closer) => {
    if (!openContainer(r, OPEN_BRACE, closer, `a ${schema.typeName} object`)) return undefined;
    const slots: unknown[] = new Array(fields.length).fill(UNSET);
    if (r.peek() === CLOSE_BRACE) {
      r.pos++;
    } else {
      let next = 0;
      for (;;) {
        const nameAt = r.pos;
        let field: FieldPlan | undefined;
        let name: string;
        // Members usually come in declaration order: try the next one's name first.
        const predicted = next < fields.length ? labelAt(r, camelLabels[next]!, pascalLabels[next]!) : 0;
        if (predicted > 0) {
          field = fields[next];
          name = field!.key;
          r.pos += predicted - 1;
        } else {
          name = trimName(r.readKey("a member name"));
          field = plan.findField(name);
        }
        r.readColon();
        if (field === undefined) {
          if (r.strict) r.fail("unknown-member", `${schema.typeName} has no member ${JSON.stringify(name)}`, nameAt);
          r.skipValue(CLOSE_BRACE);
        } else {
          next = field.index + 1;
          try {
            if (r.strict && slots[field.index] !== UNSET) r.fail("duplicate-member", `${name} appears twice`, nameAt);
            slots[field.index] = reads[field.index]!(r, CLOSE_BRACE);
          } catch (error) {
            rethrowWithin(error, field.key);
          }
        }
        if (r.next(CLOSE_BRACE)) break;
      }
    }
    r.leave();
    return buildObject(fields, slots);
  };
}
