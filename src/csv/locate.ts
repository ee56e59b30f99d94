// Positions are worked out only when something fails: papaparse gives rows of strings, and an
// error needs to point into the CSV text. These re-scan the text with the same quoting rules.

/**
 * The offset where field `fieldIndex` of row `rowIndex` starts, counting rows from `start`
 * (`fieldIndex` may be one past the last field: then it is where the row ends).
 */
export function fieldOffset(text: string, start: number, newline: string, rowIndex: number, fieldIndex: number): number {
  let pos = start;
  let row = 0;
  let field = 0;
  while (pos < text.length) {
    if (row === rowIndex && field === fieldIndex) return pos;
    if (text.charCodeAt(pos) === 0x22) pos = afterQuoted(text, pos);
    while (pos < text.length && text.charCodeAt(pos) !== 0x2c && !text.startsWith(newline, pos)) pos++;
    if (pos >= text.length) break;
    if (text.charCodeAt(pos) === 0x2c) {
      if (row === rowIndex && field + 1 > fieldIndex) return pos;
      field++;
      pos++;
    } else {
      if (row === rowIndex) return pos;
      row++;
      field = 0;
      pos += newline.length;
    }
  }
  return Math.min(pos, text.length);
}


function afterQuoted(text: string, open: number): number {
  let pos = open + 1;
  for (;;) {
    const quote = text.indexOf('"', pos);
    if (quote < 0) return text.length;
    if (text.charCodeAt(quote + 1) !== 0x22) return quote + 1;
    pos = quote + 2;
  }
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

/**
 * The line break a table uses: its first one's, `\r\n` as the reference writes, or a bare `\n`
 * or `\r`. `undefined` while it cannot yet tell (no line break from `from` on, or a CR at the
 * very end that a LF may follow).
 */
export function detectNewline(text: string, from = 0): "\r\n" | "\n" | "\r" | undefined {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return "\n";
    if (c === 0x0d) return i + 1 >= text.length ? undefined : text.charCodeAt(i + 1) === 0x0a ? "\r\n" : "\r";
  }
  return undefined;
}
