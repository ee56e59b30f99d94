import { readdirSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { Ajv, type ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import * as fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  boolean,
  char,
  dateTime,
  dateTimeOffset,
  decimal,
  dictionary,
  double,
  enumeration,
  flags,
  generic,
  guid,
  int,
  json,
  lazy,
  list,
  listOf,
  nullable,
  object,
  SessionInfo,
  string,
  timeSpan,
  toJsonSchema,
  uint,
  untyped,
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
    expect(counted).toEqual({ wrote: 24, read: 11, undescribed: 4, unread: 1 });
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

// A DTO with every kind of issue 12, nullable and in containers, keyed dictionaries included.
const Status = enumeration("Status", ["InProgress", "Done"], { spellings: { InProgress: "in progress" } });
const Priority = enumeration("Priority", { Low: 1, High: 5 }, { open: true });
const Perms = flags("Perms", { None: 0, Read: 1, Write: 2, Exec: 4 });
const DotNetKinds = object("DotNetKinds", {
  status: Status,
  priority: Priority,
  perms: Perms,
  price: decimal(),
  start: dateTime(),
  ends: dateTimeOffset(),
  length: timeSpan(),
  id: guid(),
  initial: char(),
  anything: untyped(),
  items: list(untyped()),
  maybeStart: nullable(dateTime()),
  maybePrice: nullable(decimal()),
  maybeStatus: nullable(Status),
  byDay: dictionary(string(), { key: int() }),
  byCount: dictionary(decimal(), { key: uint() }),
  byStatus: dictionary(timeSpan(), { key: Status }),
  byPriority: dictionary(int(), { key: Priority }),
  byId: dictionary(guid(), { key: guid() }),
});

describe("ajv and issue 12's kinds", () => {
  test("what the encoder writes for values drawn from a DTO of every new kind, in both views", () => {
    for (const value of fc.sample(arbitraryFor(fc, DotNetKinds, { nonFinite: false }), { numRuns: 60, seed: 12 })) {
      expectAccepted(DotNetKinds, json.encode(DotNetKinds, value), "camel");
      expectAccepted(DotNetKinds, json.encode(DotNetKinds, value, { case: "pascal" }), "pascal");
    }
  });

  test.each([
    ['{"status":"IN PROGRESS","maybeStatus":"inprogress","priority":"high"}', "enum names and spellings in any letter case"],
    ['{"status":"InProgress","priority":"Low"}', "an enum's C# name where it has a spelling"],
    ['{"status":1,"priority":"5","maybeStatus":"0"}', "an enum's number, and its number as text"],
    ['{"priority":7,"byPriority":{"7":1,"high":2}}', "an open enum's unnamed number, as a value and as a key"],
    ['{"perms":"Read, Exec","byStatus":{"inprogress":"PT1S","1":"PT0S"}}', "flags by name, enum keys by C# name and number"],
    ['{"price":1.10,"maybePrice":79228162514264337593543950335,"byCount":{"007":1e-5}}', "decimals with scale and 29 digits, an integer key with leading zeros"],
    ['{"start":"2021-06-15","ends":"2021-06-15T13:45:30+05:30","maybeStart":"\\/Date(1623764730123+0100)\\/"}', "ISO and WCF dates"],
    ['{"length":"01:30:00","id":"{0F8FAD5B-D9CB-469F-A165-70867728950E}","byId":{"0f8fad5b-d9cb-469f-a165-70867728950e":"0F8FAD5BD9CB469FA16570867728950E"}}', "a TimeSpan's constant form, Guids in every form"],
    ['{"initial":"\\u0000","anything":{"a":[1,"b",null,{"c":true}]},"items":[null,1.5,"x"]}', "a NUL char, untyped values"],
  ])("what the decoder reads, in the input view: %s (%s)", (text) => {
    expect(decodes(DotNetKinds, text)).toBe(true);
    expectAccepted(DotNetKinds, text, "camel", ["input"]);
  });

  test("an enum spelled beyond ASCII: what the decoder reads in another letter case passes (the pattern is looser there)", () => {
    const Sign = enumeration("Sign", ["Plus", "Minus"], { spellings: { Plus: "+ä" } });
    for (const text of ['"+Ä"', '"PLUS"', '"1"', "0"]) {
      expect(decodes(Sign, text), text).toBe(true);
      expectAccepted(Sign, text, "camel", ["input"]);
    }
    expect(accepts(Sign, '"+Ä"', { io: "output" })).toBe(false);
  });

  test.each([
    ['{"status":"Paused"}', "an enum name it does not have"],
    ['{"price":"1.10"}', "a decimal as text"],
    ['{"price":79228162514264337593543950337e10}', "a decimal past its range"],
    ['{"start":1623764730123}', "a DateTime as a number"],
    ['{"initial":"ab"}', "two chars"],
    ['{"perms":2147483648}', "flags past an int"],
    ['{"byDay":{"x":"a"}}', "an integer key that is not an integer"],
    ['{"byStatus":{"Paused":"PT1S"}}', "an enum key it does not have"],
  ])("what the decoder refuses, in the input view too: %s (%s)", (text) => {
    expect(decodes(DotNetKinds, text)).toBe(false);
    expect(accepts(DotNetKinds, text, { io: "input" })).toBe(false);
  });

  test.each([
    ['{"start":"2021-06-15T13:45:30Z"}', "a DateTime in an ISO form"],
    ['{"length":"01:30:00"}', "a TimeSpan in its constant form"],
    ['{"id":"0f8fad5b-d9cb-469f-a165-70867728950e"}', "a dashed Guid"],
    ['{"status":"InProgress"}', "an enum's C# name where it has a spelling"],
    ['{"status":1}', "an enum as its number"],
    ['{"perms":"Read"}', "flags by name"],
  ])("what the encoder never writes, refused in the output view: %s (%s)", (text) => {
    expect(accepts(DotNetKinds, text, { io: "output" })).toBe(false);
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
