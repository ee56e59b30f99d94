import type { PathSegment } from "../core/path.js";
import { cellToText, detectNewline, fieldOffset } from "../csv/locate.js";
import { locatePath } from "./locate.js";

/**
 * Where `[row].member…` lies in a CSV table: the row's line, the cell under the member's header
 * (matched ignoring case: headers are C# names), and inside a cell's JSV for deeper paths.
 */
export function locateInCsv(text: string, segments: readonly PathSegment[]): number {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const newline = detectNewline(text, start) ?? "\r\n";
  const [row, member] = segments;
  if (typeof row !== "number") return start;
  const rowStart = fieldOffset(text, start, newline, row + 1, 0);
  if (typeof member !== "string") return rowStart;
  const column = headerNames(text, start, newline).findIndex((name) => name.trim().toLowerCase() === member.toLowerCase());
  if (column < 0) return rowStart;
  const cellStart = fieldOffset(text, start, newline, row + 1, column);
  if (segments.length === 2) return cellStart;
  const cell = cellValue(text, cellStart, newline);
  return cellToText(text, cellStart, locatePath("jsv", cell, segments.slice(2)));
}

/** The header row's names. */
function headerNames(text: string, start: number, newline: string): string[] {
  const names: string[] = [];
  for (let pos = start; ; pos++) {
    names.push(cellValue(text, pos, newline));
    pos = fieldEnd(text, pos, newline);
    if (text.charCodeAt(pos) !== 0x2c) return names;
  }
}

/** Where the field starting at `start` ends: at its `,`, the line break, or the end. */
function fieldEnd(text: string, start: number, newline: string): number {
  let pos = start;
  if (text.charCodeAt(pos) === 0x22) {
    pos++;
    for (;;) {
      const quote = text.indexOf('"', pos);
      if (quote < 0) return text.length;
      pos = quote + 1;
      if (text.charCodeAt(pos) !== 0x22) break;
      pos++;
    }
  }
  while (pos < text.length && text.charCodeAt(pos) !== 0x2c && !text.startsWith(newline, pos)) pos++;
  return pos;
}

/** A cell's value: unquoted, its `""` made `"`. */
function cellValue(text: string, start: number, newline: string): string {
  if (text.charCodeAt(start) === 0x22) {
    let out = "";
    let pos = start + 1;
    for (;;) {
      const quote = text.indexOf('"', pos);
      if (quote < 0) return out + text.slice(pos);
      if (text.charCodeAt(quote + 1) === 0x22) {
        out += text.slice(pos, quote + 1);
        pos = quote + 2;
        continue;
      }
      return out + text.slice(pos, quote);
    }
  }
  return text.slice(start, fieldEnd(text, start, newline));
}
