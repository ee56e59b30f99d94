import type { ObjectSchema, Schema } from "../schema/nodes.js";
import { memberValue, perSchemaCache, planObject, wireName, type NameCase } from "../schema/plan.js";
import { checkBoolean, checkInteger, checkList, checkRecord, checkString, enumChecker, nullElement, nullEntry } from "./check.js";
import { checkOnlyDescribedMembers } from "./encoding.js";
import { rethrowWithin } from "./errors.js";

/** Writes one value of a schema; throws a `Failure` for a value the schema refuses. */
export type Writer = (value: unknown) => string;

/**
 * What tells compact JSON and compact JSV apart. Their structure is the same: `{name:value,…}`,
 * `[a,b]`, no white space, members in declaration order, null members left out, value types
 * always written. Only the spelling of scalars and names differs.
 */
export interface CompactStyle {
  string(value: string): string;
  boolean(value: boolean): string;
  enumName(name: string): string;
  /** A member name followed by `:`. */
  memberLabel(name: string): string;
  dictionaryKey(key: string): string;
}

/** Compiles schemas into writers of one compact style, once per schema and naming case. */
export function compactWriters(style: CompactStyle): (schema: Schema, nameCase: NameCase) => Writer {
  const writerFor: (schema: Schema, nameCase: NameCase) => Writer = perSchemaCache<Writer>((schema, nameCase): Writer => {
    switch (schema.kind) {
      case "string":
        return (value) => style.string(checkString(value));
      case "boolean":
        return (value) => style.boolean(checkBoolean(value));
      case "integer":
        return (value) => String(checkInteger(value));
      case "enum": {
        // Each member's spelling, worked out once.
        const check = enumChecker(schema);
        const written = new Map(schema.values.map((name) => [name, style.enumName(name)]));
        return (value) => written.get(check(value))!;
      }
      case "list":
        return listWriter(writerFor(schema.element, nameCase));
      case "dictionary":
        return dictionaryWriter(style, writerFor(schema.value, nameCase));
      case "object":
        return objectWriter(style, schema, nameCase, writerFor);
    }
  });
  return writerFor;
}

function listWriter(element: Writer): Writer {
  return (value) => {
    const items = checkList(value);
    let out = "[";
    let i = 0;
    try {
      for (; i < items.length; i++) {
        const item = items[i];
        if (item === null || item === undefined) throw nullElement();
        out += (i === 0 ? "" : ",") + element(item);
      }
    } catch (error) {
      rethrowWithin(error, i);
    }
    return out + "]";
  };
}

function dictionaryWriter(style: CompactStyle, entry: Writer): Writer {
  return (value) => {
    const record = checkRecord(value, "a dictionary");
    let out = "{";
    let key = "";
    try {
      for (key of Object.keys(record)) {
        const item = record[key];
        if (item === null || item === undefined) throw nullEntry();
        out += (out.length === 1 ? "" : ",") + style.dictionaryKey(key) + ":" + entry(item);
      }
    } catch (error) {
      rethrowWithin(error, key);
    }
    return out + "}";
  };
}

function objectWriter(
  style: CompactStyle,
  schema: ObjectSchema,
  nameCase: NameCase,
  writerFor: (schema: Schema, nameCase: NameCase) => Writer,
): Writer {
  const plan = planObject(schema);
  const fields = plan.fields.map((field) => ({
    field,
    label: style.memberLabel(wireName(field, nameCase)),
    write: writerFor(field.schema, nameCase),
  }));
  return (value) => {
    const record = checkRecord(value, schema.typeName);
    let out = "{";
    let present = 0;
    let i = 0;
    try {
      for (; i < fields.length; i++) {
        const { field, label, write } = fields[i]!;
        let item = memberValue(record, field);
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
    checkOnlyDescribedMembers(plan, record, present);
    return out + "}";
  };
}
