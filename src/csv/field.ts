import { codeAt } from "../core/chars.js";
import { doubleQuotes } from "../jsv/quote.js";

/**
 * A cell as the reference writes it (spec §5.4): quoted, inner `"` doubled, exactly when it is
 * non-empty and holds `"` `,` CR or LF, or starts with `[` or `{`; verbatim otherwise.
 */
export function csvField(cell: string): string {
  const length = cell.length;
  if (length === 0) return cell;
  const first = codeAt(cell, 0);
  let quote = first === 0x5b || first === 0x7b;
  for (let i = 0; !quote && i < length; i++) {
    const c = codeAt(cell, i);
    quote = c === 0x22 || c === 0x2c || c === 0x0d || c === 0x0a;
  }
  if (!quote) return cell;
  return '"' + (cell.indexOf('"') < 0 ? cell : doubleQuotes(cell)) + '"';
}

/** Characters that make a spreadsheet read a cell as a formula (CWE-1236, OWASP's list). */
const FORMULA_START = new Set([0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d]);

/**
 * Prefixes `'` to a cell that starts with `=`, `+`, `-`, `@`, TAB or CR, so a spreadsheet shows
 * it as text. Only the first character counts, whatever follows it: papaparse's own
 * `escapeFormulae` tests a regex that a line break defeats.
 */
export function guardFormula(cell: string): string {
  return FORMULA_START.has(cell.charCodeAt(0)) ? "'" + cell : cell;
}
