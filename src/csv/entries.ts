import type { WriteState } from "../core/compact-writer.js";
import { Failure, rethrowEncodingWithin } from "../core/errors.js";
import { quoteText, setOwn } from "../core/objects.js";
import { addDistinctKey } from "../model/keys.js";
import { planObject, wireName, type NameCase } from "../model/plan.js";
import { dictionaryEntries, nullEntry } from "../model/values.js";
import { object, string } from "../schema/build.js";
import type { DictionarySchema, KeySchema, ObjectSchema } from "../schema/nodes.js";
import { PROBLEM, type ProblemLog } from "../model/collect.js";
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
// the JSV case; an int, enum or Guid key as JSV writes one); a dictionary with no entries is an empty row.

const pairs = new WeakMap<DictionarySchema, ObjectSchema>();

/** `KeyValuePair<K, V>`: what each cell holds. */
function pairOf(schema: DictionarySchema): ObjectSchema {
  let pair = pairs.get(schema);
  if (pair === undefined) {
    pair = object("KeyValuePair", { key: schema.key ?? string(), value: schema.value });
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
  const writeKey = schema.key === undefined ? stringKey : keyWriter(schema.key, nameCase);
  const { keys, valueAt } = dictionaryEntries(value, schema.typeName ?? "a dictionary");
  state.enter(value);
  let row = "";
  let key: unknown = "";
  try {
    for (let i = 0; i < keys.length; i++) {
      key = keys[i];
      const keyText = writeKey(key, state);
      const item = valueAt(i);
      if (item === null || item === undefined) throw nullEntry();
      // The pair is one more level of braces.
      state.enter(PAIR);
      row += (i === 0 ? "" : ",") + csvField(open + keyText + between + write(item, state, true) + "}");
      state.leave();
    }
  } catch (error) {
    rethrowEncodingWithin(error, String(key));
  }
  state.leave();
  return header + row + "\r\n";
}

const PAIR = Symbol("a key and value pair");

function stringKey(key: unknown): string {
  if (typeof key !== "string") throw new Failure("type-mismatch", `expected a string key, got ${typeof key}`, -1);
  return jsvString(key);
}

/** An int, enum or Guid key as JSV writes that value, refusing a second key written alike (as the other formats do). */
function keyWriter(key: KeySchema, nameCase: NameCase): (key: unknown, state: WriteState) => string {
  const write = jsvWriterFor(key, nameCase);
  const written = new Set<string>();
  return (value, state) => {
    const text = write(value, state, true);
    addDistinctKey(written, text);
    return text;
  };
}

/**
 * A dictionary from its table's rows (the header and at most one row; blank lines are none).
 * Throws a `Failure`: a header that is not `Key,Value` is `type-mismatch`, a second row
 * `row-count`, a cell that is not a pair with both members `null-value`.
 */
export function decodeEntries(
  schema: DictionarySchema,
  lines: readonly RowText[],
  crBreaks: boolean,
  strict: boolean,
  maxDepth: number,
  textLength: number,
  /** Collecting mode (`csv.check`): each entry's schema-level problems are recorded here, and reading goes on. */
  log?: ProblemLog,
): Record<string, unknown> | Map<unknown, unknown> {
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
  // A dictionary with int, enum or Guid keys is a Map, as every format reads one.
  const keyed = schema.key === undefined ? undefined : new Map<unknown, unknown>();
  const out: Record<string, unknown> = {};
  if (data === undefined) return keyed ?? out;
  const [row, entries] = data;
  entries.forEach((cell, i) => {
    const at = (inner: number) => row.offset + cellToText(row.text, fieldStart(row.text, i), inner);
    const put = (): void => {
      if (cell === "") throw new Failure("null-value", "an entry cannot be empty", 0);
      // The key is a string, or for a keyed dictionary an int, enum or Guid value.
      const entry = readJsvText(pair, cell, strict, maxDepth, 1, log) as { key?: unknown; value?: unknown };
      if (entry.key === undefined) throw new Failure("null-value", "the entry has no key", 0);
      if (entry.value === undefined) throw nullEntry();
      // Collecting, a key with a problem (recorded) is no key another could repeat.
      if (entry.key === PROBLEM) return;
      if (strict && (keyed ? keyed.has(entry.key) : Object.hasOwn(out, entry.key as string))) {
        throw new Failure("duplicate-key", `the key ${quoteText(String(entry.key))} appears twice`, 0);
      }
      if (keyed) keyed.set(entry.key, entry.value);
      else setOwn(out, entry.key as string, entry.value);
    };
    if (log !== undefined) {
      collectEntry(log, i, put, (inner) => at(Math.max(0, inner)));
      return;
    }
    try {
      put();
    } catch (error) {
      if (error instanceof Failure) {
        error.offset = at(Math.max(0, error.offset));
        error.within(i);
      }
      throw error;
    }
  });
  return keyed ?? out;
}

/** Collecting mode: one entry, its problems recorded with their place in the text; what ends the text is thrown, placed. */
function collectEntry(log: ProblemLog, index: number, put: () => void, toText: (inner: number) => number): void {
  const outer = log.toText;
  log.toText = toText;
  try {
    log.attempt(index, put);
  } catch (error) {
    if (error instanceof Failure) error.offset = toText(error.offset);
    throw error;
  } finally {
    log.toText = outer;
  }
}
