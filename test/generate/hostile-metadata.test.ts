import { describe, expect, test } from "vitest";
import { generateModule, MetadataError, schemasFromMetadata } from "../../src/generate/index.js";

// Metadata is text from a server: nothing in it may reach the generated module as code, break
// out of a comment, or crash the generator.

const withType = (type: object) => ({ types: [type], operations: [] });

describe("metadata that tries to write code", () => {
  test.each([
    ["a type name with a quote", withType({ name: 'X"); evil(); ("', properties: [] }), 'its name "X\\"); evil(); (\\"" is not a .NET type name'],
    ["a generic parameter that is not a name", withType({ name: "G`1", genericArgs: ["T) => evil(); (t"], properties: [] }), "its generic parameter"],
    ["a member name that is not an identifier", withType({ name: "M", properties: [{ name: "a-b", type: "String" }] }), 'M: "a-b" is not a valid member key'],
  ])("%s is refused", (_, metadata, reason) => {
    const { code, problems } = generateModule(metadata);
    expect(problems[0]?.message).toContain(reason);
    expect(code).not.toMatch(/^[^/].*evil\(\)/m);
  });

  test("a description cannot end its comment, and a line break in a name cannot end a // comment", () => {
    const { code } = generateModule(withType({ name: "D", description: "ok */ evil(); /*", properties: [{ name: "X", type: "String", description: "a\nb */ evil();" }] }));
    expect(code).toContain("/** ok *\\/ evil(); /* */");
    expect(code).not.toMatch(/^\s*evil\(\)/m);
    const refused = generateModule(withType({ name: "R", properties: [{ name: "Y", type: "Nope\nevil();" }] }));
    expect(refused.code.split("\n").filter((line) => line.includes("evil")).every((line) => line.startsWith("//"))).toBe(true);
  });

  test("a member named __proto__ is an own member, not the prototype", () => {
    const { types } = schemasFromMetadata(withType({ name: "P", properties: [{ name: "__proto__", type: "String" }] }));
    expect(types["P"]).toMatchObject({ members: [{ key: "__proto__" }] });
    expect(generateModule(withType({ name: "P", properties: [{ name: "__proto__", type: "String" }] })).code).toContain('["__proto__"]: string(),');
  });

  test("an enum's spellings are string literals, its names identifiers, its values integers", () => {
    const spelled = generateModule(withType({ name: "E", isEnum: true, enumNames: ["A", "B"], enumMemberValues: ['"); evil(); ("', "B"] }));
    expect(spelled.code).toContain('spellings: { A: "\\"); evil(); (\\"" }');
    expect(spelled.code).not.toMatch(/^[^/].*evil\(\)[^"]*$/m);
    expect(generateModule(withType({ name: "E", isEnum: true, enumNames: ["A", "b-c"] })).problems[0]?.message).toContain('"b-c" is not a C# identifier');
    expect(generateModule(withType({ name: "E", isEnum: true, enumNames: ["A"], enumValues: ["1e3"] })).problems[0]?.message).toContain('A = "1e3", which is not an integer');
    expect(generateModule(withType({ name: "E", isEnum: true, enumNames: ["A"], enumValues: ["99999999999999999"] })).problems[0]?.message).toContain("not an integer JavaScript holds exactly");
    expect(generateModule(withType({ name: "E", isEnum: true, enumNames: ["A", "B"], enumValues: ["0"] })).problems[0]?.message).toContain("do not match its enumNames");
    const proto = schemasFromMetadata(withType({ name: "F", isEnum: true, isEnumInt: true, attributes: [{ name: "Flags" }], enumNames: ["None", "__proto__"], enumValues: ["0", "1"] }));
    expect(Object.getPrototypeOf(proto.types["F"])).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(proto.types["F"], "__proto__")?.value).toBe(1);
  });

  test("a type name nested a thousand levels deep is refused, not a stack overflow", () => {
    const deep = `${"List<".repeat(1000)}String${">".repeat(1000)}`;
    const { problems } = generateModule(withType({ name: "Deep", properties: [{ name: "X", type: deep }] }));
    expect(problems[0]?.message).toContain("nested more than 32 levels deep");
  });

  test("a document that is not metadata is a MetadataError naming the field", () => {
    expect(() => generateModule([])).toThrow(MetadataError);
    expect(() => generateModule({ types: [{ name: 5 }] })).toThrow(new MetadataError("types[0].name must be a string"));
    expect(() => generateModule({ Types: [{ Name: "A", Properties: [{ Name: "B", Type: "String" }] }] })).not.toThrow();
  });
});
