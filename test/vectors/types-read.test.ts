import { describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { categoryOf, DecodeError, json, jsv, type DecodeErrorCode, type Schema } from "../../src/index.js";
import { resolveSchema } from "../../src/model/compile.js";
import { defaultValueOf, isValueType } from "../../src/model/kinds.js";
import type { ResolvedSchema, ValueTypeSchema } from "../../src/schema/nodes.js";
import { sameRead } from "../support/types-reads.js";
import { typesDto } from "../support/types-dtos.js";
import { jsValue, stepsOf, withPlainDictionaries } from "../support/types-values.js";
import { typesReadLines, type TypesReadLine } from "../support/types-vectors.js";

// Every `read` line of the type-coverage vectors: what the reference read from a (often lenient
// or broken) text, against what evo-codec reads.
//
// Where evo-codec reads a value, it is the reference's, but for what evo-codec keeps and the
// reference does not (test/support/types-reads.ts: a DateTime's kind as its text gives it, untyped
// values as their JSON types, an empty byte[], -0, which Mono shows as 0).
//
// Where it gives a DecodeError instead, one of these rules says why, and is checked:
// - SWALLOWED: the reference swallowed a member's failure into its default (spec §12.5: strict
//   instead). The error's path names a member (or key) the reference left at its default or
//   absent (or something inside one), and the code is the one that member's kind reports.
// - NULL: the reference read `null` as a list element or dictionary value (or filled in the
//   default for it), which evo-codec's model has no room for (spec §12.7): `null-value`.
// - NOT JSON: the text is not standard JSON (`JSON.parse` refuses it), which evo-codec does not
//   read (spec §12.5; bare NaN and ±Infinity where a double belongs excepted, §13.2): a syntax error.
// - JSON TYPE: the JSON value at the error's path has another JSON type than the member's (`"3"`
//   for an int, `1` for a bool), which the reference converts and evo-codec does not.
// - GUESSED: the reference makes something of a value evo-codec reads as it is written: white
//   space around a number, bool or enum (kept, so not one), `1`/`t`/`y`/`on` for a bool in JSV
//   (spec §12.5), base64 with white space or brackets, a char from a text of more or less than one
//   code unit, a decimal or date with more places than it holds (rounded), a TimeSpan in a form it takes
//   apart leniently, a single object's CSV table of several rows (the reference reads the first).
// - REFUSED: the reference threw, and so does evo-codec.
// Lines that fit none of these are listed below with the reason and what evo-codec does instead.

/**
 * Lines evo-codec reads differently from the reference on purpose, with what it reads (spec §12):
 * the whole value, or the members that differ from the reference's.
 */
const READS_OTHERWISE: Record<string, { reason: string; value?: unknown; patch?: Record<string, unknown> }> = {
  "t4242-read-689": {
    reason: "the last millisecond of 9999 is DateTimeOffset.MaxValue, as the reference reads it in JSON (in JSV it keeps the millisecond)",
    patch: { dateOffset: "9999-12-31T23:59:59.9999999+00:00" },
  },
  "t4242-read-690": {
    reason: "the last millisecond of 9999 is DateTimeOffset.MaxValue, as the reference reads it in JSON (in JSV it keeps the millisecond)",
    patch: { nullableDateTimeOffset: "9999-12-31T23:59:59.9999999+00:00" },
  },
  "t4242-read-1099": {
    reason: "`, {` between objects in a list is read (spec §12.4); the reference drops the whole list",
    value: { name: "root", children: [{ name: "a" }, { name: "b" }] },
  },
  "t4242-read-1116": {
    reason: "an untyped object's `__type` is one of its members; the reference refuses a type it was not told to allow",
    value: { any: { __type: "TestDtos.Item, Harness", id: 1, name: "n" } },
  },
  "t4242-read-1118": {
    reason: "an untyped object's `__type` is one of its members; the reference refuses a type it was not told to allow",
    value: { objects: [{ __type: "TestDtos.Item, Harness", id: 1 }] },
  },
  "t4242-read-1122": {
    reason: "JSV has no types: an untyped object's `__type` is one of its members, its values strings",
    value: { any: { __type: "TestDtos.Item, Harness", Id: "1", Name: "n" } },
  },
  "t4242-read-1119": {
    reason: 'an empty key is "" (spec §12.4); the reference drops the entry',
    value: { stringInt: { "": 1 }, stringObject: { "": "e" } },
  },
};

/** Lines evo-codec refuses where the reference reads something, with the code and the reason. */
const REFUSES_OTHERWISE: Record<string, { reason: string; code: DecodeErrorCode }> = {
  "t4242-read-1129": {
    reason: "a single object is one data row (spec §13.7); the reference reads a table of two rows as defaults",
    code: "row-count",
  },
  "t4242-read-1079": {
    reason: "`Read, Write` unquoted is two members in JSV, the second without its `:`; the reference keeps the first name",
    code: "syntax",
  },
};

/** The codes each kind's decoder gives for a value it cannot read. */
const KIND_CODES: Record<string, readonly DecodeErrorCode[]> = {
  string: ["type-mismatch"],
  boolean: ["invalid-boolean"],
  integer: ["invalid-integer"],
  number: ["invalid-number"],
  decimal: ["invalid-number"],
  dateTime: ["invalid-value"],
  dateTimeOffset: ["invalid-value"],
  timeSpan: ["invalid-value"],
  guid: ["invalid-value"],
  char: ["invalid-value"],
  bytes: ["invalid-value", "type-mismatch"],
  enum: ["invalid-enum"],
  flags: ["invalid-enum"],
  untyped: ["invalid-number"],
  list: ["type-mismatch"],
  dictionary: ["type-mismatch"],
  object: ["type-mismatch"],
};

/** The JSON type each kind is written as. */
const JSON_TYPES: Record<string, string> = {
  string: "string",
  boolean: "boolean",
  integer: "number",
  number: "number",
  decimal: "number",
  dateTime: "string",
  dateTimeOffset: "string",
  timeSpan: "string",
  guid: "string",
  char: "string",
  bytes: "string",
  enum: "string",
  flags: "number",
  list: "array",
  dictionary: "object",
  object: "object",
};

describe("types-4242 read vectors", () => {
  for (const line of typesReadLines) {
    const dto = typesDto(line.type);
    const title = `${line.id} ${line.type} ${line.format} ${JSON.stringify(line.text).slice(0, 70)}`;
    if ("skip" in dto) {
      test.skip(`${title} (${dto.skip})`, () => {});
      continue;
    }
    const schema = dto.schema;
    const otherwise = READS_OTHERWISE[line.id];
    const refused = REFUSES_OTHERWISE[line.id];
    if (otherwise) {
      test(`${title}: reads what was written, unlike the reference (${otherwise.reason})`, () => {
        const theirs = withPlainDictionaries(schema, jsValue(schema, line.read)) as Record<string, unknown>;
        const expected = otherwise.value ?? { ...theirs, ...otherwise.patch };
        const value = decode(schema, line);
        if (!sameRead(schema, value, expected, line.text.includes("/Date("))) expect(value).toEqual(expected);
      });
    } else if (refused) {
      test(`${title}: ${refused.code}, unlike the reference (${refused.reason})`, () => {
        expect(() => decode(schema, line)).toThrow(expect.objectContaining({ code: refused.code }));
      });
    } else if (line.error !== undefined) {
      test(`${title}: REFUSED, as the reference refuses it`, () => {
        expect(() => decode(schema, line)).toThrow(DecodeError);
      });
    } else {
      test(`${title}: reads the reference's value, or refuses by a stated rule`, () => {
        const expected = withPlainDictionaries(schema, jsValue(schema, line.read));
        let value: unknown;
        try {
          value = decode(schema, line);
        } catch (error) {
          expect(error).toBeInstanceOf(DecodeError);
          const rule = ruleFor(schema, line, expected, error as DecodeError);
          expect(rule, `${(error as DecodeError).message}\nthe reference read ${JSON.stringify(line.read)}`).not.toBeUndefined();
          return;
        }
        if (!sameRead(schema, value, expected, line.text.includes("/Date("))) expect(value).toEqual(expected);
      });
    }
  }
});

function decode(schema: Schema, line: TypesReadLine): unknown {
  if (line.format === "json") return json.decode(schema, line.text);
  if (line.format === "jsv") return jsv.decode(schema, line.text);
  return csv.decode(schema as never, line.text);
}

/** Which rule explains a DecodeError where the reference read `expected`; `undefined` when none does. */
function ruleFor(schema: Schema, line: TypesReadLine, expected: unknown, error: DecodeError): string | undefined {
  if (line.format === "json" && !parses(line.text)) return categoryOf(error.code) === "syntax" ? "NOT JSON" : undefined;
  if (line.format === "csv" && error.code === "row-count" && line.text.split("\n").filter((row) => row.trim() !== "").length > 2) return "GUESSED";
  const member = follow(schema, expected, error.path);
  if (member === undefined) return undefined;
  const codes = member.kinds.flatMap((kind) => KIND_CODES[kind] ?? []);
  if (error.code === "null-value" && (member.value === null || (member.isValueType && Object.is(member.value, member.defaultValue)))) return "NULL";
  const atDefault = member.value === undefined || (member.isValueType && Object.is(member.value, member.defaultValue));
  if (atDefault && codes.includes(error.code)) return "SWALLOWED";
  if (line.format === "json") {
    const given = follow(undefined, JSON.parse(line.text), error.path)?.value;
    if (given !== undefined && !member.kinds.some((kind) => jsonType(given) === JSON_TYPES[kind]) && (error.code === "type-mismatch" || codes.includes(error.code))) return "JSON TYPE";
  }
  if (codes.includes(error.code) && guessed(member.kinds[0]!, valueText(line, error))) return "GUESSED";
  return undefined;
}

/** What the reference makes something of and evo-codec does not (see GUESSED above). */
function guessed(kind: string, text: string): boolean {
  if (text.trim() !== text) return true;
  switch (kind) {
    case "boolean":
      return ["1", "0", "t", "f", "y", "n", "on", "off"].includes(text.toLowerCase());
    case "bytes":
      return text.startsWith("[") || /\s/.test(text);
    case "char":
      return text.length !== 1;
    case "decimal":
      return /e-\d{2,}/i.test(text) || /\.\d{29,}/.test(text);
    case "dateTime":
    case "dateTimeOffset":
      return /\.\d{8,}/.test(text);
    case "timeSpan":
      return /^P|^-?\d+$/.test(text);
    default:
      return false;
  }
}

/** The text of the value where the error is: a JSON string's content, or the raw JSV value. */
function valueText(line: TypesReadLine, error: DecodeError): string {
  const text = line.text;
  if (text[error.offset] === '"') {
    if (line.format === "json") return JSON.parse(text.slice(error.offset, text.indexOf('"', error.offset + 1) + 1)) as string;
    return text.slice(error.offset + 1, text.indexOf('"', error.offset + 1));
  }
  let end = error.offset;
  while (end < text.length && !",}]\r\n".includes(text[end]!)) end++;
  return text.slice(error.offset, end);
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function jsonType(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}

interface Member {
  /** The kind of the value at the path, and of a dictionary's key when the path ends at one. */
  kinds: string[];
  value: unknown;
  isValueType: boolean;
  defaultValue?: unknown;
}

/**
 * The schema and value at an error's path (member names matched ignoring case, as decoders match
 * them); a value is `undefined` below an absent one. `undefined` when the path leaves the schema.
 */
function follow(schema: Schema | undefined, value: unknown, path: string): Member | undefined {
  let node: ResolvedSchema | undefined = schema === undefined ? undefined : resolveSchema(schema);
  let keyKind: string | undefined;
  let current = value;
  for (const step of stepsOf(path)) {
    while (node?.kind === "nullable") node = resolveSchema(node.inner);
    const key = "index" in step ? step.index : "name" in step ? step.name : step.key;
    keyKind = undefined;
    if (node?.kind === "object") {
      const m = node.members.find((candidate) => candidate.key.toLowerCase() === String(key).toLowerCase());
      if (m === undefined) return undefined;
      node = resolveSchema(m.schema);
    } else if (node?.kind === "list" || node?.kind === "dictionary") {
      if (node.kind === "dictionary" && node.key !== undefined) keyKind = node.key.kind;
      node = resolveSchema(node.kind === "list" ? node.element : node.value);
    } else if (schema !== undefined && node?.kind !== "untyped") {
      return undefined;
    }
    current = lookup(current, key);
  }
  while (node?.kind === "nullable") node = resolveSchema(node.inner);
  if (node === undefined) return { kinds: [], value: current, isValueType: false };
  const kinds = keyKind === undefined ? [node.kind] : [node.kind, keyKind];
  const valueType = isValueType(node);
  return { kinds, value: current, isValueType: valueType, ...(valueType ? { defaultValue: defaultValueOf(node as ValueTypeSchema) } : {}) };
}

function lookup(container: unknown, key: string | number): unknown {
  if (container === null || container === undefined || typeof container !== "object") return undefined;
  if (container instanceof Map) return [...container].find(([k]) => String(k) === String(key))?.[1];
  if (typeof key === "number") return Array.isArray(container) ? container[key] : undefined;
  const found = Object.keys(container).find((k) => k === key) ?? Object.keys(container).find((k) => k.toLowerCase() === key.toLowerCase());
  return found === undefined ? undefined : (container as Record<string, unknown>)[found];
}
