import type { WriteState } from "../core/compact-writer.js";
import { rethrowEncodingWithin } from "../core/errors.js";
import { memberValues } from "../model/encode-members.js";
import { wireName, type NameCase } from "../model/plan.js";
import { checkList, nullElement } from "../model/values.js";
import { fastPaths } from "../model/fast-paths.js";
import { csvField, guardFormula } from "./field.js";
import type { Column, TablePlan } from "./table.js";

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
  return rowText(table, layout, value, state, []);
}

/** Rows up to this many characters are joined flat; a longer one is a rope of its pieces, not copied again. */
const FLAT_ROW = 1 << 16;

/**
 * A data row, its pieces gathered in `pieces` (emptied first, reused from row to row) and joined
 * once: a flat row. A rope of a hundred small strings per row costs more to build, and again to flatten.
 */
function rowText(table: TablePlan, layout: CsvLayout, value: unknown, state: WriteState, pieces: string[]): string {
  const values = memberValues(table.plan, value);
  state.enter(value);
  const columns = table.columns;
  const commas = table.commas;
  const fast = fastPaths.enabled;
  pieces.length = 0;
  // The commas before a cell are added with it: empty cells add nothing of their own.
  let owed = 0;
  let length = 0;
  let i = 0;
  try {
    for (; i < columns.length; i++) {
      if (i > 0) owed++;
      const item = values[i];
      if (item === undefined) continue;
      const column = columns[i]!;
      const cell = fast && column.cell !== undefined ? column.cell(item, state) : generalCell(column, layout, item, state);
      pieces.push(commas[owed]!, cell);
      length += cell.length;
      owed = 0;
    }
  } catch (error) {
    rethrowEncodingWithin(error, columns[i]!.field.key);
  }
  state.leave();
  pieces.push(table.rowEnds[owed]!);
  return length <= FLAT_ROW ? pieces.join("") : rope(pieces, values, columns);
}

/**
 * A long row as a rope of its pieces, which copies none of them; a row longer than the engine's
 * longest string fails at the member whose cell crosses that length.
 */
function rope(pieces: readonly string[], values: readonly unknown[], columns: readonly Column[]): string {
  let row = "";
  let p = 0;
  try {
    for (; p < pieces.length; p++) row += pieces[p];
  } catch (error) {
    // Pieces 2k and 2k + 1 are the comma and the cell of the k-th present member; the last, the row's end.
    let cell = p === pieces.length - 1 ? -1 : p >> 1;
    for (let i = 0; i < columns.length && cell >= 0; i++) {
      if (values[i] !== undefined && cell-- === 0) rethrowEncodingWithin(error, columns[i]!.field.key);
    }
    throw error;
  }
  return row;
}

/** A cell as the general path writes it: its text (a string as it is, anything else JSV), then scanned and escaped for CSV. */
function generalCell(column: Column, layout: CsvLayout, item: unknown, state: WriteState): string {
  const cell = column.encode(item, state);
  return csvField(layout.escapeFormulae && column.isString ? guardFormula(cell) : cell);
}

/** The whole table: the header, then one row for a single object or one per list element. */
export function encodeTable(table: TablePlan, layout: CsvLayout, value: unknown, state: WriteState): string {
  let out = headerRow(table, layout);
  if (!table.many) return out + dataRow(table, layout, value, state);
  // Rows flat, the table a rope of them: cheap to flatten, and a text too long fails at its row.
  const pieces: string[] = [];
  const values = checkList(value);
  const length = values.length;
  state.enter(values);
  let i = 0;
  try {
    for (; i < length; i++) {
      const value = values[i];
      if (value === null || value === undefined) throw nullElement();
      out += rowText(table, layout, value, state, pieces);
    }
  } catch (error) {
    rethrowEncodingWithin(error, i);
  }
  state.leave();
  return out;
}
