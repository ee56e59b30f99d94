import { expect } from "vitest";
import { csv } from "../../src/csv/index.js";
import { DecodeError, EncodeError, json, jsv, object, type DecodeErrorCode, type EncodeErrorCode, type Format, type Schema } from "../../src/index.js";

// Tables of one building block's spelling in every format: a value of a member `v` and the text
// each format writes for it, read back to the same value.

/** `class Box { T V }` for a member schema, built once per schema. */
const boxes = new Map<Schema, Schema>();
export function box(schema: Schema): Schema {
  let found = boxes.get(schema);
  if (found === undefined) {
    found = object("Box", { v: schema });
    boxes.set(schema, found);
  }
  return found;
}

export interface Spelled {
  readonly name: string;
  readonly schema: Schema;
  readonly value: unknown;
  /** The member's text in JSON, in JSV, and as a CSV field (escaped as the CSV holds it). */
  readonly json: string;
  readonly jsv: string;
  readonly csv: string;
}

/** Rows keyed by their name and the JSON spelling, for `test.each(...)("%s", (_, row) => …)`. */
export function spelledRows(rows: readonly Spelled[]): (readonly [string, Spelled])[] {
  return rows.map((row) => [`${row.name}: ${row.json} / ${row.jsv} / ${row.csv}`, row] as const);
}

/** The whole documents a row stands for. */
export function documents(row: Pick<Spelled, "json" | "jsv" | "csv">): Record<Exclude<Format, "jsonl">, string> {
  return { json: `{"v":${row.json}}`, jsv: `{v:${row.jsv}}`, csv: `V\r\n${row.csv}\r\n` };
}

/** Every format writes the row's text for its value, and reads it back to the value. */
export function expectSpelled(row: Spelled): void {
  const boxed = box(row.schema);
  const texts = documents(row);
  expect(json.encode(boxed, { v: row.value })).toBe(texts.json);
  expect(jsv.encode(boxed, { v: row.value })).toBe(texts.jsv);
  expect(csv.encode(boxed as never, { v: row.value } as never)).toBe(texts.csv);
  for (const [format, text] of Object.entries(texts)) expect(decode(format as Format, boxed, text), format).toEqual({ v: row.value });
}

export function decode(format: Format, schema: Schema, text: string, strict = false): unknown {
  if (format === "json") return json.decode(schema, text, { strict });
  if (format === "csv") return csv.decode(schema as never, text, { strict });
  return jsv.decode(schema, text, { strict });
}

/** The DecodeError a text must give, with its path. */
export function expectDecodeError(format: Format, schema: Schema, text: string, code: DecodeErrorCode, path = "v"): void {
  let error: unknown;
  try {
    decode(format, schema, text);
  } catch (caught) {
    error = caught;
  }
  expect(error, `${format} ${JSON.stringify(text)} decoded`).toBeInstanceOf(DecodeError);
  expect({ code: (error as DecodeError).code, path: (error as DecodeError).path }).toEqual({ code, path });
}

/** The EncodeError a value must give in every format (or only `formats`). */
export function expectEncodeError(schema: Schema, value: unknown, code: EncodeErrorCode, formats: readonly Format[] = ["json", "jsv", "csv"]): void {
  const boxed = box(schema);
  for (const format of formats) {
    const encode = () =>
      format === "json" ? json.encode(boxed, { v: value }) : format === "csv" ? csv.encode(boxed as never, { v: value } as never) : jsv.encode(boxed, { v: value });
    expect(encode, format).toThrow(EncodeError);
    expect(encode, format).toThrow(expect.objectContaining({ code, path: "v" }));
  }
}
