import * as fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Struct as HandWrittenStruct, Value as HandWrittenValue } from "../../src/dto/struct.js";
import type { Operation } from "../../src/dto/operation.js";
import { generateModule, schemasFromMetadata } from "../../src/generate/index.js";
import { json, jsv, type ObjectSchema, type Schema } from "../../src/index.js";
import { arbitraryFor } from "../../src/testing/index.js";
import { described, generatedModule, metadataFixture, scratchFolder } from "./support.js";

// fixtures/generate/every-construct.metadata.json holds one of each construct the metadata can
// carry: every number kind, nullables, bytes, lists, arrays, dictionaries, a dictionary class
// recursive with its value (Struct and Value), a self-referring class, generics of one and two
// parameters and a generic base, a chain of bases from an abstract one, C# names and aliases,
// [DataMember(Order)], operations of every kind, and each thing the model cannot describe yet.

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
    ["Appointment", "member Start: DateTime is not yet describable: the model has no DateTime yet"],
    ["Appointment", "member Length: TimeSpan is not yet describable"],
    ["Appointment", "member Id: Guid is not yet describable"],
    ["Appointment", "member Price: Decimal is not yet describable"],
    ["Appointment", "member Initial: Char is not yet describable"],
    ["Booking", "it uses Appointment, which is refused"],
    ["Permissions", "not yet describable: the enum is written as its number"],
    ["Priority", "not yet describable: enums with explicit values (Low = 1)"],
    ["Status", 'not yet describable: [EnumMember] spellings (InProgress is written "in progress")'],
    ["Counts", "not yet describable: dictionaries with Int32 keys"],
    ["Untyped", "Object is not yet describable: the model has no untyped object values yet"],
    ["Drawing", "IShape is an interface: ServiceStack writes such a member with its runtime type's __type"],
    ["Orphan", "NotInTheMetadata is a type the metadata does not describe"],
    ["Team", "it is a List<Employee> with properties of its own"],
    ["Interleaved", "its [DataMember(Order)] puts members of its base class among its own"],
    ["BookAppointment", "the operation is refused: its request BookAppointment is refused"],
    ["Untracked", "it has no route"],
  ])("%s: %s", (subject, reason) => {
    expect(problems.filter((p) => p.subject === subject && p.refused).map((p) => p.message).join("\n")).toContain(reason);
  });

  test("refuses nothing else", () => {
    expect(Object.keys(refused).sort()).toEqual(
      ["Appointment", "BookAppointment", "Booking", "Counts", "Drawing", "Interleaved", "Orphan", "Permissions", "Priority", "Status", "Team", "Untracked", "Untyped"].sort(),
    );
  });

  test("names the refused types in the module's header, and describes none of them", () => {
    const { code } = generateModule(metadata);
    expect(code).toContain("// - Appointment: member Start: DateTime is not yet describable");
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
    expect(Object.keys(ops)).toEqual(["GetTree", "SavePerson", "DeletePerson", "Ping", "ListPages"]);
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
    expect(notes).toEqual([
      "SavePerson: route HEAD /people is left out: only GET, POST, PUT, PATCH, DELETE are described",
      "DeletePerson: route /people/{id} answers any verb: described as DELETE, the verb its request names",
      "Ping: route /ping answers any verb: described as POST, as ServiceStack's clients send it",
    ]);
  });
});

describe("values of the generated types survive the wire", () => {
  const names = ["Numbers", "Collections", "Value", "Struct", "TreeNode", "Employee", "Roster", "Ordered", "SavePerson"];
  test.each(names)("%s, through JSON and JSV", (name) => {
    const type = schema(name);
    fc.assert(
      fc.property(arbitraryFor(fc, type, { nonFinite: false }), (value) => {
        expect(json.decode(type, json.encode(type, value))).toEqual(value);
        expect(jsv.decode(type, jsv.encode(type, value))).toEqual(value);
      }),
      { numRuns: 30, seed: 19 },
    );
  });
});
