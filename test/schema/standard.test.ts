import type { StandardJSONSchemaV1, StandardSchemaV1 } from "@standard-schema/spec";
import { describe, expect, expectTypeOf, test } from "vitest";
import {
  boolean,
  bytes,
  char,
  dateTime,
  dateTimeOffset,
  decimal,
  dictionary,
  double,
  enumeration,
  flags,
  float,
  generic,
  guid,
  int,
  lazy,
  list,
  listOf,
  long,
  nullable,
  object,
  SessionDialState,
  SessionInfo,
  string,
  timeSpan,
  toJsonSchema,
  ulong,
  untyped,
  type Infer,
  type Input,
  type Schema,
} from "../../src/index.js";

// Every schema implements Standard Schema v1 (`~standard.validate`) and Standard JSON Schema v1
// (`~standard.jsonSchema`), typed from its description.

const Color = enumeration("Color", ["Red", "Green"]);
const Page = generic(<T extends Schema>(item: T) => object("Page", { items: list(item) }));

/** A schema of every kind, and a value it takes with the value it gives back. */
const EVERY_KIND: [string, Schema, unknown, unknown][] = [
  ["string()", string(), "a", "a"],
  ["boolean()", boolean(), true, true],
  ["int()", int(), 1, 1],
  ["long()", long(), 1, 1n],
  ["ulong()", ulong(), 2n, 2n],
  ["double()", double(), 0.5, 0.5],
  ["float()", float(), 0.1, Math.fround(0.1)],
  ["bytes()", bytes(), "AQ==", new Uint8Array([1])],
  ["enumeration()", Color, "green", "Green"],
  ["nullable()", nullable(int()), 2, 2],
  ["list()", list(Color), ["red"], ["Red"]],
  ["listOf()", listOf(Color), [], []],
  ["dictionary()", dictionary(int(), { typeName: "Counts" }), { a: 1 }, { a: 1 }],
  ["object()", object("Point", { x: int() }), {}, { x: 0 }],
  ["lazy()", lazy(() => Color), "Red", "Red"],
  ["a generic instance", Page(Color), { items: ["red"] }, { items: ["Red"] }],
  ["enumeration() with [EnumMember] spellings", enumeration("Status", ["InProgress", "Done"], { spellings: { InProgress: "in progress" } }), "inprogress", "in progress"],
  ["enumeration() with values, open", enumeration("Priority", { Low: 1, High: 5 }, { open: true }), 7, 7],
  ["flags()", flags("Perms", { None: 0, Read: 1, Write: 2 }), "Read, Write", 3],
  ["decimal()", decimal(), "1.10", "1.10"],
  ["dateTime()", dateTime(), "/Date(1623764730123)/", "2021-06-15T13:45:30.1230000Z"],
  ["dateTimeOffset()", dateTimeOffset(), "/Date(1623764730123+0530)/", "2021-06-15T13:45:30.1230000+05:30"],
  ["timeSpan()", timeSpan(), "PT1H30M", "01:30:00"],
  ["guid()", guid(), "0F8FAD5BD9CB469FA16570867728950E", "0f8fad5b-d9cb-469f-a165-70867728950e"],
  ["char()", char(), "a", "a"],
  ["untyped()", untyped(), { a: [1, null] }, { a: [1, null] }],
  ["dictionary() with int keys", dictionary(string(), { key: int() }), { "1": "a" }, new Map([[1, "a"]])],
  ["dictionary() with enum keys", dictionary(int(), { key: Color }), { green: 1 }, new Map([["Green", 1]])],
  ["dictionary() with Guid keys", dictionary(int(), { key: guid() }), new Map([["0f8fad5bd9cb469fa16570867728950e", 1]]), new Map([["0f8fad5b-d9cb-469f-a165-70867728950e", 1]])],
  ["a DTO", SessionInfo, { DialState: "active" }, expect.objectContaining({ dialState: "Active", callState: "Disconnected" })],
];

describe("~standard on every kind of schema", () => {
  test.each(EVERY_KIND)("%s", (_, schema, given, decoded) => {
    const standard = (schema as unknown as StandardSchemaV1 & StandardJSONSchemaV1)["~standard"];
    expect([standard.version, standard.vendor]).toEqual([1, "evo-codec"]);
    expect(standard.validate(given)).toEqual({ value: decoded });
    expect(standard.validate(null)).toEqual({ issues: [{ code: "null-value", path: [], message: "there is no value" }] });
    expect(standard.jsonSchema.input({ target: "draft-2020-12" })).toEqual(toJsonSchema(schema, { io: "input" }));
    expect(standard.jsonSchema.output({ target: "draft-07" })).toEqual(toJsonSchema(schema, { io: "output", target: "draft-07" }));
    // Not enumerable: a schema's own keys (an enum's members) stay as they were.
    expect(Object.keys(schema)).not.toContain("~standard");
    expect(Object.isFrozen(schema)).toBe(true);
  });

  test("validate reports every problem with its path; libraryOptions are checkValue's", () => {
    const standard = SessionInfo["~standard"];
    expect(standard.validate({ dialState: "Dialing", members: [{ role: "Boss" }], nickname: "x" })).toEqual({
      issues: [
        { code: "invalid-enum", path: ["dialState"], message: '"Dialing" is not a SessionDialState (None, Active)' },
        { code: "invalid-enum", path: ["members", 0, "role"], message: '"Boss" is not a SessionMemberRoles (None, Caller, Agent, Transfer)' },
      ],
    });
    expect(standard.validate({ nickname: "x" }, { libraryOptions: { strict: true } })).toEqual({
      issues: [{ code: "unknown-member", path: ["nickname"], message: 'SessionInfo has no member "nickname"' }],
    });
  });

  test("jsonSchema: libraryOptions are toJsonSchema's; a target it does not write is a TypeError, as the spec asks", () => {
    const converter = SessionInfo["~standard"].jsonSchema;
    expect(converter.output({ target: "draft-2020-12", libraryOptions: { case: "pascal" } })).toEqual(toJsonSchema(SessionInfo, { case: "pascal" }));
    expect(() => converter.input({ target: "openapi-3.0" })).toThrow(TypeError);
  });

  test("an enum's members are still its only enumerable keys", () => {
    expect(Object.keys(SessionDialState)).toEqual(["None", "Active"]);
    expect({ ...SessionDialState }).toEqual({ None: "None", Active: "Active" });
  });
});

describe("types", () => {
  test("InferOutput is the decoded type and InferInput what encoders take; a DTO's output is its named interface", () => {
    expectTypeOf<StandardSchemaV1.InferOutput<typeof SessionInfo>>().toEqualTypeOf<SessionInfo>();
    expectTypeOf<StandardSchemaV1.InferOutput<typeof SessionInfo>>().toEqualTypeOf<Infer<typeof SessionInfo>>();
    expectTypeOf<StandardSchemaV1.InferInput<typeof SessionInfo>>().toEqualTypeOf<Input<typeof SessionInfo>>();
    expectTypeOf<StandardJSONSchemaV1.InferOutput<typeof SessionInfo>>().toEqualTypeOf<SessionInfo>();
    expectTypeOf<StandardSchemaV1.InferOutput<ReturnType<typeof long>>>().toEqualTypeOf<bigint>();
    expectTypeOf<StandardSchemaV1.InferInput<ReturnType<typeof long>>>().toEqualTypeOf<bigint | number>();
    expectTypeOf<StandardSchemaV1.InferOutput<typeof SessionDialState>>().toEqualTypeOf<"None" | "Active">();
    expectTypeOf(listOf(SessionInfo)).toMatchTypeOf<StandardSchemaV1<unknown, SessionInfo[]>>();
  });

  test("the decoded members keep their types (a sample)", () => {
    type Output = StandardSchemaV1.InferOutput<typeof SessionInfo>;
    expectTypeOf<Output["dialState"]>().toEqualTypeOf<"None" | "Active">();
    expectTypeOf<Output["members"]>().toEqualTypeOf<SessionInfo["members"]>();
    expectTypeOf<NonNullable<Output["members"]>[number]["role"]>().toEqualTypeOf<"None" | "Caller" | "Agent" | "Transfer">();
  });
});
