import { checkBoolean, checkInteger, checkList, checkRecord, checkString, enumChecker, nullElement, nullEntry } from "../core/check.js";
import { checkOnlyDescribedMembers } from "../core/encoding.js";
import { rethrowWithin } from "../core/errors.js";
import type { ObjectSchema, Schema } from "../schema/nodes.js";
import { memberValue, perSchemaCache, planObject, wireName, type NameCase } from "../schema/plan.js";
import { jsvString } from "./quote.js";

/**
 * Line breaks and indentation, one TAB per level as the reference's `Dump()` writes them.
 * `at(n)` is a line break followed by n TABs; built once per depth.
 */
export class Layout {
  private readonly lines: string[] = [];
  constructor(readonly newline: string) {}
  at(depth: number): string {
    return (this.lines[depth] ??= this.newline + "\t".repeat(depth));
  }
}

/**
 * Writes a value in pretty JSV. `depth` is the indentation of the line the value starts on;
 * `afterKey` says it follows `name: `, where the reference keeps empty containers inline and
 * starts a non-empty one on a line of its own (leaving the trailing space after the colon).
 */
export type PrettyWriter = (value: unknown, depth: number, afterKey: boolean, layout: Layout) => string;

/**
 * The reference formats compact JSV character by character (spec §4); this writes the same
 * layout from the structure instead, so it never breaks a line or adds a space inside a
 * quoted string where the reference's formatter would.
 */
export const prettyWriterFor = /* @__PURE__ */ perSchemaCache<PrettyWriter>(compile);

function compile(schema: Schema, nameCase: NameCase): PrettyWriter {
  switch (schema.kind) {
    case "string":
      return (value) => jsvString(checkString(value));
    case "boolean":
      return (value) => (checkBoolean(value) ? "True" : "False");
    case "integer":
      return (value) => String(checkInteger(value));
    case "enum":
      return enumChecker(schema);
    case "list":
      return compileList(prettyWriterFor(schema.element, nameCase));
    case "dictionary":
      return compileDictionary(prettyWriterFor(schema.value, nameCase));
    case "object":
      return compileObject(schema, nameCase);
  }
}

function open(bracket: string, depth: number, afterKey: boolean, layout: Layout): string {
  return afterKey ? layout.at(depth) + bracket : bracket;
}

function empty(brackets: string, depth: number, afterKey: boolean, layout: Layout): string {
  return afterKey ? brackets : brackets[0] + layout.at(depth + 1) + layout.at(depth) + brackets[1];
}

function compileList(element: PrettyWriter): PrettyWriter {
  return (value, depth, afterKey, layout) => {
    const items = checkList(value);
    if (items.length === 0) return empty("[]", depth, afterKey, layout);
    const inner = layout.at(depth + 1);
    let out = open("[", depth, afterKey, layout);
    let i = 0;
    try {
      for (; i < items.length; i++) {
        const item = items[i];
        if (item === null || item === undefined) throw nullElement();
        out += (i === 0 ? inner : "," + inner) + element(item, depth + 1, false, layout);
      }
    } catch (error) {
      rethrowWithin(error, i);
    }
    return out + layout.at(depth) + "]";
  };
}

function compileDictionary(entry: PrettyWriter): PrettyWriter {
  return (value, depth, afterKey, layout) => {
    const record = checkRecord(value, "a dictionary");
    const keys = Object.keys(record);
    if (keys.length === 0) return empty("{}", depth, afterKey, layout);
    const inner = layout.at(depth + 1);
    let out = open("{", depth, afterKey, layout);
    let key = "";
    try {
      for (let i = 0; i < keys.length; i++) {
        key = keys[i]!;
        const item = record[key];
        if (item === null || item === undefined) throw nullEntry();
        out += (i === 0 ? inner : "," + inner) + jsvString(key) + ": " + entry(item, depth + 1, true, layout);
      }
    } catch (error) {
      rethrowWithin(error, key);
    }
    return out + layout.at(depth) + "}";
  };
}

function compileObject(schema: ObjectSchema, nameCase: NameCase): PrettyWriter {
  const plan = planObject(schema);
  const fields = plan.fields.map((field) => ({
    field,
    label: wireName(field, nameCase) + ": ",
    write: prettyWriterFor(field.schema, nameCase),
  }));
  return (value, depth, afterKey, layout) => {
    const record = checkRecord(value, schema.typeName);
    const inner = layout.at(depth + 1);
    let out = "";
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
        out += (out.length === 0 ? inner : "," + inner) + label + write(item, depth + 1, true, layout);
      }
    } catch (error) {
      rethrowWithin(error, fields[i]!.field.key);
    }
    checkOnlyDescribedMembers(plan, record, present);
    if (out.length === 0) return empty("{}", depth, afterKey, layout);
    return open("{", depth, afterKey, layout) + out + layout.at(depth) + "}";
  };
}
