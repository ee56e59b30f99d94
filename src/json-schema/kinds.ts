import { setOwn } from "../core/objects.js";
import { resolveSchema } from "../model/compile.js";
import { planObject, wireName, type NameCase } from "../model/plan.js";
import type { ResolvedSchema, Schema, SchemaKind, SchemaOfKind } from "../schema/nodes.js";

/** A JSON Schema (a plain JSON object). */
export type JsonSchema = Record<string, unknown>;

/**
 * Which side of the wire a JSON Schema describes. `"output"`: the JSON the encoders (and the
 * reference) write: every value-type member present, `null` never written, no other member.
 * `"input"`: the JSON the decoders read: every member optional and may be `null`.
 */
export type JsonSchemaIo = "input" | "output";

/** What a kind's entry needs from the document being written. */
export interface JsonSchemaContext {
  readonly io: JsonSchemaIo;
  readonly nameCase: NameCase;
  /** With `strict` decoding in mind: the input view refuses members the type does not describe. */
  readonly strict: boolean;
  /** The JSON Schema of a node where it is used: a `$ref` for a named type (defined once), else inline. */
  schemaOf(node: Schema): JsonSchema;
  /** The same for the target of a `lazy` reference: a container there is always a `$ref`, so recursion ends. */
  referenced(node: ResolvedSchema): JsonSchema;
}

/** Standard base64 with its padding, and the bits the padding drops zero, as decoders require. */
const BASE64 = "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/][AQgw]==|[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=)?$";

/** A WCF date as the reference writes DateTime and DateTimeOffset: `/Date(ms)/` with an optional offset. */
const WCF_DATE = "^/Date\\(-?[0-9]+([+-][0-9]{4})?\\)/$";
/** An XSD duration as the reference writes a TimeSpan: `PT1H30M`, `-P1DT0.5S`. */
const XSD_DURATION = "^-?P([0-9]+D)?(T([0-9]+H)?([0-9]+M)?([0-9]+(\\.[0-9]+)?S)?)?$";
const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

/** The largest float, and the least magnitude that rounds to an infinity (decoders refuse it). */
const FLOAT_MAX = 3.4028234663852886e38;
const FLOAT_OVERFLOW = 2 ** 128 - 2 ** 103;

/**
 * The JSON Schema of each kind, as the model defines its JSON: a kind added to `Schema` fails to
 * compile here until it has an entry. Named kinds (objects, enums, dictionary classes) give the
 * body of their definition; the document puts it under `$defs` and refers to it.
 */
export const JSON_SCHEMA_OF: { readonly [K in SchemaKind]: (node: SchemaOfKind<K>, context: JsonSchemaContext) => JsonSchema } = {
  string: () => ({ type: "string" }),
  boolean: () => ({ type: "boolean" }),
  integer: (node) => {
    const schema: JsonSchema = { type: "integer", minimum: Number(node.min), maximum: Number(node.max) };
    if (Number(node.max) > Number.MAX_SAFE_INTEGER) {
      schema["$comment"] =
        `a .NET ${node.typeName} (${node.min} to ${node.max}): bounds past 2^53 are the nearest doubles, ` +
        "and a parser that reads numbers as doubles rounds such values";
    }
    return schema;
  },
  // A JSON number: JSON cannot hold NaN or the infinities, which encoders refuse to write.
  number: (node, context) => {
    if (node.typeName === "double") return { type: "number" };
    // Encoders write exact floats only; decoders round to one, refusing what would overflow.
    return context.io === "output"
      ? { type: "number", minimum: -FLOAT_MAX, maximum: FLOAT_MAX }
      : { type: "number", exclusiveMinimum: -FLOAT_OVERFLOW, exclusiveMaximum: FLOAT_OVERFLOW };
  },
  bytes: () => ({ type: "string", contentEncoding: "base64", pattern: BASE64 }),
  // Output: a member's spelling (an open enum's unnamed value as its number in quotes). Input: the
  // decoders also read a member's number (and, beyond what this says, names in any letter case).
  enum: (node, context) => {
    const named: JsonSchema = { type: "string", enum: [...node.values] };
    if (node.open) return { anyOf: [named, { type: "string", pattern: "^-?[0-9]+$" }, ...(context.io === "input" ? [{ type: "integer" }] : [])] };
    return context.io === "input" ? { anyOf: [named, { type: "integer", enum: [...node.numbers] }] } : named;
  },
  // Written as the int; read also from member names separated by commas.
  flags: (_node, context) => (context.io === "output" ? { type: "integer", minimum: INT_MIN, maximum: INT_MAX } : { type: ["integer", "string"] }),
  // A bare number with its scale; a parser that reads numbers as doubles loses digits past 2^53.
  decimal: () => ({ type: "number", $comment: "a .NET decimal: up to 29 significant digits, kept exactly by evo-codec" }),
  dateTime: (_node, context) => (context.io === "output" ? { type: "string", pattern: WCF_DATE } : { type: "string" }),
  dateTimeOffset: (_node, context) => (context.io === "output" ? { type: "string", pattern: WCF_DATE } : { type: "string" }),
  timeSpan: (_node, context) => (context.io === "output" ? { type: "string", pattern: XSD_DURATION } : { type: "string" }),
  guid: (_node, context) => (context.io === "output" ? { type: "string", pattern: "^[0-9a-f]{32}$" } : { type: "string" }),
  // One UTF-16 code unit: JSON Schema counts code points, so an astral character passes here.
  char: () => ({ type: "string", minLength: 1, maxLength: 1 }),
  // Any JSON value: what an `object` member holds is not described.
  untyped: () => ({}),
  // Absent (or, on input, null) is no value: the member is optional either way.
  nullable: (node, context) => context.schemaOf(node.inner),
  list: (node, context) => ({ type: "array", items: context.schemaOf(node.element) }),
  dictionary: (node, context) => {
    const schema: JsonSchema = { type: "object", additionalProperties: context.schemaOf(node.value) };
    // Keys that are not strings are written as their text: `"42"`, a member's spelling, 32 hex digits.
    if (node.key?.kind === "integer") schema["propertyNames"] = { pattern: "^-?[0-9]+$" };
    else if (node.key?.kind === "guid") schema["propertyNames"] = context.io === "output" ? { pattern: "^[0-9a-f]{32}$" } : {};
    else if (node.key?.kind === "enum" && context.io === "output") schema["propertyNames"] = { enum: [...node.key.values] };
    return schema;
  },
  object: (node, context) => {
    const properties: JsonSchema = {};
    const required: string[] = [];
    for (const field of planObject(node).fields) {
      const name = wireName(field, context.nameCase);
      let schema = context.schemaOf(field.schema);
      if (context.io === "input") {
        schema = { anyOf: [schema, { type: "null" }] };
        // What a decoder fills in when the member is missing or null.
        if (field.isValueType) schema["default"] = jsonValue(field.defaultValue);
      } else if (field.isValueType) {
        required.push(name);
      }
      // A member may be named `__proto__`.
      setOwn(properties, name, schema);
    }
    const schema: JsonSchema = { type: "object", properties };
    if (required.length > 0) schema["required"] = required;
    if (context.io === "output" || context.strict) schema["additionalProperties"] = false;
    return schema;
  },
  lazy: (node, context) => context.referenced(resolveSchema(node)),
};

function jsonValue(value: unknown): unknown {
  return typeof value === "bigint" ? Number(value) : value;
}
