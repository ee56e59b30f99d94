import { Failure, guardDecode } from "../core/errors.js";
import { inputText } from "../core/input.js";
import { resolveDecodeOptions, type DecodeOptions } from "../core/options.js";
import type { NameCase } from "../model/plan.js";
import type { DictionarySchema, Schema } from "../schema/nodes.js";
import { requireSchema, resolveSchema } from "../model/compile.js";
import { decodeEntries } from "./entries.js";
import { TableReading } from "./read.js";
import { RowSplitter, type RowText } from "./split.js";
import { tableFor } from "./table.js";

/**
 * Decodes a CSV table: a header row and one data row per value (a dictionary: `Key,Value` and one
 * row of pairs). `input` is a string or UTF-8 bytes. Only `DecodeError` escapes.
 */
export function decodeCsv(schema: Schema, input: string, options?: DecodeOptions): unknown {
  const { strict, maxDepth, maxLength } = resolveDecodeOptions(options);
  requireSchema(schema);
  const root = resolveSchema(schema);
  const table = root.kind === "dictionary" ? undefined : tableFor(schema, "camel" satisfies NameCase);
  const text = inputText("csv", input);
  return guardDecode("csv", text, () => {
    if (text.length > maxLength) throw new Failure("input-too-long", `the text is longer than ${maxLength} characters`, maxLength);
    const splitter = new RowSplitter();
    splitter.push(text);
    splitter.end();
    const lines = splitter.take();
    if (table === undefined) return decodeEntries(root as DictionarySchema, lines, splitter.crBreaks, strict, maxDepth, text.length);
    const reading = new TableReading(table, strict, maxDepth, table.many);
    // Every row is split before any is read: a quote error anywhere comes before a schema error.
    const { cells, failure } = reading.cells(lines, splitter.crBreaks);
    if (failure) throw failure;
    const rows: [RowText, string[]][] = [];
    cells.forEach((rowCells, r) => {
      if (rowCells !== undefined) rows.push([lines[r]!, rowCells]);
    });
    if (rows.length === 0) throw new Failure("unexpected-end", "the text has no header row", text.length);
    const values: unknown[] = [];
    for (const [row, cells] of rows) {
      const value = reading.read(row, cells);
      if (value !== undefined) values.push(value);
    }
    if (!table.many && values.length !== 1) {
      const at = values.length === 0 ? text.length : rows[2]![0].offset;
      throw new Failure("row-count", `a single ${table.row.typeName} is one data row, not ${values.length}`, at);
    }
    return table.many ? values : values[0];
  });
}
