import type { PathSegment } from "../core/path.js";
import { cellToText, fieldStart } from "../csv/locate.js";
import { RowSplitter, type RowText } from "../csv/split.js";
import { locatePath } from "./locate.js";

/**
 * Where `[row].member…` lies in a CSV table: the row's line, the cell under the member's header
 * (matched ignoring case: headers are C# names), and inside a cell's JSV for deeper paths. Rows
 * and fields are found by the CSV reader's own splitter, with its quoting rules.
 */
export function locateInCsv(text: string, segments: readonly PathSegment[]): number {
  const splitter = new RowSplitter();
  splitter.push(text);
  splitter.end();
  const rows = splitter.take();
  const [row, member] = segments;
  const header = rows[0];
  if (header === undefined || typeof row !== "number") return header?.offset ?? 0;
  const data = rows[row + 1];
  if (data === undefined) return header.offset;
  if (typeof member !== "string") return data.offset;
  const names = fieldsOf(header);
  const column = names.findIndex((name) => name.trim().toLowerCase() === member.toLowerCase());
  if (column < 0) return data.offset;
  const cellStart = data.offset + fieldStart(data.text, column);
  if (segments.length === 2) return cellStart;
  const cell = fieldsOf(data)[column] ?? "";
  return cellToText(text, cellStart, locatePath("jsv", cell, segments.slice(2)));
}

/** A row's fields, unquoted (`""` made `"`), in one pass. */
function fieldsOf(row: RowText): string[] {
  const text = row.text;
  const fields: string[] = [];
  let start = 0;
  for (;;) {
    const end = fieldStart(text.slice(start), 1) + start;
    const raw = text.slice(start, end < text.length || text.charCodeAt(end - 1) === 0x2c ? end - 1 : end);
    fields.push(raw.charCodeAt(0) === 0x22 ? raw.slice(1, raw.endsWith('"') ? -1 : undefined).replaceAll('""', '"') : raw);
    if (end >= text.length && text.charCodeAt(text.length - 1) !== 0x2c) return fields;
    if (end >= text.length) {
      fields.push("");
      return fields;
    }
    start = end;
  }
}
