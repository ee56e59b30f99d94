import { describe, expect, test } from "vitest";
import {
  boolean,
  byte,
  bytes,
  dictionary,
  double,
  enumeration,
  float,
  generic,
  int,
  integer,
  lazy,
  list,
  long,
  member,
  nullable,
  object,
  SessionInfo,
  short,
  string,
  toJsonSchema,
  uint,
  ulong,
  type JsonSchemaOptions,
  type Schema,
} from "../../src/index.js";
import { named } from "../support/tables.js";

// toJsonSchema: the JSON of a described type as a JSON Schema document (draft 2020-12 by default),
// kind by kind, with named types under $defs and recursion through $ref.

const Color = enumeration("Color", ["Red", "Green"]);
const DRAFT_2020 = "https://json-schema.org/draft/2020-12/schema";

interface Row {
  name: string;
  schema: Schema;
  output: unknown;
  input?: unknown;
}

const INTEGER_COMMENT = "bounds past 2^53 are the nearest doubles, and a parser that reads numbers as doubles rounds such values";

describe("each kind, as the root of a document", () => {
  test.each(
    named<Row>([
      { name: "a string", schema: string(), output: { type: "string" } },
      { name: "a bool", schema: boolean(), output: { type: "boolean" } },
      { name: "an int: its range", schema: int(), output: { type: "integer", minimum: -2147483648, maximum: 2147483647 } },
      { name: "a uint", schema: uint(), output: { type: "integer", minimum: 0, maximum: 4294967295 } },
      { name: "a short", schema: short(), output: { type: "integer", minimum: -32768, maximum: 32767 } },
      { name: "a byte", schema: byte(), output: { type: "integer", minimum: 0, maximum: 255 } },
      { name: "integer(): a long within the safe integers", schema: integer(), output: { type: "integer", minimum: -(2 ** 53 - 1), maximum: 2 ** 53 - 1 } },
      {
        name: "a long: bounds as the nearest doubles, with a note",
        schema: long(),
        output: {
          type: "integer",
          minimum: -(2 ** 63),
          maximum: 2 ** 63,
          $comment: `a .NET long (-9223372036854775808 to 9223372036854775807): ${INTEGER_COMMENT}`,
        },
      },
      {
        name: "a ulong",
        schema: ulong(),
        output: { type: "integer", minimum: 0, maximum: 2 ** 64, $comment: `a .NET ulong (0 to 18446744073709551615): ${INTEGER_COMMENT}` },
      },
      { name: "a double", schema: double(), output: { type: "number" } },
      {
        name: "a float: written exactly, read up to what rounds to an infinity",
        schema: float(),
        output: { type: "number", minimum: -3.4028234663852886e38, maximum: 3.4028234663852886e38 },
        input: { type: "number", exclusiveMinimum: -3.4028235677973366e38, exclusiveMaximum: 3.4028235677973366e38 },
      },
      {
        name: "byte[]: standard base64",
        schema: bytes(),
        output: { type: "string", contentEncoding: "base64", pattern: "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/][AQgw]==|[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=)?$" },
      },
      {
        name: "an enum: its names, titled by its type; read also from its members' numbers",
        schema: Color,
        output: { title: "Color", type: "string", enum: ["Red", "Green"] },
        input: { title: "Color", anyOf: [{ type: "string", enum: ["Red", "Green"] }, { type: "integer", enum: [0, 1] }] },
      },
      { name: "a nullable: its value type (null is a member's business)", schema: nullable(int()), output: { type: "integer", minimum: -2147483648, maximum: 2147483647 } },
      { name: "a list", schema: list(string()), output: { type: "array", items: { type: "string" } } },
      { name: "a dictionary", schema: dictionary(boolean()), output: { type: "object", additionalProperties: { type: "boolean" } } },
      {
        name: "a dictionary class: titled by its name",
        schema: dictionary(int(), { typeName: "Counts" }),
        output: { title: "Counts", type: "object", additionalProperties: { type: "integer", minimum: -2147483648, maximum: 2147483647 } },
      },
      { name: "a lazy reference: what it refers to", schema: lazy(() => string()), output: { type: "string" } },
    ]),
  )("%s", (_, { schema, output, input }) => {
    expect(toJsonSchema(schema)).toEqual({ $schema: DRAFT_2020, ...(output as object) });
    expect(toJsonSchema(schema, { io: "input" })).toEqual({ $schema: DRAFT_2020, ...((input ?? output) as object) });
  });
});

const Point = object("Point", {
  x: int(),
  label: string(),
  shade: Color,
  level: nullable(Color),
  urlValue: member(string(), { name: "URLValue" }),
  renamed: member(string(), { alias: "renamed_id" }),
});

describe("objects", () => {
  test("output: value-type members required, no null, nothing undescribed", () => {
    expect(toJsonSchema(Point)).toEqual({
      $schema: DRAFT_2020,
      title: "Point",
      type: "object",
      properties: {
        x: { type: "integer", minimum: -2147483648, maximum: 2147483647 },
        label: { type: "string" },
        shade: { $ref: "#/$defs/Color" },
        level: { $ref: "#/$defs/Color" },
        urlValue: { type: "string" },
        renamed_id: { type: "string" },
      },
      required: ["x", "shade"],
      additionalProperties: false,
      $defs: { Color: { title: "Color", type: "string", enum: ["Red", "Green"] } },
    });
  });

  test("input: every member optional and nullable, with the default a decoder fills in; others allowed", () => {
    const { properties, required, additionalProperties } = toJsonSchema(Point, { io: "input" });
    expect(properties).toEqual({
      x: { anyOf: [{ type: "integer", minimum: -2147483648, maximum: 2147483647 }, { type: "null" }], default: 0 },
      label: { anyOf: [{ type: "string" }, { type: "null" }] },
      shade: { anyOf: [{ $ref: "#/$defs/Color" }, { type: "null" }], default: "Red" },
      level: { anyOf: [{ $ref: "#/$defs/Color" }, { type: "null" }] },
      urlValue: { anyOf: [{ type: "string" }, { type: "null" }] },
      renamed_id: { anyOf: [{ type: "string" }, { type: "null" }] },
    });
    expect([required, additionalProperties]).toEqual([undefined, undefined]);
    expect(toJsonSchema(Point, { io: "input", strict: true })["additionalProperties"]).toBe(false);
  });

  test("a long member's default is written as a JSON number", () => {
    expect(toJsonSchema(object("Counter", { n: long() }), { io: "input" })).toMatchObject({ properties: { n: { default: 0 } } });
  });

  test("case: pascal names the members as declared (an alias stays as it is)", () => {
    expect(Object.keys(toJsonSchema(Point, { case: "pascal" })["properties"] as object)).toEqual(["X", "Label", "Shade", "Level", "URLValue", "renamed_id"]);
  });

  test("a base class's members come last, in the one object", () => {
    const properties = toJsonSchema(SessionInfo)["properties"] as object;
    expect(Object.keys(properties).slice(-5)).toEqual(["id", "dateCreated", "dateLastModified", "createdBy", "lastModifiedBy"]);
    expect(Object.keys(properties)).toHaveLength(41);
  });

  test("a member keyed __proto__ is an own property of the document", () => {
    const fields = Object.defineProperty({}, "__proto__", { value: string(), enumerable: true });
    const properties = toJsonSchema(object("Odd", fields))["properties"] as object;
    expect(Object.keys(properties)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
  });
});

describe("named types and references", () => {
  interface Tree {
    name?: string;
    children?: Tree[];
  }
  const Tree = object("Tree", { name: string(), children: list(lazy<Tree>((): Schema => Tree)) });

  test("recursion refers to the root document", () => {
    expect(toJsonSchema(Tree)).toMatchObject({ properties: { children: { type: "array", items: { $ref: "#" } } } });
  });

  test("a recursive type below the root is defined once and refers to itself", () => {
    const document = toJsonSchema(list(Tree));
    expect(document).toMatchObject({ type: "array", items: { $ref: "#/$defs/Tree" } });
    expect(document["$defs"]).toMatchObject({ Tree: { properties: { children: { items: { $ref: "#/$defs/Tree" } } } } });
  });

  test("a lazy reference to an unnamed container gets a definition, so that recursion ends", () => {
    interface Grid {
      rows?: Grid[][];
    }
    const Rows: Schema = list(lazy<Grid[]>(() => Rows));
    const document = toJsonSchema(object("Grid", { rows: Rows }));
    expect(document).toMatchObject({ properties: { rows: { type: "array", items: { $ref: "#/$defs/List%3Clist%3E" } } } });
    expect(document["$defs"]).toEqual({ "List<list>": { type: "array", items: { $ref: "#/$defs/List%3Clist%3E" } } });
  });

  test("a generic instance is a definition under its C# name, its $ref escaped for a URI", () => {
    const Page = generic(<T extends Schema>(item: T) => object(`Page<${(item as { typeName: string }).typeName}>`, { items: list(item) }));
    const document = toJsonSchema(object("Pages", { first: Page(Point), again: Page(Point) }));
    expect(document["properties"]).toEqual({ first: { $ref: "#/$defs/Page%3CPoint%3E" }, again: { $ref: "#/$defs/Page%3CPoint%3E" } });
    expect(Object.keys(document["$defs"] as object)).toEqual(["Page<Point>", "Point", "Color"]);
  });

  test("two different types of one name get two definitions", () => {
    const document = toJsonSchema(object("Both", { a: object("Item", { a: string() }), b: object("Item", { b: string() }) }));
    expect(document["properties"]).toEqual({ a: { $ref: "#/$defs/Item" }, b: { $ref: "#/$defs/Item_2" } });
  });

  test("draft-07: definitions under definitions, and its own $schema", () => {
    expect(toJsonSchema(list(Color), { target: "draft-07" })).toEqual({
      $schema: "http://json-schema.org/draft-07/schema#",
      type: "array",
      items: { $ref: "#/definitions/Color" },
      definitions: { Color: { title: "Color", type: "string", enum: ["Red", "Green"] } },
    });
  });

  test("each call gives a new document, so changing one changes nothing else", () => {
    const first = toJsonSchema(Point);
    (first["properties"] as Record<string, unknown>)["x"] = "changed";
    expect(toJsonSchema(Point)["properties"]).toMatchObject({ x: { type: "integer" } });
  });
});

describe("misuse is a TypeError", () => {
  test.each([
    ["an unknown option", { depth: 1 }],
    ["an io that is neither", { io: "both" }],
    ["a target it does not write", { target: "openapi-3.0" }],
    ["a case that is neither", { case: "snake" }],
    ["a strict that is not a boolean", { strict: 1 }],
  ])("%s", (_, options) => {
    expect(() => toJsonSchema(Point, options as JsonSchemaOptions)).toThrow(TypeError);
  });

  test("something that is not a schema", () => {
    expect(() => toJsonSchema({} as Schema)).toThrow(TypeError);
  });
});
