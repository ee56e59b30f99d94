import { Failure, guardDecode } from "../core/errors.js";
import { inputText } from "../core/input.js";
import { resolveDecodeOptions, type DecodeOptions } from "../core/options.js";
import type { NameCase } from "../model/plan.js";
import type { DictionarySchema, Schema } from "../schema/nodes.js";
import { requireSchema, resolveSchema } from "../model/compile.js";
import { decodeEntries } from "./entries.js";
import { TableReading } from "./read.js";
import { RowSplitter } from "./split.js";
import { tableFor } from "./table.js";
import { decodeWholeTable } from "./whole.js";

/** Rows split and read at a time: few enough that their cells are short-lived garbage. */
const BATCH_ROWS = 256;

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
    if (table !== undefined) {
      // Most tables are read whole (`whole.ts`); any other text, and any that fails, is read below, which alone places errors.
      const value = decodeWholeTable(table, text, strict, maxDepth);
      if (value !== undefined) return value;
    }
    const splitter = new RowSplitter();
    splitter.push(text);
    splitter.end();
    const lines = splitter.take();
    if (table === undefined) return decodeEntries(root as DictionarySchema, lines, splitter.crBreaks, strict, maxDepth, text.length);
    const reading = new TableReading(table, strict, maxDepth, table.many);
    // Rows are split and read a batch at a time, so that only a batch's cells are held. A quote
    // error anywhere still comes before a schema error: once a row fails, the rest is only split.
    const values: unknown[] = [];
    let rowCount = 0;
    let thirdRowAt = 0;
    let failed: { error: unknown } | undefined;
    for (let from = 0; from < lines.length; from += BATCH_ROWS) {
      const batch = lines.slice(from, from + BATCH_ROWS);
      const { cells, failure } = reading.cells(batch, splitter.crBreaks);
      for (let r = 0; r < cells.length && failed === undefined; r++) {
        const rowCells = cells[r];
        if (rowCells === undefined) continue;
        if (++rowCount === 3) thirdRowAt = batch[r]!.offset;
        try {
          const value = reading.read(batch[r]!, rowCells);
          if (value !== undefined) values.push(value);
        } catch (error) {
          failed = { error };
        }
      }
      if (failure) throw failure;
    }
    if (failed !== undefined) throw failed.error;
    if (rowCount === 0) throw new Failure("unexpected-end", "the text has no header row", text.length);
    if (!table.many && values.length !== 1) {
      const at = values.length === 0 ? text.length : thirdRowAt;
      throw new Failure("row-count", `a single ${table.row.typeName} is one data row, not ${values.length}`, at);
    }
    return table.many ? values : values[0];
  });
}
