import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { RunnerTask, RunnerTestFile } from "vitest";
import type { Schema } from "../../src/index.js";
import { planObject } from "../../src/model/plan.js";
import { VECTOR_TYPES } from "./vector-types.js";

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));

export interface UnitVector {
  index: number;
  format: "json" | "jsv" | "csv";
  direction: "encode" | "decode" | "both";
  input: unknown;
  types: string;
  expected: string;
  source: string;
  note?: string;
  config?: Record<string, unknown>;
  variant?: "pretty";
}

export interface SessionVector {
  id: string;
  kind: "single" | "list";
  value: unknown;
  json?: string;
  jsonPascal?: string;
  jsv?: string;
  jsvPascal?: string;
  jsvPretty?: string;
  csv: string;
}

export const unitVectors: UnitVector[] = (
  JSON.parse(readFileSync(fixture("vectors/servicestack-unit-vectors.json"), "utf8")) as Omit<UnitVector, "index">[]
).map((v, index) => ({ ...v, index }));

export const sessionVectors: SessionVector[] = readFileSync(fixture("vectors/sessioninfo-vectors.jsonl"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as SessionVector);

/** The last 100 single vectors hold values the reference's pretty printer shows faithfully (spec §4). */
export const faithfulPrettyIds = new Set(
  sessionVectors
    .filter((v) => v.kind === "single")
    .slice(-100)
    .map((v) => v.id),
);

export function fixtureText(name: string): string {
  return readFileSync(fixture(name), "utf8");
}

export function vectorSchema(v: UnitVector): Schema | string {
  const type = VECTOR_TYPES[v.types];
  if (type === undefined) throw new Error(`vector ${v.index}: no description for ${v.types}`);
  return "skip" in type ? type.skip : type.schema;
}

/** The name case a vector's config asks for, or why the config is not one evo-codec offers. */
export function vectorCase(v: UnitVector): "camel" | "pascal" | { skip: string } {
  if (v.config === undefined) return "pascal";
  const keys = Object.keys(v.config);
  if (keys.length === 1 && v.config["TextCase"] === "CamelCase") return "camel";
  return { skip: `reference setting ${JSON.stringify(v.config)} is not offered` };
}

/**
 * Turns a vector's input (C# member names, nulls for absent members) into an evo-codec value:
 * JavaScript keys, absent members left out. Null dictionary values and list elements are kept
 * so that tests can see them.
 */
export function fromCSharp(schema: Schema, value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  switch (schema.kind) {
    case "list":
      return (value as unknown[]).map((item) => (item === null ? null : fromCSharp(schema.element, item)));
    case "dictionary": {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        out[key] = item === null ? null : fromCSharp(schema.value, item);
      }
      return out;
    }
    case "object": {
      const plan = planObject(schema);
      const out: Record<string, unknown> = {};
      for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
        // Vectors name members by their declared C# name, even where an alias is written.
        const declared = schema.members.findIndex((m) => m.name.toLowerCase() === name.toLowerCase());
        const field = declared >= 0 ? plan.fields[declared] : plan.findField(name);
        if (field === undefined) throw new Error(`no member ${name} in ${schema.typeName}`);
        const converted = fromCSharp(field.schema, item);
        if (converted !== undefined) out[field.key] = converted;
      }
      return out;
    }
    default:
      return value;
  }
}

/** A value as a decoder returns it: value-type members filled with their defaults. */
export function withDefaults(schema: Schema, value: unknown): unknown {
  if (value === undefined || value === null) return value;
  switch (schema.kind) {
    case "list":
      return (value as unknown[]).map((item) => withDefaults(schema.element, item));
    case "dictionary":
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, withDefaults(schema.value, v)]),
      );
    case "object": {
      const out: Record<string, unknown> = {};
      for (const field of planObject(schema).fields) {
        const item = (value as Record<string, unknown>)[field.key];
        if (item !== undefined) out[field.key] = withDefaults(field.schema, item);
        else if (field.isValueType) out[field.key] = field.defaultValue;
      }
      return out;
    }
    default:
      return value;
  }
}

/** Drops null dictionary values, which the reference skips and evo-codec refuses (spec §12.7). */
export function withoutNullEntries(schema: Schema, value: unknown): unknown {
  if (value === undefined || value === null) return value;
  switch (schema.kind) {
    case "list":
      return (value as unknown[]).map((item) => withoutNullEntries(schema.element, item));
    case "dictionary":
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>)
          .filter(([, v]) => v !== null)
          .map(([k, v]) => [k, withoutNullEntries(schema.value, v)]),
      );
    case "object": {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        out[k] = withoutNullEntries(schema.shape[k]!, v);
      }
      return out;
    }
    default:
      return value;
  }
}

export function hasNullEntries(value: unknown): boolean {
  if (value === null) return true;
  if (Array.isArray(value)) return value.some(hasNullEntries);
  if (typeof value === "object" && value !== null) return Object.values(value).some(hasNullEntries);
  return false;
}

/** Why a vector is not run: its type or its config is not one evo-codec offers; `undefined` when it runs. */
export function vectorSkipReason(v: UnitVector): string | undefined {
  const schema = vectorSchema(v);
  if (typeof schema === "string") return schema;
  const nameCase = vectorCase(v);
  return typeof nameCase === "object" ? nameCase.skip : undefined;
}

/** A test of one direction of a vector. */
export type VectorCheck = "encode" | "decode";

/**
 * What a vectors test registered for each vector: the directions it tests, or the reason it is
 * skipped. Filled while the tests are collected; {@link VectorLedger.accounts} then compares it
 * with what every vector asks for, so a vector that is silently dropped fails a test.
 */
export class VectorLedger {
  private readonly entries = new Map<number, VectorCheck[] | string>();

  runs(v: UnitVector, check: VectorCheck): void {
    const entry = this.entries.get(v.index);
    if (typeof entry === "string") throw new Error(`vector #${v.index} is both skipped and run`);
    this.entries.set(v.index, [...(entry ?? []), check]);
  }

  skips(v: UnitVector, reason: string): void {
    if (this.entries.has(v.index)) throw new Error(`vector #${v.index} is both skipped and run`);
    this.entries.set(v.index, reason);
  }

  /**
   * Each vector's entry as registered, beside what it asks for (its directions, or a skip with its
   * reason); and the number of tests the file holds for each, beside the number the entry promises.
   * `file` is the test file as vitest collected it (`task.file` in a test's context).
   */
  accounts(vectors: readonly UnitVector[], file: RunnerTestFile): { registered: unknown[]; expected: unknown[] } {
    const collected = testsByVector(file);
    const registered = [...this.entries].map(([index, entry]) => ({ index, entry, tests: collected.get(index) ?? [] }));
    const expected = vectors.map((v) => {
      const reason = vectorSkipReason(v);
      const checks: VectorCheck[] = v.direction === "both" ? ["encode", "decode"] : [v.direction];
      const entry = reason ?? checks;
      return { index: v.index, entry, tests: reason === undefined ? checks.map(() => "run") : ["skip"] };
    });
    return { registered, expected };
  }
}

/** The modes (`run`, `skip`) of a file's tests named after a vector (`#12 …`), by vector index. */
function testsByVector(file: RunnerTestFile): Map<number, string[]> {
  const found = new Map<number, string[]>();
  const visit = (tasks: readonly RunnerTask[]): void => {
    for (const task of tasks) {
      if (task.type === "suite") visit(task.tasks);
      const index = /^#(\d+) /.exec(task.name)?.[1];
      if (task.type === "test" && index !== undefined) {
        found.set(Number(index), [...(found.get(Number(index)) ?? []), task.mode === "skip" ? "skip" : "run"]);
      }
    }
  };
  visit(file.tasks);
  return found;
}
