import { checkList, checkRecord, nullElement } from "../core/check.js";
import { checkOnlyDescribedMembers } from "../core/encoding.js";
import { rethrowWithin } from "../core/errors.js";
import { memberValue, wireName, type NameCase } from "../schema/plan.js";
import { csvField, guardFormula } from "./field.js";
import type { TablePlan } from "./table.js";

/** What a table's text looks like, beyond its values. */
export interface CsvLayout {
  /** Header names: the C# names (`"pascal"`, as the reference writes even on a camelCase host) or camelCase. */
  readonly headers: NameCase;
  /** Prefix `'` to string cells a spreadsheet would run as a formula. */
  readonly escapeFormulae: boolean;
}

/** The header row: member names written raw (the reference never escapes its default headers). */
export function headerRow(table: TablePlan, layout: CsvLayout): string {
  return table.columns.map((column) => wireName(column.field, layout.headers)).join(",") + "\r\n";
}

/** One value as a data row, `\r\n` included; throws a `Failure` for a value the schema refuses. */
export function dataRow(table: TablePlan, layout: CsvLayout, value: unknown): string {
  const record = checkRecord(value, table.row.typeName);
  const columns = table.columns;
  let out = "";
  let present = 0;
  let i = 0;
  try {
    for (; i < columns.length; i++) {
      const column = columns[i]!;
      const field = column.field;
      let item = memberValue(record, field);
      if (item === undefined || item === null) {
        if (!field.isValueType) {
          if (i > 0) out += ",";
          continue;
        }
        item = field.defaultValue;
      } else {
        present++;
      }
      let cell = column.encode(item);
      if (layout.escapeFormulae && column.isString) cell = guardFormula(cell);
      out += i > 0 ? "," + csvField(cell) : csvField(cell);
    }
  } catch (error) {
    rethrowWithin(error, columns[i]!.field.key);
  }
  checkOnlyDescribedMembers(table.plan, record, present);
  return out + "\r\n";
}

/** The whole table: the header, then one row for a single object or one per list element. */
export function encodeTable(table: TablePlan, layout: CsvLayout, value: unknown): string {
  let out = headerRow(table, layout);
  if (!table.many) return out + dataRow(table, layout, value);
  const values = checkList(value);
  let i = 0;
  try {
    for (; i < values.length; i++) {
      const value = values[i];
      if (value === null || value === undefined) throw nullElement();
      out += dataRow(table, layout, value);
    }
  } catch (error) {
    rethrowWithin(error, i);
  }
  return out;
}
