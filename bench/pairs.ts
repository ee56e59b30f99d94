import { deepStrictEqual } from "node:assert/strict";
import Papa from "papaparse";
import { csv, csvNormalised } from "../src/csv/index.js";
import { parser } from "../src/csv/read.js";
import { json, jsv, listOf, type ObjectSchema } from "../src/index.js";
import { partsOf, rebuild } from "./floor.js";
import { flattened, type Pair } from "./timing.js";

// The six comparisons of issue 13, on one dataset: each codec against the native function (or
// papaparse) doing the nearest work on the same data. Every output is checked before anything
// is timed, so both sides are known to do the whole job. A seventh line, `csv.decode floor`, is
// no codec: see `floor.ts`; it is timed in `csv.decode`'s rounds.

/** The targets on mixed shapes (codec time over baseline time). */
export const MIXED_TARGETS: Readonly<Record<string, number>> = {
  "json.decode": 1.3,
  "json.encode": 1.3,
  "jsv.decode": 1.2,
  "jsv.encode": 1.2,
  "csv.decode": 1.6,
  "csv.encode": 1.0,
};

/** papaparse told everything, as `csv.decode` tells it, so that it guesses nothing. */
const PAPA_PARSE = { delimiter: ",", newline: "\r\n", quoteChar: '"', header: false, dynamicTyping: false, skipEmptyLines: false } as const;

/** A copy of `text` in one sequential string (of one-byte characters where they all fit). */
function sequential(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

export interface Dataset {
  readonly name: string;
  readonly schema: ObjectSchema;
  readonly values: readonly unknown[];
  /** Whether `JSON.stringify` takes the values themselves; else (bigint, bytes) the plain values their JSON parses to. */
  readonly plainValues: boolean;
  readonly targets?: Readonly<Record<string, number>>;
}

/**
 * The pairs for a dataset. JSON and JSV encode and decode one value per call (an API response
 * each); CSV reads and writes them as one table.
 */
export function pairsFor({ name: dataset, schema, values: given, plainValues, targets = {} }: Dataset): Pair[] {
  const values = given as readonly Record<string, unknown>[];
  const List = listOf(schema);
  // Texts as a program receives them (read from a file or the network): flat strings, not the
  // ropes an encoder returns, whose every read goes through a cons cell.
  const jsonTexts = values.map((value) => sequential(json.encode(schema, value)));
  const plain: unknown[] = jsonTexts.map((text) => JSON.parse(text) as unknown);
  const natives = plainValues ? values : plain;
  const jsvTexts = values.map((value) => sequential(jsv.encode(schema, value)));
  const table = sequential(csv.encode(List, values));
  const cells = Papa.parse<string[]>(table, PAPA_PARSE).data.slice(0, -1);

  values.forEach((value, i) => {
    deepStrictEqual(json.decode(schema, jsonTexts[i]!), value);
    deepStrictEqual(jsv.decode(schema, jsvTexts[i]!), value);
    deepStrictEqual(JSON.stringify(natives[i]), JSON.stringify(plain[i]));
  });
  const decodedTable = csv.decode(List, table) as unknown[];
  deepStrictEqual(decodedTable, csvNormalised(List, values));
  const decodedParts = decodedTable.map((value) => partsOf(schema, value));
  deepStrictEqual(splitAndBuild(table, decodedParts), decodedTable);
  deepStrictEqual(cells.length, values.length + 1);
  // papaparse's own quoting differs from the reference's: its output is only known to hold every cell.
  const cellsLength = cells.reduce((sum, row) => sum + row.reduce((rowSum, cell) => rowSum + cell.length + 1, 1), 0);
  if (Papa.unparse(cells, { newline: "\r\n" }).length < cellsLength) throw new Error("Papa.unparse wrote less than the cells");

  const pair = (codec: string, baselineName: string, baseline: () => number, run: () => number, alongside?: Pair["alongside"]): Pair => ({
    dataset,
    codec,
    baselineName,
    target: targets[codec],
    baseline,
    run,
    ...(alongside === undefined ? {} : { alongside }),
  });
  const each = (work: (i: number) => number) => () => {
    let sum = 0;
    for (let i = 0; i < values.length; i++) sum += work(i);
    return sum;
  };
  return [
    pair(
      "json.decode",
      "JSON.parse",
      each((i) => (JSON.parse(jsonTexts[i]!) === null ? 0 : 1)),
      each((i) => (json.decode(schema, jsonTexts[i]!) === null ? 0 : 1)),
    ),
    pair(
      "json.encode",
      "JSON.stringify",
      each((i) => flattened(JSON.stringify(natives[i]))),
      each((i) => flattened(json.encode(schema, values[i]!))),
    ),
    pair(
      "jsv.decode",
      "JSON.parse of the JSON",
      each((i) => (JSON.parse(jsonTexts[i]!) === null ? 0 : 1)),
      each((i) => (jsv.decode(schema, jsvTexts[i]!) === null ? 0 : 1)),
    ),
    pair(
      "jsv.encode",
      "JSON.stringify",
      each((i) => flattened(JSON.stringify(natives[i]))),
      each((i) => flattened(jsv.encode(schema, values[i]!))),
    ),
    pair(
      "csv.decode",
      "Papa.parse",
      () => Papa.parse<string[]>(table, PAPA_PARSE).data.length,
      () => (csv.decode(List, table) as unknown[]).length,
      // Timed with csv.decode, against the same `Papa.parse` batches: papaparse's own time varies.
      { codec: "csv.decode floor", run: () => splitAndBuild(table, decodedParts).length },
    ),
    pair(
      "csv.encode",
      "Papa.unparse of the cells",
      () => flattened(Papa.unparse(cells, { newline: "\r\n" })),
      () => flattened(csv.encode(List, values)),
    ),
  ];
}

/**
 * The floor of `csv.decode` (see `floor.ts`): the table split by papaparse with the call
 * `csv.decode` makes for a whole table, then each row's value built from its parts, each row let
 * go once read, as `csv.decode` lets it go.
 */
function splitAndBuild(table: string, parts: readonly ReturnType<typeof partsOf>[]): unknown[] {
  const rows = (parser("\r\n").parse(table, 0, false) as Papa.ParseResult<string[]>).data;
  const values: unknown[] = [];
  for (let r = 1; r <= parts.length; r++) {
    if (rows[r]!.length === 0) throw new Error(`row ${r} has no cells`);
    values.push(rebuild(parts[r - 1]!));
    rows[r] = NO_CELLS;
  }
  return values;
}

const NO_CELLS: string[] = [];
