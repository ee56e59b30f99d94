import { readdirSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { Ajv, type ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import * as fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  boolean,
  dictionary,
  double,
  generic,
  int,
  json,
  lazy,
  list,
  listOf,
  nullable,
  object,
  SessionInfo,
  string,
  toJsonSchema,
  type JsonSchemaOptions,
  type NameCase,
  type Schema,
} from "../../src/index.js";
import { arbitraryFor } from "../../src/testing/index.js";
import { PROPERTY_SCHEMAS } from "../support/property-schemas.js";
import { fixtureText, sessionVectors, unitVectors, vectorCase, vectorSchema } from "../support/vectors.js";

// The JSON Schema documents, checked by a real validator (ajv, strict mode, every keyword known):
// they accept the JSON the reference wrote and the JSON the decoders read, and refuse the invalid
// fixtures. Counts are asserted, so that no vector is passed over silently.

const fixture = (name: string) => new URL(`../../fixtures/${name}`, import.meta.url);

const validators = new WeakMap<Schema, Map<string, ValidateFunction>>();

/** ajv's verdict on a JSON text under `toJsonSchema(schema, options)`, compiled once per document. */
function accepts(schema: Schema, text: string, options: JsonSchemaOptions): boolean {
  let compiled = validators.get(schema);
  if (compiled === undefined) validators.set(schema, (compiled = new Map()));
  const key = JSON.stringify(options);
  let validate = compiled.get(key);
  if (validate === undefined) {
    const document = toJsonSchema(schema, options);
    // ownProperties: without it ajv reads `constructor` and `toString` members from Object.prototype.
    const settings = { strict: true, allErrors: true, ownProperties: true };
    const ajv = options.target === "draft-07" ? new Ajv(settings) : new Ajv2020(settings);
    validate = ajv.compile(document);
    compiled.set(key, validate);
  }
  return validate(JSON.parse(text)) as boolean;
}

const TARGETS = ["draft-2020-12", "draft-07"] as const;

/** Both views accept `text`, written in `nameCase` (in draft 2020-12; the documented sample in draft-07 too). */
function expectAccepted(
  schema: Schema,
  text: string,
  nameCase: NameCase,
  views: readonly ("input" | "output")[] = ["input", "output"],
  targets: readonly (typeof TARGETS)[number][] = ["draft-2020-12"],
): void {
  for (const target of targets) {
    for (const io of views) expect(accepts(schema, text, { io, target, case: nameCase }), `${io} (${target}) of ${text.slice(0, 80)}`).toBe(true);
  }
}

describe("ajv accepts", () => {
  test("the documented sample, in both views and both drafts", () => {
    expectAccepted(SessionInfo, fixtureText("samples/documented-sample.json"), "camel", ["input", "output"], TARGETS);
    expectAccepted(SessionInfo, fixtureText("samples/documented-sample.value.json"), "camel", ["input", "output"], TARGETS);
  });

  test("every SessionInfo vector's JSON, camelCase and PascalCase, in both views", () => {
    const singles = sessionVectors.filter((v) => v.kind === "single");
    for (const v of singles) {
      expectAccepted(SessionInfo, v.json!, "camel");
      expectAccepted(SessionInfo, v.jsonPascal!, "pascal");
    }
    // The list vectors hold a value and the reference's CSV only: no JSON of the reference's to check.
    expect([singles.length, sessionVectors.length - singles.length]).toEqual([300, 40]);
  });

  test("every reference unit vector's JSON that evo-codec describes: what it wrote (output), what the decoder reads (input)", () => {
    const counted = { wrote: 0, read: 0, undescribed: 0, unread: 0 };
    for (const v of unitVectors.filter((v) => v.format === "json")) {
      const schema = vectorSchema(v);
      const nameCase = vectorCase(v);
      if (typeof schema === "string" || typeof nameCase === "object") {
        counted.undescribed++;
        continue;
      }
      if (!decodes(schema, v.expected)) {
        counted.unread++;
        continue;
      }
      const wrote = v.direction !== "decode";
      expectAccepted(schema, v.expected, nameCase, wrote ? ["input", "output"] : ["input"]);
      counted[wrote ? "wrote" : "read"]++;
    }
    // Unread: a text with no closing brace, which the reference accepts (spec §12.5).
    expect(counted).toEqual({ wrote: 19, read: 11, undescribed: 9, unread: 1 });
  });

  test("every types vector's JSON for the types the model describes (recursion, a dictionary class, a generic instance)", () => {
    const counted = { written: 0, read: 0, notJson: 0, unread: 0 };
    for (const line of typesVectors()) {
      const schema = TYPES[line.type] ?? (line.type.startsWith("List<") ? listOfType(line.type.slice(5, -1)) : undefined);
      if (schema === undefined) continue;
      if (line.kind === "read") {
        if (line.format !== "json") continue;
        if (decodes(schema, line.text!)) {
          expectAccepted(schema, line.text!, "camel", ["input"]);
          counted.read++;
        } else {
          counted.unread++;
        }
      } else if (isJson(line.json!)) {
        expectAccepted(schema, line.json!, "camel");
        expectAccepted(schema, line.jsonPascal!, "pascal");
        counted.written++;
      } else {
        // The reference writes a double's NaN and infinities bare, which is not JSON.
        counted.notJson++;
      }
    }
    expect(counted).toEqual({ written: 250, read: 7, notJson: 8, unread: 5 });
  });

  test("what the encoder writes for values drawn from the descriptions, in both views", () => {
    for (const [, schema] of PROPERTY_SCHEMAS) {
      for (const value of fc.sample(arbitraryFor(fc, schema, { nonFinite: false }), { numRuns: 20, seed: 18 })) {
        expectAccepted(schema, json.encode(schema, value), "camel");
        expectAccepted(schema, json.encode(schema, value, { case: "pascal" }), "pascal");
      }
    }
  });
});

describe("ajv refuses", () => {
  // Not `.evo-codec-expect.json`, which says what the CLI must report for each.
  const invalid = readdirSync(fixture("invalid")).filter((name) => name.endsWith(".json") && !name.startsWith("."));

  test.each(invalid)("fixtures/invalid/%s in the output view and the strict input view", (name) => {
    const text = fixtureText(`invalid/${name}`);
    for (const target of TARGETS) {
      expect(accepts(SessionInfo, text, { io: "output", target })).toBe(false);
      expect(accepts(SessionInfo, text, { io: "input", target, strict: true })).toBe(false);
    }
  });

  test("an unknown enum name in the lenient input view too; an unknown member is what lenient decoding skips", () => {
    expect(invalid).toEqual(["unknown-enum.json", "unknown-member.json"]);
    expect(accepts(SessionInfo, fixtureText("invalid/unknown-enum.json"), { io: "input" })).toBe(false);
    expect(accepts(SessionInfo, fixtureText("invalid/unknown-member.json"), { io: "input" })).toBe(true);
  });

  test.each([
    ["a null member in the output view", '{"accountId":null}', "output"],
    ["a missing value-type member in the output view", '{"dialState":"None"}', "output"],
    ["a null list element", '{"log":[null]}', "input"],
    ["an int out of range", '{"members":[],"customerBreadcrumb":[{"id":1}]}', "input"],
    ["a number where a string belongs", '{"accountId":1}', "input"],
  ])("%s", (_, text, io) => {
    expect(accepts(SessionInfo, text, { io: io as "input" | "output" })).toBe(false);
  });
});

/** Whether the JSON decoder reads `text` as the type. */
function decodes(schema: Schema, text: string): boolean {
  try {
    json.decode(schema, text);
    return true;
  } catch {
    return false;
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

// The types of types-4242 that the model describes today (types-README.md, "Declarations").

interface TreeNode {
  name?: string;
  children?: TreeNode[];
  parent?: TreeNode;
}
const TreeNode = object("TreeNode", {
  name: string(),
  children: list(lazy<TreeNode>((): Schema => TreeNode)),
  parent: lazy<TreeNode>((): Schema => TreeNode),
});
const Value = object("Value", {
  stringValue: string(),
  numberValue: nullable(double()),
  boolValue: nullable(boolean()),
  structValue: lazy((): Schema => Struct),
  listValue: list(lazy((): Schema => Value)),
});
const Struct = dictionary(Value, { typeName: "Struct" });
const Item = object("Item", { id: int(), name: string(), price: nullable(double()) });
const ListResponse = generic(<T extends Schema>(item: T) =>
  object(`ListResponse<${(item as { typeName: string }).typeName}>`, { items: list(item), totalCount: int(), totalPages: int(), hasMorePages: boolean() }),
);

const TYPES: Record<string, Schema> = {
  TreeNode,
  Struct,
  StructDto: object("StructDto", { name: string(), fields: Struct, values: list(Value) }),
  "ListResponse<Item>": ListResponse(Item),
};

function listOfType(name: string): Schema | undefined {
  const item = TYPES[name];
  return item === undefined ? undefined : listOf(item);
}

interface TypesLine {
  kind: "single" | "list" | "read";
  type: string;
  format?: string;
  text?: string;
  json?: string;
  jsonPascal?: string;
}

function typesVectors(): TypesLine[] {
  return gunzipSync(readFileSync(fixture("vectors/types-4242.jsonl.gz")))
    .toString("utf8")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as TypesLine);
}
