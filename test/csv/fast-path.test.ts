import * as fc from "fast-check";
import { afterAll, afterEach, describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { tableFor } from "../../src/csv/table.js";
import { decodeWholeTable } from "../../src/csv/whole.js";
import { boolean, DecodeError, dictionary, list, listOf, object, SessionInfo, string, type Schema } from "../../src/index.js";
import { fastPaths } from "../../src/model/fast-paths.js";
import { arbitraryFor } from "../../src/testing/index.js";
import { fuzzInput, random } from "../hostile/fuzz-harness.js";
import { Inherited, Sink } from "../support/property-schemas.js";
import { keyOrders } from "../support/key-orders.js";

// csv.decode reads a table whose rows all end alike (CRLF outside quotes, or LF with no CR at all)
// with one papaparse call over the whole text (the fast path, `decodeWholeTable`), and hands
// anything unusual to the general path (rows split by `RowSplitter`, then papaparse a batch at a
// time), which alone places errors. Run both ways over mutated tables (line breaks of every kind
// and mix, blank lines, a BOM, texts cut short, quote errors, wrong cells, extra and missing
// columns), every sample must give the same value, or the same error at the same place.

type Outcome = { value: unknown; keys: string[][] } | { code: string; path: string; offset: number; line: number; column: number; message: string };

function outcome(run: () => unknown): Outcome {
  try {
    const value = run();
    return { value, keys: keyOrders(value) };
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    return { code: error.code, path: error.path, offset: error.offset, line: error.line, column: error.column, message: error.message };
  }
}

interface Options {
  strict: boolean;
  maxDepth?: number;
}

/** What was compared: values the fast path read, values only the general path read, errors. */
const tally = { "fast-path values": 0, "general-path values": 0, errors: 0 };

/** Decodes `text` with the fast path and without, and insists on one outcome. */
function agree(schema: Schema, text: string, options: Options): void {
  fastPaths.enabled = true;
  const fast = outcome(() => csv.decode(schema, text, options));
  fastPaths.enabled = false;
  const general = outcome(() => csv.decode(schema, text, options));
  fastPaths.enabled = true;
  expect(fast, JSON.stringify(text.slice(0, 300))).toEqual(general);
  const tookFastPath = decodeWholeTable(tableFor(schema, "camel"), text, options.strict, options.maxDepth ?? 64) !== undefined;
  // The fast path gives a value or nothing: never a value where decoding fails.
  if (tookFastPath) expect("value" in fast).toBe(true);
  tally["value" in fast ? (tookFastPath ? "fast-path values" : "general-path values") : "errors"]++;
}

afterEach(() => {
  fastPaths.enabled = true;
});
afterAll(() => {
  // Each kind of outcome is compared often, not by luck.
  expect(tally["fast-path values"]).toBeGreaterThan(300);
  expect(tally["general-path values"]).toBeGreaterThan(300);
  expect(tally.errors).toBeGreaterThan(1000);
  console.log(`csv fast path: ${tally["fast-path values"]} fast-path values, ${tally["general-path values"]} general-path values, ${tally.errors} errors compared`);
});

/** A table's rows as the writer writes them, header first, each without its line break (a CRLF outside quotes). */
function rowsOf(table: string): string[] {
  const rows: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < table.length; i++) {
    if (table[i] === '"') quoted = !quoted;
    else if (!quoted && table[i] === "\r" && table[i + 1] === "\n") {
      rows.push(table.slice(start, i));
      start = i + 2;
      i++;
    }
  }
  return rows;
}

const BREAKS = ["\r\n", "\n", "\r", "\r\n\r\n", "\n\n", "\r\r", "\r\n \r\n", "\n\r\n"];
const INSERTS = ['"', ",", "\r", "\n", "\r\n", '""', "maybe", "[", "{", "]", "x", " ", "\ufeff"];

/** Texts of a table a decoder may meet: as written, with its line breaks changed or mixed, blank lines, a BOM, cut short, a character added or taken out, columns added, dropped, repeated or moved. */
function mutatedTables(schema: Schema, values: readonly unknown[], next: () => number): string[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const at = (text: string) => Math.floor(next() * (text.length + 1));
  const written = csv.encode(listOf(schema), values);
  const rows = rowsOf(written);
  const [header = "", ...data] = rows;
  const joined = (breaks: () => string, last = breaks()) => rows.map((row, i) => row + (i === rows.length - 1 ? last : breaks())).join("");
  const insert = (text: string, piece: string) => {
    const i = at(text);
    return text.slice(0, i) + piece + text.slice(i);
  };
  const quotes = [...written.matchAll(/"/g)].map((match) => match.index);
  const quote = quotes.length > 0 ? pick(quotes) : 0;
  const row = 1 + Math.floor(next() * data.length);
  return [
    written,
    written.slice(0, -2),
    "\ufeff" + written,
    csv.encode(listOf(schema), values, { headers: "camel" }),
    joined(() => "\n"),
    joined(() => "\n", ""),
    joined(() => "\r"),
    joined(() => pick(BREAKS)),
    joined(() => "\r\n", "\r\n\r\n\r\n"),
    "\r\n" + written,
    "  \r\n" + written,
    "\n" + written,
    written + "  ",
    written.slice(0, at(written)),
    written.slice(0, at(written)),
    insert(written, pick(INSERTS)),
    insert(written, pick(INSERTS)),
    insert(written, pick(INSERTS)),
    written.slice(0, quote) + written.slice(quote + 1),
    rows.map((text, i) => text + (i === 0 ? ",Extra" : ",1")).join("\r\n") + "\r\n",
    rows.map((text, i) => text + (i === 0 ? "," + header.slice(0, header.indexOf(",")) : ",x")).join("\r\n") + "\r\n",
    rows.map((text) => text.slice(0, text.lastIndexOf(","))).join("\r\n") + "\r\n",
    rows.map((text, i) => (i === row ? insert(text, pick(INSERTS)) : text)).join("\r\n") + "\r\n",
    [header, ...data.slice(0, 1)].join("\r\n"),
    // Members out of declaration order (two columns swapped), and an unknown column among known ones.
    withColumns(rows, (cells) => [cells[1]!, cells[0]!, ...cells.slice(2)]),
    withColumns(rows, (cells, i) => [...cells.slice(0, 1), i === 0 ? "Unknown" : "x", ...cells.slice(1)]),
  ];
}

/** The table of `rows` (header first), each row's cells rearranged by `rearrange`. */
function withColumns(rows: readonly string[], rearrange: (cells: string[], row: number) => string[]): string {
  return rows.map((row, i) => rearrange(cellsOf(row), i).join(",")).join("\r\n") + "\r\n";
}

/** A row's cells as written (quoted ones with their quotes), split at commas outside quotes. */
function cellsOf(row: string): string[] {
  const cells: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i <= row.length; i++) {
    if (row[i] === '"') quoted = !quoted;
    else if (i === row.length || (!quoted && row[i] === ",")) {
      cells.push(row.slice(start, i));
      start = i + 1;
    }
  }
  return cells;
}

const Sessions = listOf(SessionInfo);
const Name = object("Name", { text: string() });
const sessions = fc.sample(arbitraryFor(fc, SessionInfo), { seed: 1316, numRuns: 60 });
const sinks = fc.sample(arbitraryFor(fc, Sink, { nonFinite: false }), { seed: 1317, numRuns: 40 });
const inherited = fc.sample(arbitraryFor(fc, Inherited), { seed: 1318, numRuns: 30 });
const names = fc.sample(arbitraryFor(fc, Name), { seed: 1319, numRuns: 40 });

/** `values` in tables of a few rows each (1 to 6). */
function tablesOf(values: readonly unknown[], next: () => number): unknown[][] {
  const tables: unknown[][] = [];
  for (let from = 0; from < values.length; ) {
    const size = 1 + Math.floor(next() * 6);
    tables.push(values.slice(from, from + size));
    from += size;
  }
  return tables;
}

describe("csv.decode: the whole-text fast path and the general path read alike", () => {
  const cases: [string, Schema, readonly unknown[]][] = [
    ["SessionInfo", SessionInfo, sessions],
    ["Sink", Sink, sinks],
    ["Inherited", Inherited, inherited],
    ["a one-column Name", Name, names],
  ];
  test.each(cases)("mutated tables of %s (lenient, strict, and nested no deeper than 2)", (_, schema, values) => {
    const next = random(16);
    for (const rows of tablesOf(values, next)) {
      for (const text of mutatedTables(schema, rows, next)) {
        for (const options of [{ strict: false }, { strict: true }, { strict: false, maxDepth: 2 }]) {
          agree(listOf(schema), text, options);
        }
        // A single object is exactly one data row.
        agree(schema, text, { strict: false });
      }
    }
  });

  test("the fuzz corpus", () => {
    const next = random(17);
    for (let i = 0; i < 1500; i++) agree(Sessions, fuzzInput("csv", next), { strict: next() < 0.5 });
  });

  test("container cells: any the compact cell reader does not read cleanly is read again as before", () => {
    const Cells = object("Cells", { items: list(string()), tags: dictionary(string()), child: object("Child", { name: string(), on: boolean() }) });
    const cells = [
      "[a,b]", "{k:v}", "{name:x,on:True}", "[]", "{}", " [a]", "[a] ", "\ufeff[a]", "[a]x", "[a],", "{on:True,name:x}", "{name:x,name:y}",
      "{nope:1,name:x}", "{Name:x}", "[\n\ta\n]", '"[\r\n\ta\r\n]"', "[a", "{k:", "{on:maybe}", "[[a]]", "{name:[a]}", "{on:}", "{k:v,k:w}",
    ];
    for (const cell of cells) {
      const quoted = `"${cell.replaceAll('"', '""')}"`;
      for (const row of [`${quoted},,`, `,${quoted},`, `,,${quoted}`]) {
        for (const strict of [false, true]) agree(listOf(Cells), `Items,Tags,Child\r\n${row}\r\n`, { strict });
      }
    }
  });

  test("tables the reference writes take the fast path, line breaks in quoted cells or not", () => {
    const table = csv.encode(Sessions, sessions);
    expect(table).toMatch(/[^\r]\n/);
    expect(decodeWholeTable(tableFor(Sessions, "camel"), table, true, 64)).toEqual(csv.decode(Sessions, table));
    expect(decodeWholeTable(tableFor(Sessions, "camel"), "\ufeff" + table.replaceAll("\r\n", "\n").replaceAll("\r", ""), true, 64)).toBeDefined();
    // A quoted cell at a row's start, holding a lone LF and a lone CR.
    expect(decodeWholeTable(tableFor(listOf(Name), "camel"), 'Text\r\n"a\nb"\r\n"c\rd"\r\n', true, 64)).toEqual([{ text: "a\nb" }, { text: "c\rd" }]);
  });
});
