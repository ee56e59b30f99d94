import { buildObject, UNSET } from "../core/decoding.js";
import { Failure } from "../core/errors.js";
import type { TablePlan, Column } from "./table.js";

/** Where things are in the text of the current row, worked out only when an error needs it. */
export interface Locator {
  /** Where field `index` starts (one past the last field: where the row ends). */
  field(index: number): number;
  /** Where `offsetInCell` of field `index`'s value is. */
  inCell(index: number, offsetInCell: number): number;
}

/**
 * Turns rows of cells, as papaparse splits them, into typed values: the first row names the
 * columns (ignoring case and order), every later row is one value.
 */
export class RowReader {
  private columns: (Column | undefined)[] = [];
  private width = 0;
  rows = 0;

  constructor(
    private readonly table: TablePlan,
    private readonly strict: boolean,
    private readonly maxDepth: number,
    /** Put the row's index in error paths (`[3].callState`): a list, or a stream of rows. */
    private readonly indexRows: boolean,
  ) {}

  /** Maps header cells to members: unknown names are skipped (reported when strict), a repeated one is an error. */
  header(cells: readonly string[], locate: Locator): void {
    const seen = new Set<Column>();
    this.width = cells.length;
    this.columns = cells.map((cell, index) => {
      const name = cell.trim();
      const field = this.table.plan.findField(name);
      if (field === undefined) {
        if (this.strict) throw new Failure("unknown-member", `${this.table.row.typeName} has no member ${JSON.stringify(name)}`, locate.field(index));
        return undefined;
      }
      const column = this.table.columns[field.index]!;
      if (seen.has(column)) throw new Failure("duplicate-member", `the column ${JSON.stringify(name)} appears twice in the header`, locate.field(index));
      seen.add(column);
      return column;
    });
  }

  /** One data row as a value; `rowIndex` counts data rows from 0 and goes into error paths of lists. */
  row(cells: readonly string[], locate: Locator): Record<string, unknown> {
    const rowIndex = this.rows++;
    try {
      if (cells.length !== this.width) {
        const at = locate.field(Math.min(cells.length, this.width));
        throw new Failure("field-count", `the row has ${cells.length} fields, the header ${this.width}`, at);
      }
      const slots: unknown[] = new Array(this.table.columns.length).fill(UNSET);
      for (let i = 0; i < cells.length; i++) {
        const column = this.columns[i];
        if (column === undefined) continue;
        const cell = cells[i]!;
        // An empty cell is a missing value: absent, or an error for a value type (which is always written).
        if (cell.length === 0 && column.isString) continue;
        try {
          slots[column.field.index] = cell.length === 0 && !column.field.isValueType ? undefined : column.decode(cell, this.strict, this.maxDepth);
        } catch (error) {
          if (error instanceof Failure) {
            error.offset = locate.inCell(i, error.offset);
            error.within(column.field.key);
          }
          throw error;
        }
      }
      return buildObject(this.table.plan.fields, slots);
    } catch (error) {
      if (error instanceof Failure && this.indexRows) error.within(rowIndex);
      throw error;
    }
  }
}
