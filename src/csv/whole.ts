import type Papa from "papaparse";
import { fastPaths } from "../model/fast-paths.js";
import { parser } from "./read.js";
import { RowReader, type Locator } from "./rows.js";
import type { TablePlan } from "./table.js";

// The fast path of `csv.decode`: a table whose rows all end alike (CRLF, as the reference writes,
// or LF) is split by ONE papaparse call over the whole text, as a bare `Papa.parse` would, and
// read row by row with no text or place kept per row. Anything unusual (blank lines, a blank
// first line, a quote error, a line break of the other kind outside quotes, any failure at all)
// gives `undefined`, and the general path (`RowSplitter`, then papaparse a batch at a time)
// reads the text again and decides and reports exactly as it always has.

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const BOM = 0xfeff;

/** Every place is the start of the text: a failure here is thrown away, and the general path places its own. */
const NOWHERE: Locator = { field: () => 0, inCell: () => 0 };

/** What a row read is replaced with. */
const NO_CELLS: string[] = [];

/**
 * The value of a whole table of `table`'s rows, or `undefined` when the general path must read it
 * (see above). Never throws.
 */
export function decodeWholeTable(table: TablePlan, text: string, strict: boolean, maxDepth: number): unknown {
  if (!fastPaths.enabled) return undefined;
  const start = text.charCodeAt(0) === BOM ? 1 : 0;
  const newline = rowBreakOf(text, start);
  if (newline === undefined) return undefined;
  const body = start === 0 ? text : text.slice(start);
  const parsed = parser(newline).parse(body, 0, false) as Papa.ParseResult<string[]>;
  if (parsed.errors.length > 0) return undefined;
  const rows = parsed.data;
  // A text that ends with a line break has an empty last line, which is no row.
  const end = body.endsWith(newline) ? rows.length - 1 : rows.length;
  const header = rows[0];
  // No header, or a blank first line (which the general path skips).
  if (end < 1 || header === undefined || (header.length === 1 && header[0]!.trim() === "")) return undefined;
  const reader = new RowReader(table, strict, maxDepth, table.many);
  const values: Record<string, unknown>[] = [];
  try {
    reader.header(header, NOWHERE);
    // An empty line is a row of one empty cell: in a wider table, that row fails and the general path drops it.
    for (let r = 1; r < end; r++) {
      values.push(reader.row(rows[r]!, NOWHERE));
      // A row read is let go, so that its cells die young: a collection while later rows are read
      // does not copy every cell of the table (on uniform rows, collections took 37 % of the time, then 24 %).
      rows[r] = NO_CELLS;
    }
  } catch {
    return undefined;
  }
  if (table.many) return values;
  return values.length === 1 ? values[0] : undefined;
}

/**
 * The line break that ends every row of `text` (from `start`), when one kind does: `"\r\n"` when
 * every CR or LF outside a quoted field is a CRLF, `"\n"` when the text has no CR at all;
 * `undefined` otherwise (CR tables, mixed line breaks), for the general path.
 */
function rowBreakOf(text: string, start: number): "\r\n" | "\n" | undefined {
  const lf = text.indexOf("\n", start);
  if (lf > start && text.charCodeAt(lf - 1) === 0x0d) return onlyCrlfOutsideQuotes(text, start) ? "\r\n" : undefined;
  return text.indexOf("\r", start) < 0 ? "\n" : undefined;
}

/**
 * Whether every line break outside quoted fields is a CRLF: a lone CR or LF is data inside a
 * quoted field, and a row break (of the other kind) outside one. Quoted fields are found as
 * `RowSplitter` finds them: a `"` at a field's start opens one, a `"` not doubled closes it. Only
 * the stretch up to the last lone CR or LF is looked at, with `indexOf` jumps whose results are
 * kept until passed, so the time is linear.
 */
function onlyCrlfOutsideQuotes(text: string, start: number): boolean {
  const breaks = new LoneBreaks(text, start);
  let lone = breaks.next(start);
  let quote = text.indexOf('"', start);
  while (lone >= 0) {
    // No quoted field opens before the lone line break: it is outside one.
    if (quote < 0 || quote > lone) return false;
    const before = quote === start ? COMMA : text.charCodeAt(quote - 1);
    // Before the lone break, a LF outside quotes ends a CRLF: a row starts after it.
    if (before !== COMMA && before !== LF) {
      // A quote inside an unquoted field is data.
      quote = text.indexOf('"', quote + 1);
      continue;
    }
    let close = text.indexOf('"', quote + 1);
    while (close >= 0 && text.charCodeAt(close + 1) === QUOTE) close = text.indexOf('"', close + 2);
    // A quoted field left open: papaparse fails on it, and the general path reports it.
    if (close < 0) return false;
    if (lone < close) lone = breaks.next(close + 1);
    quote = text.indexOf('"', close + 1);
  }
  return true;
}

/** Finds CRs that no LF follows and LFs that no CR precedes, in order, each `indexOf` result kept until passed. */
class LoneBreaks {
  private cr: number;
  private lf: number;

  constructor(
    private readonly text: string,
    start: number,
  ) {
    this.cr = text.indexOf("\r", start);
    this.lf = text.indexOf("\n", start);
  }

  /** The first lone CR or LF at or after `from` (which is never between a CR and its LF); -1 when there is none. */
  next(from: number): number {
    const text = this.text;
    if (this.cr >= 0 && this.cr < from) this.cr = text.indexOf("\r", from);
    if (this.lf >= 0 && this.lf < from) this.lf = text.indexOf("\n", from);
    while (this.cr >= 0 && this.lf === this.cr + 1) {
      this.cr = text.indexOf("\r", this.lf + 1);
      this.lf = text.indexOf("\n", this.lf + 1);
    }
    if (this.cr < 0) return this.lf;
    return this.lf < 0 ? this.cr : Math.min(this.cr, this.lf);
  }
}
