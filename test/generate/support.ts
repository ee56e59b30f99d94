import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Schema } from "../../src/index.js";
import { generateModule, type GenerateOptions } from "../../src/generate/index.js";

export const root = fileURLToPath(new URL("../..", import.meta.url));

/** A metadata document of fixtures/generate, parsed. */
export function metadataFixture(name: string): unknown {
  return JSON.parse(readFileSync(join(root, "fixtures", "generate", name), "utf8"));
}

/** A folder inside the repository (so that modules resolve), removed by the returned function. */
export function scratchFolder(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(root, "test", "generate", ".generated-"));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Generates a module into `dir`, importing the builders from this repository's source, and imports it. */
export async function generatedModule(metadata: unknown, dir: string, file: string, options: GenerateOptions = {}): Promise<Record<string, unknown>> {
  const importFrom = relative(dir, join(root, "src", "index.js")).replaceAll("\\", "/");
  const { code } = generateModule(metadata, { ...options, importFrom: importFrom.startsWith(".") ? importFrom : `./${importFrom}` });
  const path = join(dir, file);
  writeFileSync(path, code);
  return (await import(/* @vite-ignore */ path)) as Record<string, unknown>;
}

/**
 * A description as plain data, to compare two of them with `toEqual`: every kind with what it
 * holds, `lazy` followed (where it sits is not part of the description), and a type met again
 * inside itself given as `{ ref: typeName }`.
 */
export function described(schema: Schema, within: readonly Schema[] = []): unknown {
  if (schema.kind === "lazy") return described(schema.resolve(), within);
  if (within.includes(schema)) return { ref: "typeName" in schema ? schema.typeName : schema.kind };
  const inner = [...within, schema];
  switch (schema.kind) {
    case "string":
    case "boolean":
    case "bytes":
    case "decimal":
    case "dateTime":
    case "dateTimeOffset":
    case "timeSpan":
    case "guid":
    case "char":
    case "untyped":
      return { kind: schema.kind };
    case "integer":
      return { kind: schema.kind, typeName: schema.typeName, min: schema.min, max: schema.max };
    case "number":
      return { kind: schema.kind, typeName: schema.typeName };
    case "enum":
      return { kind: schema.kind, typeName: schema.typeName, values: [...schema.values], names: [...schema.names], numbers: [...schema.numbers], open: schema.open };
    case "flags":
      return { kind: schema.kind, typeName: schema.typeName, names: [...schema.names], numbers: [...schema.numbers] };
    case "nullable":
      return { kind: schema.kind, inner: described(schema.inner, inner) };
    case "list":
      return { kind: schema.kind, element: described(schema.element, inner) };
    case "dictionary":
      return { kind: schema.kind, typeName: schema.typeName, key: schema.key === undefined ? undefined : described(schema.key, inner), value: described(schema.value, inner) };
    case "object":
      return {
        kind: schema.kind,
        typeName: schema.typeName,
        members: schema.members.map((m) => ({ key: m.key, name: m.name, alias: m.alias, schema: described(m.schema, inner) })),
      };
    default: {
      const unknownKind: never = schema;
      return unknownKind;
    }
  }
}
