import Papa from "papaparse";
import { Failure } from "../core/errors.js";
import { cellToText, fieldStart } from "./locate.js";
import type { ProblemLog } from "../model/collect.js";
import { RowReader, type Locator } from "./rows.js";
import type { RowText } from "./split.js";
import type { TablePlan } from "./table.js";

/**
 * papaparse, told everything so it guesses nothing: the delimiter, the quote, the line break;
 * no type conversion, no header handling, no skipped lines. It splits; evo-codec decides.
 */
export function parser(newline: "\n" | "\r" | "\r\n"): Papa.Parser {
  return new Papa.Parser({
    delimiter: ",",
    newline,
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    comments: false,
  });
}

/**
 * Splits rows of text, as `RowSplitter` gives them, into cells with papaparse. The rows are split
 * at once, each followed by a line break, the last too, so that papaparse treats every row alike.
 */
export class CellSplitter {
  private readonly lf = parser("\n");
  private readonly cr = parser("\r");

  /**
   * The cells of each row up to the first row with a quote error, and that error: a `Failure` at
   * its row's start, or at the end for a quote left open.
   */
  split(rows: readonly RowText[], crBreaks: boolean): { cells: string[][]; failure?: Failure } {
    if (rows.length === 0) return { cells: [] };
    const newline = crBreaks ? "\r" : "\n";
    const text = rows.map((row) => row.text).join(newline) + newline;
    const parsed = (crBreaks ? this.cr : this.lf).parse(text, 0, false) as Papa.ParseResult<string[]>;
    const problem = parsed.errors[0];
    if (problem === undefined && parsed.data.length === rows.length + 1) return { cells: parsed.data.slice(0, rows.length) };
    // Rows before the one papaparse complains about were split as `RowSplitter` split them.
    const bad = Math.min(problem?.row ?? 0, rows.length - 1);
    const row = rows[bad]!;
    const failure =
      problem?.code === "MissingQuotes"
        ? new Failure("unexpected-end", "the text ends inside a quoted field", row.offset + withoutLineBreak(row.text))
        : new Failure("syntax", `${problem?.message.toLowerCase() ?? "a quote ends a field early"} (a quote inside a quoted field must be doubled)`, row.offset);
    return { cells: parsed.data.slice(0, bad), failure };
  }
}

/**
 * A table read one row of text at a time, as `RowSplitter` gives them, the same way for the
 * whole text and for a stream: the first line with any text is the header, every later one a
 * value. An empty line is no row (the reference drops them), except in a table of one column,
 * where it is a row whose one cell is empty: what the writer writes for a value with no member.
 */
export class TableReading {
  private readonly reader: RowReader;
  private readonly splitter = new CellSplitter();
  private width = 0;
  private headerRead = false;
  private readonly locator = new RowLocator();

  /** `log`: collecting mode (`csv.check`), see {@link RowReader}. */
  constructor(table: TablePlan, strict: boolean, maxDepth: number, indexRows: boolean, log?: ProblemLog) {
    this.reader = new RowReader(table, strict, maxDepth, indexRows, log);
  }

  /** Whether the header row has been read. */
  get hasHeader(): boolean {
    return this.headerRead;
  }

  /**
   * The cells of each row, `undefined` for a line that is no row, up to the first row with a
   * quote error, and that error (see {@link CellSplitter}).
   */
  cells(rows: readonly RowText[], crBreaks: boolean): { cells: (string[] | undefined)[]; failure?: Failure } {
    const { cells, failure } = this.splitter.split(rows, crBreaks);
    return { cells: cells.map((rowCells, r) => this.lineCells(rows[r]!, rowCells)), ...(failure ? { failure } : {}) };
  }

  private lineCells(row: RowText, cells: string[]): string[] | undefined {
    if (this.width === 0) {
      if (row.text.trim() === "") return undefined;
      this.width = cells.length;
    } else if (row.text === "") {
      return this.width === 1 ? cells : undefined;
    }
    return cells;
  }

  /** The header's columns, the first time; a value every later time. Throws a `Failure`. */
  read(row: RowText, cells: readonly string[]): Record<string, unknown> | undefined {
    // One locator for every row, pointed at the row being read: a place is worked out only for a failure, before it is thrown.
    const locate = this.locator;
    locate.row = row;
    if (this.headerRead) return this.reader.row(cells, locate);
    this.reader.header(cells, locate);
    this.headerRead = true;
    return undefined;
  }
}

/** Places in the text of the row being read. */
class RowLocator implements Locator {
  row: RowText = { text: "", offset: 0, line: 1, column: 1 };

  field(index: number): number {
    return this.row.offset + fieldStart(this.row.text, index);
  }

  inCell(index: number, offsetInCell: number): number {
    return this.row.offset + cellToText(this.row.text, fieldStart(this.row.text, index), offsetInCell);
  }
}

/** A quote left open runs to the end of the text: the error points before its last line break. */
function withoutLineBreak(text: string): number {
  if (text.endsWith("\r\n")) return text.length - 2;
  return text.endsWith("\n") || text.endsWith("\r") ? text.length - 1 : text.length;
}
