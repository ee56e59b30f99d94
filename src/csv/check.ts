import { Failure } from "../core/errors.js";
import type { ResolvedDecodeOptions } from "../core/options.js";
import type { ProblemLog } from "../model/collect.js";
import { resolveSchema } from "../model/compile.js";
import type { NameCase } from "../model/plan.js";
import type { DictionarySchema, Schema } from "../schema/nodes.js";
import { decodeEntries } from "./entries.js";
import { TableReading } from "./read.js";
import { RowSplitter } from "./split.js";
import { tableFor } from "./table.js";

/**
 * Reads a CSV table in collecting mode (`csv.check`), as `decode` reads it: every schema-level
 * problem of a column or a cell (and inside a cell's JSV) is recorded in `log` and the cell left
 * unread. The rows before a quote error are read; it, like a row of the wrong width or a limit,
 * ends the text: the `Failure` thrown.
 */
export function collectCsv(schema: Schema, text: string, { strict, maxDepth }: ResolvedDecodeOptions, log: ProblemLog): void {
  const root = resolveSchema(schema);
  const splitter = new RowSplitter();
  splitter.push(text);
  splitter.end();
  const lines = splitter.take();
  if (root.kind === "dictionary") {
    decodeEntries(root as DictionarySchema, lines, splitter.crBreaks, strict, maxDepth, text.length, log);
    return;
  }
  const table = tableFor(schema, "camel" satisfies NameCase);
  const reading = new TableReading(table, strict, maxDepth, table.many, log);
  const { cells, failure } = reading.cells(lines, splitter.crBreaks);
  let values = 0;
  let second: number | undefined;
  try {
    for (let r = 0; r < cells.length; r++) {
      const rowCells = cells[r];
      if (rowCells === undefined) continue;
      if (reading.read(lines[r]!, rowCells) === undefined) continue;
      if (++values === 2) second = lines[r]!.offset;
    }
  } catch (error) {
    // A quote error anywhere is what ends the text, as `decode` reports it before anything else.
    throw failure ?? error;
  }
  if (failure) throw failure;
  if (!reading.hasHeader) throw new Failure("unexpected-end", "the text has no header row", text.length);
  if (!table.many && values !== 1) {
    throw new Failure("row-count", `a single ${table.row.typeName} is one data row, not ${values}`, values === 0 ? text.length : second!);
  }
}
