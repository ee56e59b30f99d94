import type { WriteState } from "../core/compact-writer.js";
import { Failure, rethrowEncodingWithin } from "../core/errors.js";
import { quoteText, setOwn } from "../core/objects.js";
import { planObject, wireName, type NameCase } from "../model/plan.js";
import { dictionaryEntries, nullEntry } from "../model/values.js";
import { object, string } from "../schema/build.js";
import type { DictionarySchema, ObjectSchema } from "../schema/nodes.js";
import { readJsvText } from "../jsv/decode.js";
import { jsvWriterFor } from "../jsv/encode.js";
import { jsvString } from "../jsv/quote.js";
import type { CsvLayout } from "./encode.js";
import { csvField } from "./field.js";
import { cellToText, fieldStart } from "./locate.js";
import { CellSplitter } from "./read.js";
import type { RowText } from "./split.js";

// A dictionary as the CSV root, as the reference writes a class that is one (`Struct :
// Dictionary<string, Value>`, spec §13.6): the header of a `KeyValuePair`, `Key,Value`, and ONE
// row whose cells are the entries, each the compact JSV of its pair (`{key:a,value:{…}}`, names in
// the JSV case); a dictionary with no entries is an empty row.

const pairs = new WeakMap<DictionarySchema, ObjectSchema>();

/** `KeyValuePair<string, V>`: what each cell holds. */
function pairOf(schema: DictionarySchema): ObjectSchema {
  let pair = pairs.get(schema);
  if (pair === undefined) {
    pair = object("KeyValuePair", { key: string(), value: schema.value });
    pairs.set(schema, pair);
  }
  return pair;
}

/** The whole table of a dictionary: the header and its one row, `\r\n` after each. */
export function encodeEntries(schema: DictionarySchema, layout: CsvLayout, nameCase: NameCase, value: unknown, state: WriteState): string {
  const [keyField, valueField] = planObject(pairOf(schema)).fields as [never, never];
  const header = wireName(keyField, layout.headers) + "," + wireName(valueField, layout.headers) + "\r\n";
  const open = "{" + wireName(keyField, nameCase) + ":";
  const between = "," + wireName(valueField, nameCase) + ":";
  const write = jsvWriterFor(schema.value, nameCase);
  const { keys, valueAt } = dictionaryEntries(value, schema.typeName ?? "a dictionary");
  state.enter(value);
  let row = "";
  let key: unknown = "";
  try {
    for (let i = 0; i < keys.length; i++) {
      key = keys[i];
      if (typeof key !== "string") throw new Failure("type-mismatch", `expected a string key, got ${typeof key}`, -1);
      const item = valueAt(i);
      if (item === null || item === undefined) throw nullEntry();
      // The pair is one more level of braces.
      state.enter(PAIR);
      row += (i === 0 ? "" : ",") + csvField(open + jsvString(key) + between + write(item, state, true) + "}");
      state.leave();
    }
  } catch (error) {
    rethrowEncodingWithin(error, String(key));
  }
  state.leave();
  return header + row + "\r\n";
}

const PAIR = Symbol("a key and value pair");

/**
 * A dictionary from its table's rows (the header and at most one row; blank lines are none).
 * Throws a `Failure`: a header that is not `Key,Value` is `type-mismatch`, a second row
 * `row-count`, a cell that is not a pair with both members `null-value`.
 */
export function decodeEntries(schema: DictionarySchema, lines: readonly RowText[], crBreaks: boolean, strict: boolean, maxDepth: number, textLength: number): Record<string, unknown> {
  const pair = pairOf(schema);
  const plan = planObject(pair);
  const { cells, failure } = new CellSplitter().split(lines, crBreaks);
  if (failure) throw failure;
  const rows = lines.map((line, r) => [line, cells[r]!] as const).filter(([line]) => line.text.trim() !== "");
  const [header, data, extra] = rows;
  if (header === undefined) throw new Failure("unexpected-end", "the text has no header row", textLength);
  const names = header[1].map((cell) => plan.findField(cell.trim()));
  if (names.length !== 2 || names[0] !== plan.fields[0] || names[1] !== plan.fields[1]) {
    throw new Failure("type-mismatch", `a ${schema.typeName ?? "dictionary"} is a table of Key,Value pairs: its header is Key,Value`, header[0].offset);
  }
  if (extra !== undefined) throw new Failure("row-count", `a ${schema.typeName ?? "dictionary"} is one row of Key,Value pairs`, extra[0].offset);
  const out: Record<string, unknown> = {};
  if (data === undefined) return out;
  const [row, entries] = data;
  entries.forEach((cell, i) => {
    const at = (inner: number) => row.offset + cellToText(row.text, fieldStart(row.text, i), inner);
    try {
      if (cell === "") throw new Failure("null-value", "an entry cannot be empty", 0);
      const entry = readJsvText(pair, cell, strict, maxDepth, 1) as { key?: string; value?: unknown };
      if (entry.key === undefined) throw new Failure("null-value", "the entry has no key", 0);
      if (entry.value === undefined) throw nullEntry();
      if (strict && Object.hasOwn(out, entry.key)) throw new Failure("duplicate-key", `the key ${quoteText(entry.key)} appears twice`, 0);
      setOwn(out, entry.key, entry.value);
    } catch (error) {
      if (error instanceof Failure) {
        error.offset = at(Math.max(0, error.offset));
        error.within(i);
      }
      throw error;
    }
  });
  return out;
}
