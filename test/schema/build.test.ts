import { describe, expect, test } from "vitest";
import {
  boolean,
  byte,
  bytes,
  dictionary,
  double,
  EntityInfo,
  enumeration,
  float,
  int,
  integer,
  list,
  listOf,
  long,
  member,
  nullable,
  object,
  sbyte,
  short,
  string,
  uint,
  ulong,
  ushort,
  type FieldSpec,
} from "../../src/index.js";

// The building blocks are plain, frozen data; a description the reference could not have is
// refused when it is built, with a TypeError that names the type and the member.

describe("building blocks are plain frozen data", () => {
  test.each([
    ["string()", string(), { kind: "string" }],
    ["boolean()", boolean(), { kind: "boolean" }],
    ["integer(): a long within the safe integers", integer(), { kind: "integer", typeName: "long", min: -(2 ** 53 - 1), max: 2 ** 53 - 1 }],
    ["int()", int(), { kind: "integer", typeName: "int", min: -(2 ** 31), max: 2 ** 31 - 1 }],
    ["uint()", uint(), { kind: "integer", typeName: "uint", min: 0, max: 2 ** 32 - 1 }],
    ["short()", short(), { kind: "integer", typeName: "short", min: -32768, max: 32767 }],
    ["ushort()", ushort(), { kind: "integer", typeName: "ushort", min: 0, max: 65535 }],
    ["byte()", byte(), { kind: "integer", typeName: "byte", min: 0, max: 255 }],
    ["sbyte()", sbyte(), { kind: "integer", typeName: "sbyte", min: -128, max: 127 }],
    ["long(): bigint over the whole range", long(), { kind: "integer", typeName: "long", min: -(2n ** 63n), max: 2n ** 63n - 1n }],
    ["ulong(): bigint over the whole range", ulong(), { kind: "integer", typeName: "ulong", min: 0n, max: 2n ** 64n - 1n }],
    ["double()", double(), { kind: "number", typeName: "double" }],
    ["float()", float(), { kind: "number", typeName: "float" }],
    ["bytes()", bytes(), { kind: "bytes" }],
    ["nullable(int())", nullable(int()), { kind: "nullable", inner: int() }],
    ["list(string())", list(string()), { kind: "list", element: { kind: "string" } }],
    ["listOf is list", listOf(boolean()), { kind: "list", element: { kind: "boolean" } }],
    ["dictionary(int())", dictionary(int()), { kind: "dictionary", value: int(), typeName: undefined }],
    ["a class that is a dictionary", dictionary(string(), { typeName: "Struct" }), { kind: "dictionary", value: string(), typeName: "Struct" }],
  ])("%s", (_, schema, data) => {
    expect(schema).toEqual(data);
    expect(Object.isFrozen(schema)).toBe(true);
  });

  test("an object lists its members in declaration order, its base class's last, with their C# names", () => {
    const Derived = object(
      "Derived",
      { name: string(), id2: member(integer(), { name: "ID2" }), aliased: member(boolean(), { alias: "my_flag" }) },
      { base: object("Base", { createdBy: string() }) },
    );
    expect(Derived.kind).toBe("object");
    expect(Derived.typeName).toBe("Derived");
    expect(Derived.members.map((m) => [m.key, m.name, m.alias, m.schema.kind])).toEqual([
      ["name", "Name", undefined, "string"],
      ["id2", "ID2", undefined, "integer"],
      ["aliased", "Aliased", "my_flag", "boolean"],
      ["createdBy", "CreatedBy", undefined, "string"],
    ]);
    expect(Object.keys(Derived.shape)).toEqual(["name", "id2", "aliased", "createdBy"]);
    expect(Object.isFrozen(Derived) && Object.isFrozen(Derived.members) && Object.isFrozen(Derived.members[0])).toBe(true);
  });
});

describe("descriptions the reference could not have are refused", () => {
  const build = (fields: Record<string, FieldSpec>, base?: typeof EntityInfo) => () =>
    object("Broken", fields, base === undefined ? {} : { base });

  test.each([
    ["a member its base class declares too", build({ id: string() }, EntityInfo), /Broken: member "id" is declared twice/],
    ["two keys whose C# names differ only in letter case", build({ ab: string(), Ab: string() }), /Broken: two members are both named "Ab"/],
    ["a declared name equal to another member's", build({ id: member(string(), { name: "ID" }), iD: string() }), /both named "ID"/],
    ["an alias equal to another member's name", build({ a: member(string(), { alias: "B" }), b: string() }), /both named "B"/],
    ["an alias equal to a base member's name, ignoring case", build({ a: member(string(), { alias: "ID" }) }, EntityInfo), /both named "Id"/],
    ["a key that is no identifier", build({ "a-b": string() }), /Broken: "a-b" is not a valid member key/],
    ["a key that starts with a digit", build({ "1a": string() }), /"1a" is not a valid member key/],
  ])("%s", (_, construct, message) => {
    expect(construct).toThrow(TypeError);
    expect(construct).toThrow(message);
  });

  test.each([
    ["kind", ["None", "kind"], /enumeration E: member name "kind" is reserved/],
    ["typeName", ["typeName"], /member name "typeName" is reserved/],
    ["values", ["values", "Other"], /member name "values" is reserved/],
    ["a repeated member", ["None", "Active", "None"], /enumeration E: member "None" is repeated/],
    ["members differing only in letter case", ["Active", "ACTIVE"], /member "ACTIVE" is repeated/],
    ["a member that is no identifier", ["Not Set"], /"Not Set" is not a C# identifier/],
    ["an empty member name", [""], /"" is not a C# identifier/],
    ["no members at all", [], /enumeration E needs at least one member/],
  ])("an enumeration with %s", (_, values, message) => {
    const construct = () => enumeration("E", values as unknown as [string]);
    expect(construct).toThrow(TypeError);
    expect(construct).toThrow(message);
  });
});
