import { describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { categoryOf, DecodeError, json, jsv, type DecodeErrorCode, type Schema } from "../../src/index.js";
import { resolveSchema } from "../../src/model/compile.js";
import { isValueType } from "../../src/model/kinds.js";
import { typesDto } from "../support/types-dtos.js";
import { asDecoded, jsValue, stepsOf } from "../support/types-values.js";
import { typesReadLines, type TypesReadLine } from "../support/types-vectors.js";

// Every `read` line of the type-coverage vectors: what the reference read from a (often lenient
// or broken) text, against what evo-codec reads. Where evo-codec reads a value, it is the
// reference's. Where it gives a DecodeError instead, one of these rules says why, and is checked:
// - SWALLOWED: the reference swallowed a member's failure into its default (spec §12.5: strict
//   instead). The error's path names a member the reference left at its default or absent (or an
//   element inside one), and the code is the one that member's kind reports.
// - NULL: the reference read `null` as a list element or dictionary value, which evo-codec's model
//   has no room for (spec §12.7): `null-value` where the reference has null.
// - NOT JSON: the text is not standard JSON (`JSON.parse` refuses it), which evo-codec does not
//   read (spec §12.5; bare NaN and ±Infinity where a double belongs excepted, §13.2): a syntax error.
// - JSON TYPE: the JSON value at the error's path has another JSON type than the member's (`"3"`
//   for an int, `1` for a bool), which the reference converts and evo-codec does not
//   (`type-mismatch`, or the code of the member's kind).
// - REFUSED: the reference threw, and so does evo-codec.
// Lines that fit none of these are listed below with the reason and what evo-codec does instead.

/** Lines evo-codec reads differently from the reference on purpose, with what it reads (spec §12). */
const READS_OTHERWISE: Record<string, { reason: string; value: unknown }> = {
  "t4242-read-1099": {
    reason: "`, {` between objects in a list is read (spec §12.4); the reference drops the whole list",
    value: { name: "root", children: [{ name: "a" }, { name: "b" }] },
  },
};

/** Lines evo-codec refuses where the reference reads something, with the code and the reason. */
const REFUSES_OTHERWISE: Record<string, { reason: string; code: DecodeErrorCode }> = {
  "t4242-read-1129": {
    reason: "a single object is one data row (spec §13.7); the reference reads a table of two rows as defaults",
    code: "row-count",
  },
};

/** The code each kind's decoder gives for a value it cannot read. */
const KIND_CODES: Record<string, readonly DecodeErrorCode[]> = {
  string: ["type-mismatch"],
  boolean: ["invalid-boolean"],
  integer: ["invalid-integer"],
  number: ["invalid-number"],
  bytes: ["invalid-value", "type-mismatch"],
  enum: ["invalid-enum"],
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
  bytes: "string",
  enum: "string",
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
        expect(decode(schema, line)).toEqual(otherwise.value);
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
        const expected = asDecoded(jsValue(schema, line.read));
        let value: unknown;
        try {
          value = decode(schema, line);
        } catch (error) {
          expect(error).toBeInstanceOf(DecodeError);
          const rule = ruleFor(schema, line, expected, error as DecodeError);
          expect(rule, `${(error as DecodeError).message}\nthe reference read ${JSON.stringify(line.read)}`).not.toBeUndefined();
          return;
        }
        expect(value).toEqual(expected);
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
  const member = follow(schema, expected, error.path);
  if (member === undefined) return undefined;
  if (error.code === "null-value" && member.value === null) return "NULL";
  const codes = KIND_CODES[member.kind] ?? [];
  const atDefault = member.value === undefined || (member.isValueType && Object.is(member.value, member.defaultValue));
  if (atDefault && codes.includes(error.code)) return "SWALLOWED";
  if (line.format === "json") {
    const given = follow(undefined, JSON.parse(line.text), error.path)?.value;
    if (given !== undefined && jsonType(given) !== JSON_TYPES[member.kind] && (error.code === "type-mismatch" || codes.includes(error.code))) return "JSON TYPE";
  }
  return undefined;
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
  kind: string;
  value: unknown;
  isValueType: boolean;
  defaultValue?: unknown;
}

/**
 * The schema and value at an error's path (member names matched ignoring case, as decoders match
 * them); a value is `undefined` below an absent one. `undefined` when the path leaves the schema.
 */
function follow(schema: Schema | undefined, value: unknown, path: string): Member | undefined {
  let node = schema === undefined ? undefined : resolveSchema(schema);
  let current = value;
  for (const step of stepsOf(path)) {
    while (node?.kind === "nullable") node = resolveSchema(node.inner);
    const key = "index" in step ? step.index : "name" in step ? step.name : step.key;
    if (node?.kind === "object") {
      const m = node.members.find((candidate) => candidate.key.toLowerCase() === String(key).toLowerCase());
      if (m === undefined) return undefined;
      node = resolveSchema(m.schema);
    } else if (node?.kind === "list" || node?.kind === "dictionary") {
      node = resolveSchema(node.kind === "list" ? node.element : node.value);
    } else if (schema !== undefined) {
      return undefined;
    }
    current = lookup(current, key);
  }
  while (node?.kind === "nullable") node = resolveSchema(node.inner);
  if (node === undefined) return { kind: "", value: current, isValueType: false };
  const valueType = isValueType(node);
  return { kind: node.kind, value: current, isValueType: valueType, ...(valueType ? { defaultValue: defaultOf(node) } : {}) };
}

function lookup(container: unknown, key: string | number): unknown {
  if (container === null || container === undefined || typeof container !== "object") return undefined;
  if (typeof key === "number") return Array.isArray(container) ? container[key] : undefined;
  const found = Object.keys(container).find((k) => k === key) ?? Object.keys(container).find((k) => k.toLowerCase() === key.toLowerCase());
  return found === undefined ? undefined : (container as Record<string, unknown>)[found];
}

function defaultOf(node: Schema): unknown {
  const resolved = resolveSchema(node);
  switch (resolved.kind) {
    case "boolean":
      return false;
    case "integer":
      return typeof resolved.min === "bigint" ? 0n : 0;
    case "number":
      return 0;
    case "enum":
      return resolved.values[0];
    default:
      return undefined;
  }
}
