import { buildObject, claimMember, emptySlots, fillDefaults, memberNamed, storeMember, UNSET } from "../model/decode-members.js";
import { isRecoverable, PROBLEM, type ProblemLog } from "../model/collect.js";
import { Failure } from "../core/errors.js";
import { fastPaths } from "../model/fast-paths.js";
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
  /** Whether the header names members in declaration order (as the writer writes them), some left out or unknown: see {@link buildInOrder}. */
  private inOrder = false;
  private readonly slots: unknown[];
  rows = 0;

  constructor(
    private readonly table: TablePlan,
    private readonly strict: boolean,
    private readonly maxDepth: number,
    /** Put the row's index in error paths (`[3].callState`): a list, or a stream of rows. */
    private readonly indexRows: boolean,
    /** Collecting mode (`csv.check`): a cell's or a column's schema-level problem is recorded here, and reading goes on. */
    private readonly log?: ProblemLog,
  ) {
    this.slots = emptySlots(table.plan);
  }

  /**
   * Maps header cells to members: unknown names are skipped (reported when strict), a repeated
   * one is an error. Problems have the path of the member in the first row (`[0].nope` in a list).
   */
  header(cells: readonly string[], locate: Locator): void {
    // The table is the first level, as the root is in every format: `maxDepth: 0` admits none.
    if (this.maxDepth < 1) throw tooDeep(this.maxDepth, locate.field(0));
    const plan = this.table.plan;
    const slots = emptySlots(plan);
    this.width = cells.length;
    this.columns = cells.map((cell, index) => {
      const name = cell.trim();
      // Positions are worked out only for a problem: each costs a scan of the text.
      const field = plan.findField(name);
      if (field === undefined && !this.strict) return undefined;
      if (field === undefined || slots[field.index] !== UNSET) {
        // A column given twice is never read leniently: which cell would win is not the table's to say.
        const refuse = () => (field === undefined ? memberNamed(plan, name, this.strict, locate.field(index)) : claimMember(slots, field, name, true, locate.field(index)));
        if (this.log !== undefined) {
          // Collecting: the problem is recorded and the column left unread.
          this.log.attempt(this.indexRows ? 0 : undefined, refuse);
          return undefined;
        }
        try {
          refuse();
        } catch (error) {
          // The header names the members of every row: its problem has the first row's path.
          if (error instanceof Failure && this.indexRows) error.within(0);
          throw error;
        }
      }
      slots[field!.index] = true;
      return this.table.columns[field!.index]!;
    });
    this.inOrder = fastPaths.enabled && this.log === undefined && inDeclarationOrder(this.columns);
  }

  /** One data row as a value; `rowIndex` counts data rows from 0 and goes into error paths of lists. */
  row(cells: readonly string[], locate: Locator): Record<string, unknown> {
    const rowIndex = this.rows++;
    // A cell's value sits one level below its row, which sits below the list when there is one.
    const outerDepth = this.indexRows ? 2 : 1;
    try {
      // A row of a list is the second level, as a list's element is in JSON.
      if (outerDepth > this.maxDepth) throw tooDeep(this.maxDepth, locate.field(0));
      if (cells.length !== this.width) {
        const at = locate.field(Math.min(cells.length, this.width));
        throw new Failure("field-count", `the row has ${cells.length} fields, the header ${this.width}`, at);
      }
      return this.inOrder ? this.buildInOrder(cells, locate, outerDepth, rowIndex) : this.buildFromSlots(cells, locate, outerDepth, rowIndex);
    } catch (error) {
      if (error instanceof Failure && this.indexRows) error.within(rowIndex);
      throw error;
    }
  }

  /**
   * A row whose columns are in declaration order (a fast path), stored into its object cell by
   * cell: the object `buildObject` would make of its slots, without them or a second pass.
   */
  private buildInOrder(cells: readonly string[], locate: Locator, outerDepth: number, rowIndex: number): Record<string, unknown> {
    const plan = this.table.plan;
    const out = plan.newObject();
    let next = 0;
    for (let i = 0; i < cells.length; i++) {
      const column = this.columns[i];
      if (column === undefined) continue;
      const field = column.field;
      fillDefaults(plan, out, next, field.index);
      next = field.index + 1;
      const cell = cells[i]!;
      // An empty cell is a missing value: absent, or an error for a value type (which is always written).
      if (cell.length === 0 && !field.isValueType) continue;
      storeMember(out, field, this.cellValue(column, cell, i, locate, outerDepth, rowIndex));
    }
    fillDefaults(plan, out, next, plan.fields.length);
    return out;
  }

  /** Any other row: its cells' values into slots (collecting mode: problems too), then the object. */
  private buildFromSlots(cells: readonly string[], locate: Locator, outerDepth: number, rowIndex: number): Record<string, unknown> {
    // One slots array for every row: `buildObject` copies out what a row put in it.
    const slots = this.slots;
    slots.fill(UNSET);
    for (let i = 0; i < cells.length; i++) {
      const column = this.columns[i];
      if (column === undefined) continue;
      const cell = cells[i]!;
      if (cell.length === 0 && !column.field.isValueType) continue;
      slots[column.field.index] = this.cellValue(column, cell, i, locate, outerDepth, rowIndex);
    }
    return buildObject(this.table.plan, slots);
  }

  /**
   * The value of cell `index` (collecting: or {@link PROBLEM}); what it throws is placed in the
   * text and given the member's name.
   */
  private cellValue(column: Column, cell: string, index: number, locate: Locator, outerDepth: number, rowIndex: number): unknown {
    try {
      return this.log === undefined ? column.decode(cell, this.strict, this.maxDepth, outerDepth) : this.collectCell(this.log, column, cell, index, rowIndex, locate);
    } catch (error) {
      if (error instanceof Failure) {
        error.offset = locate.inCell(index, error.offset);
        error.within(column.field.key);
      }
      throw error;
    }
  }

  /**
   * Collecting mode: a cell's value, or {@link PROBLEM} once its schema-level problems (the cell's
   * own, or each inside its JSV) are recorded with their place in the text. What ends the text is
   * thrown, as when decoding.
   */
  private collectCell(log: ProblemLog, column: Column, cell: string, index: number, rowIndex: number, locate: Locator): unknown {
    const toText = log.toText;
    const mark = log.enter(this.indexRows ? rowIndex : column.field.key);
    if (this.indexRows) log.enter(column.field.key);
    log.toText = (offset) => locate.inCell(index, offset);
    try {
      return column.decode(cell, this.strict, this.maxDepth, this.indexRows ? 2 : 1, log);
    } catch (error) {
      if (!isRecoverable(error)) throw error;
      log.record(error);
      return PROBLEM;
    } finally {
      log.toText = toText;
      log.leave(mark);
    }
  }
}

/** Whether the members the columns name (unknown ones left out) come in declaration order. */
function inDeclarationOrder(columns: readonly (Column | undefined)[]): boolean {
  let next = 0;
  for (const column of columns) {
    if (column === undefined) continue;
    if (column.field.index < next) return false;
    next = column.field.index + 1;
  }
  return true;
}

function tooDeep(maxDepth: number, at: number): Failure {
  return new Failure("depth-limit", `nesting deeper than ${maxDepth} levels`, at);
}
