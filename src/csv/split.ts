import { codeAt } from "../core/chars.js";
/** A row's text, without its line break, and where it starts in the whole text. */
export interface RowText {
  readonly text: string;
  /** Offset of its first character in the whole text (a BOM counts). */
  readonly offset: number;
  /** 1-based line and column of its first character, as `positionAt` counts them. */
  readonly line: number;
  readonly column: number;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const BOM = 0xfeff;

/**
 * Splits CSV text into rows as it arrives, as the reference does (spec §6): a row ends at a LF
 * outside quotes, and a CR just before that LF is dropped. A table whose first line break is a
 * lone CR has CR line breaks. A field that starts with `"` is quoted up to a `"` that is not
 * doubled (papaparse's rule). A leading BOM is skipped. Each character is looked at once and a
 * row's text is joined only when it is complete, so time is linear in the text however it is cut.
 */
export class RowSplitter {
  private rows: RowText[] = [];
  /** The unfinished row's text from earlier pieces. */
  private parts: string[] = [];
  private partsLength = 0;
  /** The last piece's last character when it is a `"` or a CR: what it means depends on the next. */
  private held = "";
  /** Offset of the next character to look at (the held one, if any). */
  private offset = 0;
  private line = 1;
  private lineStart = 0;
  /** Where the row not yet complete starts (kept as numbers: a row costs one object, the one it is given as). */
  private rowOffset = 0;
  private rowLine = 1;
  private rowColumn = 1;
  private inQuotes = false;
  private atFieldStart = true;
  private breaks: "lf" | "cr" | undefined;

  /** Whether rows end at a lone CR rather than a LF (known once the first line break is). */
  get crBreaks(): boolean {
    return this.breaks === "cr";
  }

  /** Adds the next piece of text. */
  push(piece: string): void {
    if (this.offset === 0 && this.held === "" && piece.charCodeAt(0) === BOM) {
      this.offset = this.rowOffset = 1;
      this.rowColumn = 2;
      piece = piece.slice(1);
    }
    this.scan(this.held + piece, false);
  }

  /** The text has ended: what is left is the last row, if it has any text. */
  end(): void {
    this.scan(this.held, true);
    if (this.partsLength > 0) this.endRow("", 0, 0, this.offset);
  }

  /** The rows completed so far that were not taken yet. */
  take(): RowText[] {
    const rows = this.rows;
    this.rows = [];
    return rows;
  }

  /** The length of the row not yet complete, its line break aside. */
  get pendingLength(): number {
    return this.partsLength;
  }

  /** Where the row not yet complete starts. */
  get pendingOffset(): number {
    return this.rowOffset;
  }

  /** The row not yet complete, with the held character: the place of an error at the end of the text. */
  pending(): RowText {
    return { text: this.parts.join("") + this.held, offset: this.rowOffset, line: this.rowLine, column: this.rowColumn };
  }

  private scan(text: string, last: boolean): void {
    const end = !last && isHeld(text.charCodeAt(text.length - 1)) ? text.length - 1 : text.length;
    const base = this.offset;
    // The quoting state lives in locals while the loop runs: it is the hot path of every decode.
    // (A loop over character codes, not `indexOf` jumps: on Node 20 such an `indexOf` loop turned
    // quadratic here once other inputs had warmed it up, 18 s for a 200,000-column header.)
    let inQuotes = this.inQuotes;
    let atFieldStart = this.atFieldStart;
    let rowFrom = 0;
    let i = 0;
    for (; i < end; i++) {
      let c = codeAt(text, i);
      if (c > COMMA) {
        // Most characters: only a field's first one matters, so run past the rest.
        atFieldStart = false;
        while (++i < end && (c = codeAt(text, i)) > COMMA);
        if (i === end) break;
      }
      if (inQuotes) {
        if (c === QUOTE) {
          if (codeAt(text, i + 1) === QUOTE) i++;
          else inQuotes = false;
        } else if (c === LF || c === CR) {
          this.lineBreak(text, i, base);
        }
      } else if (c === COMMA) {
        atFieldStart = true;
      } else if (c === QUOTE) {
        inQuotes = atFieldStart;
        atFieldStart = false;
      } else if (c === LF || c === CR) {
        this.lineBreak(text, i, base);
        this.breaks ??= c === LF || text.charCodeAt(i + 1) === LF ? "lf" : "cr";
        if (c === (this.breaks === "lf" ? LF : CR)) {
          const dropCr = c === LF && i > rowFrom && text.charCodeAt(i - 1) === CR;
          this.endRow(text, rowFrom, dropCr ? i - 1 : i, base + i + 1);
          rowFrom = i + 1;
          atFieldStart = true;
        } else {
          atFieldStart = false;
        }
      } else {
        atFieldStart = false;
      }
    }
    this.inQuotes = inQuotes;
    this.atFieldStart = atFieldStart;
    if (i > rowFrom) {
      this.parts.push(text.slice(rowFrom, i));
      this.partsLength += i - rowFrom;
    }
    this.held = text.slice(i);
    this.offset = base + i;
  }

  /** Counts a line break as `positionAt` does: a LF, or a CR that no LF follows. */
  private lineBreak(text: string, i: number, base: number): void {
    if (text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF) return;
    this.line++;
    this.lineStart = base + i + 1;
  }

  private endRow(text: string, from: number, to: number, nextRow: number): void {
    const tail = text.slice(from, to);
    const rowText = this.parts.length === 0 ? tail : this.parts.join("") + tail;
    this.rows.push({ text: rowText, offset: this.rowOffset, line: this.rowLine, column: this.rowColumn });
    if (this.parts.length > 0) this.parts = [];
    this.partsLength = 0;
    this.rowOffset = nextRow;
    this.rowLine = this.line;
    this.rowColumn = nextRow - this.lineStart + 1;
  }
}

/** A `"` may be the first of a doubled pair, a CR the first of a CRLF: the next character tells. */
function isHeld(c: number): boolean {
  return c === QUOTE || c === CR;
}
