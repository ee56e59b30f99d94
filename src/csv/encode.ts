import type { WriteState } from "../core/compact-writer.js";
import { rethrowEncodingWithin } from "../core/errors.js";
import { memberValues } from "../model/encode-members.js";
import { wireName, type NameCase } from "../model/plan.js";
import { checkList, nullElement } from "../model/values.js";
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
export function dataRow(table: TablePlan, layout: CsvLayout, value: unknown, state: WriteState): string {
  const values = memberValues(table.plan, value);
  state.enter(value);
  const columns = table.columns;
  const commas = table.commas;
  let out = "";
  // The commas before a cell are added with it, as one piece: empty cells add nothing of their own.
  let owed = 0;
  let i = 0;
  try {
    for (; i < columns.length; i++) {
      if (i > 0) owed++;
      const item = values[i];
      if (item === undefined) continue;
      const column = columns[i]!;
      let cell = column.encode(item, state);
      if (layout.escapeFormulae && column.isString) cell = guardFormula(cell);
      out += commas[owed] + csvField(cell);
      owed = 0;
    }
  } catch (error) {
    rethrowEncodingWithin(error, columns[i]!.field.key);
  }
  state.leave();
  return out + commas[owed] + "\r\n";
}

/** The whole table: the header, then one row for a single object or one per list element. */
export function encodeTable(table: TablePlan, layout: CsvLayout, value: unknown, state: WriteState): string {
  let out = headerRow(table, layout);
  if (!table.many) return out + dataRow(table, layout, value, state);
  const values = checkList(value);
  const length = values.length;
  state.enter(values);
  let i = 0;
  try {
    for (; i < length; i++) {
      const value = values[i];
      if (value === null || value === undefined) throw nullElement();
      out += dataRow(table, layout, value, state);
    }
  } catch (error) {
    rethrowEncodingWithin(error, i);
  }
  state.leave();
  return out;
}
