import { checkBoolean, checkInteger, checkString, enumChecker } from "../core/check.js";
import type { ObjectSchema, Schema } from "../schema/nodes.js";
import { perSchemaCache, planObject, type FieldPlan, type NameCase, type ObjectPlan } from "../schema/plan.js";
import { jsvWriterFor } from "../jsv/encode.js";
import { readJsvText, scalarParser } from "../jsv/decode.js";

/** One column: its member, and how a value becomes cell text and back. */
export interface Column {
  readonly field: FieldPlan;
  /** A string member's text is the cell itself; anything else is compact JSV. */
  readonly isString: boolean;
  /** The cell text of a present value (before CSV escaping); throws a `Failure` for a refused value. */
  encode(value: unknown): string;
  /** The value of a non-empty cell; throws a `Failure` whose offset is in `cell`. */
  decode(cell: string, strict: boolean, maxDepth: number): unknown;
}

/** A table of one object type: a single object is one row, a list of them many. */
export interface TablePlan {
  readonly row: ObjectSchema;
  readonly plan: ObjectPlan;
  readonly many: boolean;
  readonly columns: readonly Column[];
}

/** The table of a schema, built once per schema and naming case (the case of JSV inside cells). */
export const tableFor = /* @__PURE__ */ perSchemaCache<TablePlan>((schema, nameCase) => {
  const many = schema.kind === "list";
  const row = many ? schema.element : schema;
  if (row.kind !== "object") {
    throw new TypeError("CSV writes tables: give an object schema (one row) or a list of one (a row per value)");
  }
  const plan = planObject(row);
  return { row, plan, many, columns: plan.fields.map((field) => column(field, nameCase)) };
});

function column(field: FieldPlan, nameCase: NameCase): Column {
  const schema = field.schema;
  return {
    field,
    isString: schema.kind === "string",
    encode: cellWriter(schema, nameCase),
    decode: cellReader(schema),
  };
}

/** Strings as they are; `True`/`False`, enum names and integers as JSV writes them; containers as compact JSV. */
function cellWriter(schema: Schema, nameCase: NameCase): (value: unknown) => string {
  switch (schema.kind) {
    case "string":
      return checkString;
    case "boolean":
      return (value) => (checkBoolean(value) ? "True" : "False");
    case "integer":
      return (value) => String(checkInteger(value));
    case "enum":
      return enumChecker(schema);
    default:
      return jsvWriterFor(schema, nameCase);
  }
}

function cellReader(schema: Schema): Column["decode"] {
  if (schema.kind === "string") return (cell) => cell;
  const parse = scalarParser(schema);
  if (parse) return (cell) => parse(cell, 0);
  return (cell, strict, maxDepth) => readJsvText(schema, cell, strict, maxDepth);
}
