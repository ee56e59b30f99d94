import { excerptAt, positionAt, type Position } from "../core/position.js";
import type { RowText } from "./split.js";

// Positions are worked out only when something fails: papaparse gives rows of strings, and an
// error needs to point into the CSV text. These re-scan a row's text with the same quoting rules.

/** Where field `index` starts in a row's text (one past the last field: where the row ends). */
export function fieldStart(row: string, index: number): number {
  // Character codes rather than `indexOf` jumps, as in `RowSplitter`: linear on every engine.
  let pos = 0;
  for (let field = 0; field < index; field++) {
    if (row.charCodeAt(pos) === 0x22) pos = afterQuoted(row, pos);
    while (pos < row.length && row.charCodeAt(pos) !== 0x2c) pos++;
    if (pos >= row.length) return row.length;
    pos++;
  }
  return pos;
}

function afterQuoted(text: string, open: number): number {
  let pos = open + 1;
  while (pos < text.length) {
    if (text.charCodeAt(pos) !== 0x22) pos++;
    else if (text.charCodeAt(pos + 1) === 0x22) pos += 2;
    else return pos + 1;
  }
  return text.length;
}

/**
 * Maps an offset inside a cell's value to the CSV text: a quoted field starts one character
 * later, and each `"` in the value is two in the text.
 */
export function cellToText(text: string, fieldStart: number, offsetInCell: number): number {
  if (text.charCodeAt(fieldStart) !== 0x22) return fieldStart + offsetInCell;
  let pos = fieldStart + 1;
  for (let i = 0; i < offsetInCell && pos < text.length; i++) pos += text.charCodeAt(pos) === 0x22 ? 2 : 1;
  return pos;
}

/** The position of `offset` (in the whole text) inside `row`, and the excerpt of its line there. */
export function placeInRow(row: RowText, offset: number): { position: Position; excerpt: string } {
  const inRow = positionAt(row.text, offset - row.offset);
  const position = {
    offset: row.offset + inRow.offset,
    line: row.line + inRow.line - 1,
    column: inRow.line === 1 ? row.column + inRow.column - 1 : inRow.column,
  };
  return { position, excerpt: excerptAt(row.text, inRow) };
}
