import type { WriteState } from "../core/compact-writer.js";
import { flatString } from "../core/chars.js";
import { requireSchema, resolveSchema } from "../model/compile.js";
import { planObject, type FieldPlan, type NameCase, type ObjectPlan } from "../model/plan.js";
import { checkString } from "../model/values.js";
import { checkChar, READ_TEXT } from "../model/dotnet-values.js";
import type { ProblemLog } from "../model/collect.js";
import type { ObjectSchema, Schema } from "../schema/nodes.js";
import { jsvWriterFor } from "../jsv/encode.js";
import { readJsvText } from "../jsv/decode.js";
import { scalarParser } from "../jsv/scalar-readers.js";
import { containerReader } from "../jsv/container-cells.js";
import { cellWriterFor, type CellWriter } from "./cells.js";

/** One column: its member, and how a value becomes cell text and back. */
export interface Column {
  readonly field: FieldPlan;
  /** A string member's text is the cell itself; anything else is compact JSV. */
  readonly isString: boolean;
  /** The cell text of a present value (before CSV escaping); throws a `Failure` for a refused value. */
  encode(value: unknown, state: WriteState): string;
  /** The fast path's writer of a present value's finished cell (escaped, quoted), where it has one. */
  readonly cell: CellWriter | undefined;
  /**
   * The value of a non-empty cell, `outerDepth` levels down in its table; throws a `Failure` whose
   * offset is in `cell`. With `log` (collecting), the problems inside its JSV are recorded there.
   */
  decode(cell: string, strict: boolean, maxDepth: number, outerDepth: number, log?: ProblemLog): unknown;
}

/** A table of one object type: a single object is one row, a list of them many. */
export interface TablePlan {
  readonly row: ObjectSchema;
  readonly plan: ObjectPlan;
  readonly many: boolean;
  readonly columns: readonly Column[];
  /** `commas[n]` is n commas: the separators before a cell, empty cells included, spelled once. */
  readonly commas: readonly string[];
  /** `rowEnds[n]` is n commas and the row's `\r\n`. */
  readonly rowEnds: readonly string[];
}

const tables = { camel: new WeakMap<Schema, TablePlan>(), pascal: new WeakMap<Schema, TablePlan>() };

/** The table of a schema, built once per schema and naming case (the case of JSV inside cells). */
export function tableFor(schema: Schema, nameCase: NameCase): TablePlan {
  let table = tables[nameCase].get(schema);
  if (table === undefined) {
    table = buildTable(schema, nameCase);
    tables[nameCase].set(schema, table);
  }
  return table;
}

function buildTable(schema: Schema, nameCase: NameCase): TablePlan {
  requireSchema(schema);
  const resolved = resolveSchema(schema);
  const many = resolved.kind === "list";
  const row = many ? resolveSchema(resolved.element) : resolved;
  if (row.kind !== "object") {
    throw new TypeError("CSV writes tables: give an object schema (one row) or a list of one (a row per value)");
  }
  const plan = planObject(row);
  // n commas for every n a row can owe, 0 included (a type with no members writes rows of nothing).
  const commas = Array.from({ length: plan.fields.length + 1 }, (_, n) => flatString(",".repeat(n)));
  const rowEnds = commas.map((separators) => flatString(separators + "\r\n"));
  return { row, plan, many, columns: plan.fields.map((field) => column(field, nameCase)), commas, rowEnds };
}

function column(field: FieldPlan, nameCase: NameCase): Column {
  const schema = field.schema;
  return {
    field,
    isString: textKind(schema) === "string",
    encode: cellWriter(schema, nameCase),
    cell: cellWriterFor(schema, nameCase),
    decode: cellReader(schema),
  };
}

/** Strings, chars and untyped values have cells of their own; everything else is JSV. */
function textKind(schema: Schema): "string" | "char" | "untyped" | undefined {
  let node = resolveSchema(schema);
  if (node.kind === "nullable") node = resolveSchema(node.inner);
  return node.kind === "string" || node.kind === "char" || node.kind === "untyped" ? node.kind : undefined;
}

/**
 * A string (or char, as the reference writes it) as it is; an untyped string too, unless it starts
 * like JSV that is not a string (`[`, `{`, `"`), when it is quoted JSV; everything else as JSV
 * writes it (scalars bare, containers compact).
 */
function cellWriter(schema: Schema, nameCase: NameCase): Column["encode"] {
  const kind = textKind(schema);
  if (kind === "string") return checkString;
  if (kind === "char") return checkChar;
  const write = jsvWriterFor(schema, nameCase);
  if (kind === "untyped") return (value, state) => (typeof value === "string" && !startsLikeJsv(value) ? value : write(value, state, false));
  return (value, state) => write(value, state, false);
}

function cellReader(schema: Schema): Column["decode"] {
  const kind = textKind(schema);
  if (kind === "string") return (cell) => cell;
  if (kind === "char") return (cell) => READ_TEXT.char(cell, 0);
  if (kind === "untyped") {
    return (cell, strict, maxDepth, outerDepth, log) => (startsLikeJsv(cell) ? readJsvText(schema, cell, strict, maxDepth, outerDepth, log) : cell);
  }
  const parse = scalarParser(schema);
  // A scalar whose JSV is quoted (empty bytes: `""`) is read as JSV reads it; any other as it is.
  if (parse) return (cell, strict, maxDepth) => (cell.charCodeAt(0) === 0x22 ? readJsvText(schema, cell, strict, maxDepth) : parse(cell, 0));
  return containerReader(schema);
}

function startsLikeJsv(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 0x5b || c === 0x7b || c === 0x22;
}
