import Papa from "papaparse";
import { Failure, guardDecode } from "../core/errors.js";
import { resolveDecodeOptions, type DecodeOptions } from "../core/options.js";
import type { NameCase } from "../model/plan.js";
import type { Schema } from "../schema/nodes.js";
import { cellToText, detectNewline, fieldOffset } from "./locate.js";
import { RowReader, type Locator } from "./rows.js";
import { tableFor } from "./table.js";

/**
 * papaparse, told everything so it guesses nothing: the delimiter, the quote, the line break;
 * no type conversion, no header handling, no skipped lines. It splits; evo-codec decides.
 */
export function parserConfig(newline: string): Papa.ParseConfig {
  return {
    delimiter: ",",
    newline: newline as Papa.ParseConfig["newline"],
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    comments: false,
  };
}

/** Decodes a CSV table: a header row and one data row per value. Only `DecodeError` escapes. */
export function decodeCsv(schema: Schema, text: string, options?: DecodeOptions): unknown {
  const { strict, maxDepth, maxLength } = resolveDecodeOptions(options);
  const table = tableFor(schema, "camel" satisfies NameCase);
  return guardDecode("csv", text, () => {
    if (text.length > maxLength) throw new Failure("input-too-long", `the text is longer than ${maxLength} characters`, maxLength);
    const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const newline = detectNewline(text) ?? (text.endsWith("\r") ? "\r" : "\r\n");
    // The reference ends every row with a line break; what follows the last one is not a row.
    const end = text.endsWith(newline) ? text.length - newline.length : text.length;
    if (text.slice(start, end).trim() === "") throw new Failure("unexpected-end", "the text has no header row", end);
    const parsed = new Papa.Parser(parserConfig(newline)).parse(text.slice(start, end), 0, false) as Papa.ParseResult<string[]>;
    const locator = (row: number): Locator => ({
      field: (index) => fieldOffset(text, start, newline, row, index),
      inCell: (index, inner) => cellToText(text, fieldOffset(text, start, newline, row, index), inner),
    });
    const problem = parsed.errors[0];
    if (problem) throw quoteFailure(problem, locator(problem.row ?? 0).field(0), end);

    const reader = new RowReader(table, strict, maxDepth, table.many);
    const rows = parsed.data;
    reader.header(rows[0]!, locator(0));
    if (!table.many && rows.length !== 2) {
      const at = rows.length < 2 ? end : locator(2).field(0);
      throw new Failure("row-count", `a single ${table.row.typeName} is one data row, not ${rows.length - 1}`, at);
    }
    const values: unknown[] = [];
    for (let r = 1; r < rows.length; r++) values.push(reader.row(rows[r]!, locator(r)));
    return table.many ? values : values[0];
  });
}

/** papaparse's quote errors: an unterminated quoted field runs to the end of the text. */
export function quoteFailure(problem: Papa.ParseError, rowStart: number, end: number): Failure {
  if (problem.code === "MissingQuotes") return new Failure("unexpected-end", "the text ends inside a quoted field", end);
  return new Failure("syntax", `${problem.message.toLowerCase()} (a quote inside a quoted field must be doubled)`, rowStart);
}
