import { Failure, rethrowWithin } from "../core/errors.js";
import { describeValue, isRecord } from "../core/objects.js";
import type { ObjectSchema, Schema } from "../schema/nodes.js";
import { perSchemaCache, planObject, wireName, type NameCase } from "../schema/plan.js";
import { checkOnlyDescribedMembers } from "../core/encoding.js";
import { quoteJsonString } from "./escape.js";

/** Writes one value of a schema as compact JSON; throws a `Failure` for a value the schema refuses. */
export type JsonWriter = (value: unknown) => string;

/** The compiled writer of a schema, built once per schema and naming case. */
export const jsonWriterFor = perSchemaCache<JsonWriter>(compile);

function compile(schema: Schema, nameCase: NameCase): JsonWriter {
  switch (schema.kind) {
    case "string":
      return (value) => {
        if (typeof value !== "string") throw new Failure("type-mismatch", `expected a string, got ${describeValue(value)}`, -1);
        return quoteJsonString(value);
      };
    case "boolean":
      return (value) => {
        if (typeof value !== "boolean") throw new Failure("type-mismatch", `expected a boolean, got ${describeValue(value)}`, -1);
        return value ? "true" : "false";
      };
    case "integer":
      return (value) => {
        if (!Number.isSafeInteger(value)) throw new Failure("invalid-integer", `expected a safe integer, got ${describeValue(value)}`, -1);
        return String(value);
      };
    case "enum": {
      const members = new Set<unknown>(schema.values);
      return (value) => {
        if (!members.has(value)) {
          throw new Failure("invalid-enum", `${describeValue(value)} is not a ${schema.typeName} (${schema.values.join(", ")})`, -1);
        }
        // Enum names are C# identifiers: nothing to escape.
        return '"' + (value as string) + '"';
      };
    }
    case "list": {
      const element = jsonWriterFor(schema.element, nameCase);
      return (value) => {
        if (!Array.isArray(value)) throw new Failure("type-mismatch", `expected a list, got ${describeValue(value)}`, -1);
        let out = "[";
        let i = 0;
        try {
          for (; i < value.length; i++) {
            const item: unknown = value[i];
            if (item === null || item === undefined) throw new Failure("null-value", "a list element cannot be null", -1);
            out += (i === 0 ? "" : ",") + element(item);
          }
        } catch (error) {
          rethrowWithin(error, i);
        }
        return out + "]";
      };
    }
    case "dictionary": {
      const entry = jsonWriterFor(schema.value, nameCase);
      return (value) => {
        if (!isRecord(value)) throw new Failure("type-mismatch", `expected a dictionary, got ${describeValue(value)}`, -1);
        let out = "{";
        let key = "";
        try {
          for (key of Object.keys(value)) {
            const item = value[key];
            if (item === null || item === undefined) throw new Failure("null-value", "a dictionary value cannot be null", -1);
            out += (out.length === 1 ? "" : ",") + quoteJsonString(key) + ":" + entry(item);
          }
        } catch (error) {
          rethrowWithin(error, key);
        }
        return out + "}";
      };
    }
    case "object":
      return compileObject(schema, nameCase);
  }
}

function compileObject(schema: ObjectSchema, nameCase: NameCase): JsonWriter {
  const plan = planObject(schema);
  const fields = plan.fields.map((field) => ({
    field,
    label: quoteJsonString(wireName(field, nameCase)) + ":",
    write: jsonWriterFor(field.schema, nameCase),
  }));
  return (value) => {
    if (!isRecord(value)) throw new Failure("type-mismatch", `expected ${schema.typeName}, got ${describeValue(value)}`, -1);
    let out = "{";
    let present = 0;
    let i = 0;
    try {
      for (; i < fields.length; i++) {
        const { field, label, write } = fields[i]!;
        let item = value[field.key];
        if (item === undefined || item === null) {
          if (!field.isValueType) continue;
          item = field.defaultValue;
        } else {
          present++;
        }
        out += (out.length === 1 ? label : "," + label) + write(item);
      }
    } catch (error) {
      rethrowWithin(error, fields[i]!.field.key);
    }
    checkOnlyDescribedMembers(plan, value, present);
    return out + "}";
  };
}
