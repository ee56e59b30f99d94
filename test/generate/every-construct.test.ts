import * as fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Struct as HandWrittenStruct, Value as HandWrittenValue } from "../../src/dto/struct.js";
import type { Operation } from "../../src/dto/operation.js";
import { generateModule, schemasFromMetadata } from "../../src/generate/index.js";
import { int, json, jsv, long, type ObjectSchema, type Schema } from "../../src/index.js";
import { arbitraryFor } from "../../src/testing/index.js";
import { asDecoded } from "../support/types-decoded.js";
import { described, generatedModule, metadataFixture, scratchFolder } from "./support.js";

// fixtures/generate/every-construct.metadata.json holds one of each construct the metadata can
// carry: every number kind, nullables, bytes, lists, arrays, dictionaries, a dictionary class
// recursive with its value (Struct and Value), a self-referring class, generics of one and two
// parameters and a generic base, a chain of bases from an abstract one, C# names and aliases,
// [DataMember(Order)], operations of every kind; dates, TimeSpans, Guids, decimals, chars, untyped
// values, enums with values and [EnumMember] spellings, [Flags] enums, dictionaries with integer,
// Guid and enum keys; and each thing the model cannot describe yet.

const metadata = metadataFixture("every-construct.metadata.json");
const scratch = scratchFolder();
let api: Record<string, unknown>;
let plain: Record<string, unknown>;

beforeAll(async () => {
  api = await generatedModule(metadata, scratch.dir, "every.ts");
  plain = await generatedModule(metadata, scratch.dir, "every.mjs", { language: "mjs" });
});
afterAll(scratch.remove);

const schema = (name: string) => api[name] as Schema;
const membersOf = (name: string) => (api[name] as ObjectSchema).members.map((m) => [m.key, m.name, m.alias ?? null, m.schema.kind, "typeName" in m.schema ? m.schema.typeName : null]);

describe("what the generator refuses, and why", () => {
  const { problems } = generateModule(metadata);
  const refused = Object.fromEntries(problems.filter((p) => p.refused).map((p) => [p.subject, p.message]));

  test.each([
    ["Calendar", "member Day: DateOnly is not yet describable: the model has no DateOnly yet"],
    ["Schedule", "member ByTime: not yet describable: dictionaries with DateTime keys (the model's keys are strings, integers, Guids and enums written by name)"],
    ["Grants", "member ByPermission: not yet describable: dictionaries with Permissions keys"],
    ["Drawing", "IShape is an interface: ServiceStack writes such a member with its runtime type's __type"],
    ["Orphan", "NotInTheMetadata is a type the metadata does not describe"],
    ["Team", "it is a List<Employee> with properties of its own"],
    ["Interleaved", "its [DataMember(Order)] puts members of its base class among its own"],
    ["Untracked", "it has no route"],
  ])("%s: %s", (subject, reason) => {
    expect(problems.filter((p) => p.subject === subject && p.refused).map((p) => p.message).join("\n")).toContain(reason);
  });

  test("refuses nothing else", () => {
    expect(Object.keys(refused).sort()).toEqual(["Calendar", "Drawing", "Grants", "Interleaved", "Orphan", "Schedule", "Team", "Untracked"].sort());
  });

  test("names the refused types in the module's header, and describes none of them", () => {
    const { code } = generateModule(metadata);
    expect(code).toContain("// - Calendar: member Day: DateOnly is not yet describable");
    for (const name of Object.keys(refused).filter((name) => name !== "Untracked")) expect(api[name], name).toBeUndefined();
  });

  test("describes the types of an operation it leaves out for want of a route", () => {
    expect((api["Operations"] as Record<string, unknown>)["Untracked"]).toBeUndefined();
    expect(described(api["Untracked"] as Schema)).toEqual({ kind: "object", typeName: "Untracked", members: [] });
  });
});

describe("the generated descriptions", () => {
  test("give every number kind its own .NET type", () => {
    expect(membersOf("Numbers").slice(0, 12)).toEqual([
      ["byte", "Byte", null, "integer", "byte"],
      ["sByte", "SByte", null, "integer", "sbyte"],
      ["short", "Short", null, "integer", "short"],
      ["uShort", "UShort", null, "integer", "ushort"],
      ["int", "Int", null, "integer", "int"],
      ["uInt", "UInt", null, "integer", "uint"],
      ["long", "Long", null, "integer", "long"],
      ["uLong", "ULong", null, "integer", "ulong"],
      ["float", "Float", null, "number", "float"],
      ["double", "Double", null, "number", "double"],
      ["flag", "Flag", null, "boolean", null],
      ["text", "Text", null, "string", null],
    ]);
    expect(json.decode(schema("Numbers"), '{"long":9223372036854775807}')).toMatchObject({ long: 9223372036854775807n });
  });

  test("read byte[] as bytes, arrays as lists, T? as nullable", () => {
    expect(membersOf("Numbers").slice(12).map(([key, , , kind]) => [key, kind])).toEqual([
      ["data", "bytes"],
      ["maybeInt", "nullable"],
      ["maybeLong", "nullable"],
      ["maybeDouble", "nullable"],
      ["maybeFlag", "nullable"],
      ["maybeColor", "nullable"],
      ["chunks", "list"],
      ["scores", "list"],
      ["maybeScores", "list"],
    ]);
  });

  test("describe Struct and Value as src/dto does by hand", () => {
    expect(described(schema("Value"))).toEqual(described(HandWrittenValue));
    expect(described(schema("Struct"))).toEqual(described(HandWrittenStruct));
  });

  test("keep C# names that are not the key capitalised, and [DataMember(Name)] aliases", () => {
    expect(membersOf("Person")).toEqual([
      ["name", "Name", null, "string", null],
      ["url", "URL", null, "string", null],
      ["nick", "Nick", "nick_name", "string", null],
      ["id", "Id", null, "integer", "long"],
      ["createdBy", "CreatedBy", null, "string", null],
    ]);
    expect(json.encode(schema("Person"), { url: "u", nick: "n" }, { case: "pascal" })).toBe('{"URL":"u","nick_name":"n","Id":0}');
  });

  test("put a chain of bases last, nearest first, and members in [DataMember(Order)]", () => {
    expect(membersOf("Employee").map(([key]) => key)).toEqual(["manager", "reports", "level", "name", "url", "nick", "id", "createdBy"]);
    expect(membersOf("Ordered").map(([key]) => key)).toEqual(["a", "b", "c"]);
  });

  test("make generic types functions of their arguments, a generic base included", () => {
    const generic = api as Record<string, (...args: Schema[]) => Schema>;
    const page = generic["NamedPage"]!(schema("Person")) as ObjectSchema;
    expect(page.typeName).toBe("NamedPage<Person>");
    expect(page.members.map((m) => m.key)).toEqual(["title", "items", "total"]);
    const pair = generic["Pair"]!(schema("Person"), schema("Numbers")) as ObjectSchema;
    expect(pair.typeName).toBe("Pair<Person, Numbers>");
    expect(described(pair.members[2]!.schema)).toEqual(described({ kind: "dictionary", value: schema("Numbers"), key: undefined, typeName: undefined }));
  });

  test("describe a class that is a list, and one that refers to itself through a generic", () => {
    expect(described(schema("Roster"))).toEqual({ kind: "list", element: described(schema("Employee")) });
    const tree = json.decode(schema("TreeNode"), '{"name":"a","children":[{"name":"b","depth":1}],"page":{"items":[{"name":"c"}],"total":1}}');
    expect(tree).toEqual({ name: "a", depth: 0, children: [{ name: "b", depth: 1 }], page: { items: [{ name: "c", depth: 0 }], total: 1 } });
  });

  test("are the same in the .mjs module and in memory", () => {
    const inMemory = schemasFromMetadata(metadata);
    for (const [name, value] of Object.entries(inMemory.types)) {
      expect(described(plain[name] as Schema), name).toEqual(described(value));
      expect(described(api[name] as Schema), name).toEqual(described(value));
    }
    expect(Object.keys(inMemory.generics).sort()).toEqual(["NamedPage", "Page", "Pair"]);
  });

  test("describe each operation: one route per verb, a void one, query members, the exact response type", () => {
    const ops = api["Operations"] as Record<string, Operation>;
    expect(Object.keys(ops)).toEqual(["GetTree", "SavePerson", "DeletePerson", "Ping", "BookAppointment", "ListPages"]);
    expect(ops["GetTree"]!.routes.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /trees/{Id}", "GET /trees", "POST /trees"]);
    expect(ops["SavePerson"]!.routes).toEqual([
      { method: "POST", path: "/people", query: ["dryRun"] },
      { method: "PUT", path: "/people", query: ["dryRun"] },
    ]);
    expect((ops["SavePerson"]!.response as ObjectSchema).typeName).toBe("Pair<Person, Numbers>");
    expect(ops["DeletePerson"]!.response).toBeUndefined();
    expect(ops["Ping"]!.response).toEqual({ kind: "string" });
    expect((ops["ListPages"]!.response as ObjectSchema).typeName).toBe("Page<NamedPage<Person>>");
  });

  test("note the routes they describe differently from the metadata", () => {
    const notes = generateModule(metadata).problems.filter((p) => !p.refused).map((p) => `${p.subject}: ${p.message}`);
    expect(notes.filter((note) => !note.startsWith("Level: "))).toEqual([
      "SavePerson: route HEAD /people is left out: only GET, POST, PUT, PATCH, DELETE are described",
      "DeletePerson: route /people/{id} answers any verb: described as DELETE, the verb its request names",
      "Ping: route /ping answers any verb: described as POST, as ServiceStack's clients send it",
    ]);
  });
});

describe("the .NET types beyond numbers and strings", () => {
  test("map DateTime, DateTimeOffset, TimeSpan, Guid, decimal, char and their nullables to their building blocks", () => {
    expect(membersOf("Appointment").map(([key, , , kind]) => [key, kind])).toEqual([
      ["start", "dateTime"],
      ["length", "timeSpan"],
      ["id", "guid"],
      ["price", "decimal"],
      ["initial", "char"],
      ["ends", "dateTimeOffset"],
      ["maybeEnd", "nullable"],
      ["maybePrice", "nullable"],
      ["attendees", "list"],
      ["status", "enum"],
      ["priority", "enum"],
      ["permissions", "flags"],
      ["level", "nullable"],
    ]);
    const value = json.decode(schema("Appointment"), '{"Start":"\\/Date(1623764730123)\\/","Price":1.10,"Length":"PT1H30M","Id":"0f8fad5bd9cb469fa16570867728950e"}');
    expect(value).toMatchObject({ start: "2021-06-15T13:45:30.1230000Z", price: "1.10", length: "01:30:00", id: "0f8fad5b-d9cb-469f-a165-70867728950e", initial: "\0" });
    expect(value).not.toHaveProperty("maybeEnd");
  });

  test("give an enum its [EnumMember] spellings, read by spelling or name", () => {
    expect(described(schema("Status"))).toMatchObject({ values: ["in progress", "Done"], names: ["InProgress", "Done"], numbers: [0, 1] });
    expect(json.encode(schema("Appointment"), { status: "in progress" })).toContain('"status":"in progress"');
    expect(json.decode(schema("Appointment"), '{"Status":"InProgress"}')).toMatchObject({ status: "in progress" });
  });

  test("give an enum its explicit values, and hold its default (0, which no member has) as a number", () => {
    expect(described(schema("Priority"))).toMatchObject({ names: ["Low", "High"], numbers: [1, 5], open: true });
    expect(json.decode(schema("Appointment"), '{"Priority":5}')).toMatchObject({ priority: "High" });
    expect(json.decode(schema("Appointment"), "{}")).toMatchObject({ priority: 0 });
  });

  test("describe a [Flags] enum, and one the host writes as its number, with flags()", () => {
    expect(described(schema("Permissions"))).toEqual({ kind: "flags", typeName: "Permissions", names: ["None", "Read", "Write", "Execute"], numbers: [0, 1, 2, 4] });
    expect(json.encode(schema("Appointment"), { permissions: 3 })).toContain('"permissions":3');
    expect(json.decode(schema("Appointment"), '{"Permissions":"Read, Execute"}')).toMatchObject({ permissions: 5 });
    expect(described(schema("Level"))).toMatchObject({ kind: "flags", numbers: [0, 1, 2] });
    expect(generateModule(metadata).problems).toContainEqual({ subject: "Level", refused: false, message: expect.stringContaining("written as its number (isEnumInt) with no [Flags] attribute") });
  });

  test("note a [Flags] enum's [EnumMember] spellings, which flags() does not describe, and number its members 0, 1, 2… when the metadata gives no values", () => {
    const flagged = { name: "Mode", isEnum: true, attributes: [{ name: "Flags" }], enumNames: ["Off", "On"], enumMemberValues: ["off!", "On"] };
    const { types, problems } = schemasFromMetadata({ types: [flagged], operations: [] });
    expect(described(types["Mode"]!)).toEqual({ kind: "flags", typeName: "Mode", names: ["Off", "On"], numbers: [0, 1] });
    expect(problems).toEqual([{ subject: "Mode", refused: false, message: "its [EnumMember] spellings are not described: flags() writes the number and reads member names" }]);
  });

  test("key dictionaries by integers, Guids and enums, as Maps", () => {
    expect(membersOf("Counts").map(([key]) => [key, described((schema("Counts") as ObjectSchema).shape[key as string]!)])).toEqual([
      ["byDay", { kind: "dictionary", typeName: undefined, key: described(int()), value: described(int()) }],
      ["byId", { kind: "dictionary", typeName: undefined, key: { kind: "guid" }, value: { kind: "string" } }],
      ["byColor", { kind: "dictionary", typeName: undefined, key: described(schema("Color")), value: described(long()) }],
      ["totals", { kind: "dictionary", typeName: undefined, key: described(long()), value: { kind: "decimal" } }],
    ]);
    const counts = json.decode(schema("Counts"), '{"ByDay":{"3":1},"ByColor":{"Blue":2}}');
    expect(counts).toEqual({ byDay: new Map([[3, 1]]), byColor: new Map([["Blue", 2n]]) });
    expect(described(schema("Ledger"))).toEqual({ kind: "dictionary", typeName: "Ledger", key: described(int()), value: { kind: "decimal" } });
  });

  test("describe object, List<object> and Dictionary<string, object> as untyped values", () => {
    expect(membersOf("Loose").map(([key, , , kind]) => [key, kind])).toEqual([
      ["anything", "untyped"],
      ["items", "list"],
      ["bag", "dictionary"],
      ["children", "list"],
    ]);
    expect(json.decode(schema("Loose"), '{"Anything":{"a":[1,"b",true]},"Items":[null,2]}')).toEqual({ anything: { a: [1, "b", true] }, items: [null, 2] });
  });

  test("are found by C# name, keywords and keyed dictionaries included", () => {
    const { type } = schemasFromMetadata(metadata);
    expect(described(type("Dictionary<int, decimal>")!)).toEqual({ kind: "dictionary", typeName: undefined, key: described(int()), value: { kind: "decimal" } });
    expect(described(type("List<object>")!)).toEqual({ kind: "list", element: { kind: "untyped" } });
    expect(described(type("Dictionary<Guid, Nullable<DateTime>>")!)).toEqual({ kind: "dictionary", typeName: undefined, key: { kind: "guid" }, value: { kind: "nullable", inner: { kind: "dateTime" } } });
    expect(described(type("Dictionary<Color, char>")!)).toMatchObject({ key: { kind: "enum", typeName: "Color" }, value: { kind: "char" } });
    expect(type("Dictionary<DateTime, string>")).toBeUndefined();
  });

  test("describe the operation whose request uses them", () => {
    const ops = api["Operations"] as Record<string, Operation>;
    expect(ops["BookAppointment"]!.routes).toEqual([{ method: "POST", path: "/bookings" }]);
    expect(ops["BookAppointment"]!.response).toBe(schema("Booking"));
  });
});

// What a format keeps is the reference's wire form: JSON keeps a DateTime to the millisecond, JSV
// not always its kind, and untyped values come back as plain JavaScript (JSV: every scalar a
// string). `asDecoded` works out that value, so each loss is the documented one and no other.
/**
 * Whether a value holds a Local DateTime in the last half millisecond of 9999: JSON rounds it to
 * the next millisecond, whose local time is past 9999, which reads as DateTime.MaxValue as the
 * reference reads it (see the test below), not the millisecond `asDecoded` works out.
 */
function atTheEndOfTime(value: unknown): boolean {
  return /9999-12-31T23:59:59\.999[5-9]\d*[+-]/.test(JSON.stringify(value, (_, v: unknown) => (typeof v === "bigint" ? String(v) : v instanceof Map ? [...v] : v)));
}

describe("values of the generated types survive the wire, as far as each format keeps them", () => {
  const names = ["Numbers", "Collections", "Value", "Struct", "TreeNode", "Employee", "Roster", "Ordered", "SavePerson", "Appointment", "Booking", "Counts", "Ledger", "Loose", "BookAppointment"];
  test.each(names)("%s, through JSON and JSV", (name) => {
    const type = schema(name);
    fc.assert(
      fc.property(arbitraryFor(fc, type, { nonFinite: false }), (value) => {
        fc.pre(!atTheEndOfTime(value));
        expect(json.decode(type, json.encode(type, value))).toEqual(asDecoded(type, value, "json", true));
        expect(jsv.decode(type, jsv.encode(type, value))).toEqual(asDecoded(type, value, "jsv", true));
      }),
      { numRuns: 30, seed: 19 },
    );
  });

  test("a Local DateTime in the last millisecond of 9999 reads back from the JSON written for it as DateTime.MaxValue", () => {
    const text = json.encode(schema("Appointment"), { start: "9999-12-31T23:59:59.9999999+01:12" });
    expect(json.decode(schema("Appointment"), text)).toMatchObject({ start: "9999-12-31T23:59:59.9999999+01:12" });
  });

  test("Appointment keeps every tick and kind through JSV when the time is not midnight", () => {
    const value = { start: "2021-06-15T13:45:30.1234567Z", ends: "2021-06-15T13:45:30.1234567+05:30", length: "-1.02:03:04.5000000", price: "79228162514264337593543950335" };
    expect(jsv.decode(schema("Appointment"), jsv.encode(schema("Appointment"), value))).toMatchObject(value);
  });
});
