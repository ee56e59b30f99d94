import {
  boolean,
  bytes,
  char,
  dateTime,
  decimal,
  dictionary,
  double,
  enumeration,
  flags,
  float,
  int,
  integer,
  list,
  member,
  nullable,
  object,
  SessionInfo,
  string,
  type Schema,
} from "../../src/index.js";

// The C# types the reference vectors use, described with evo-codec's building blocks. A type
// evo-codec does not write as the reference does maps to the reason it is left out.

const S = object("S", { v: string() });
const SB = object("SB", { v: string(), b: boolean() });
const Poco = object("Poco", { name: string() });
const A = object("A", { value: string() });
const MyModel = object("MyModel", { name: string() });
const ModelWithIdAndName = object("ModelWithIdAndName", { id: integer(), name: string() });
const ModelWithMapAndList = object("ModelWithMapAndList", {
  id: integer(),
  name: string(),
  map: dictionary(string()),
  list: list(string()),
});
const ModelWithMapAndListOfModels = object("ModelWithMapAndList", {
  id: integer(),
  name: string(),
  map: dictionary(string()),
  list: list(ModelWithIdAndName),
});
const Person = object("Person", { id: integer(), name: string() });
const Probe = object("Probe", {
  name: string(),
  flag: boolean(),
  e: enumeration("E", ["Zero", "One", "Two"]),
  tags: list(string()),
  map: dictionary(string()),
  people: list(Person),
});
const BaseE = object("BaseE", { id: string(), createdBy: string() });
const DerivedE = object("DerivedE", { name: string(), ended: boolean() }, { base: BaseE });
const Inner = object("Inner", { int: integer() });
const Program = object("Program", { inner: list(Inner) });
const Example = object("Example", { totalCount: integer(), wasPublished: boolean() });
const TestModel = object("TestModel", { publicInt: integer(), publicGetInt: integer() });
const DataContractPerson = object("Person", { id: member(integer(), { alias: "MyID" }), name: string() });
const Aliased = object("Aliased", { id: integer(), name: member(string(), { alias: "alias" }) });
const ClassTwo = object("ClassTwo", { name: member(string(), { alias: "NewName" }) });
const TableItem = object("TableItem", {
  column1Data: string(),
  column2Data: string(),
  column3Data: string(),
  column4Data: string(),
  column5Data: string(),
});
const NestedModel = object("NestedModel", { id: string(), model: ModelWithIdAndName });
const ModelWithList = object("ModelWithList", {
  id: integer(),
  stringList: list(string()),
  stringArray: list(string()),
});
const JsonPrimitives = object("JsonPrimitives", { int: integer(), nullString: string(), emptyString: string() });
const ByNameFoo = object("ByNameFoo", { a: integer(), b: integer() });
const TestEnum = enumeration("TestEnum", ["EnumValue1", "EnumValue2"]);
const LowerCaseAnon = object("Anon", { id: member(integer(), { name: "id" }), name: member(string(), { name: "name" }) });

// The types of issue 12's building blocks. Where a test declares more members than its vectors
// use, only the ones the vectors show are described (Day's other members are not in them).
const Day = enumeration("Day", ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"], {
  spellings: { Sunday: "SUN" },
});
const EnumMemberDto = object("EnumMemberDto", { day: Day, nDay: nullable(Day) });
const FloatingPoint = object("Numbers", { float: float(), double: double(), decimal: decimal() });
/** `[Flags] enum ExampleEnum : ulong`; its values here are all within int, which `flags` holds. */
const ExampleEnum = flags("ExampleEnum", { None: 0, One: 1, Two: 2, Four: 4, Eight: 8 });
const ExampleFlags = object("Anon", { enumProp1: ExampleEnum, enumProp2: ExampleEnum });
const ExampleEnumWithoutFlagsAttribute = enumeration("ExampleEnumWithoutFlagsAttribute", ["None", "One", "Two"]);
const ExampleEnums = object("Example", { enumProp1: ExampleEnumWithoutFlagsAttribute, enumProp2: ExampleEnumWithoutFlagsAttribute });
const EnumWithFlags = flags("EnumWithFlags", { Zero: 0, One: 1, Two: 2 });
const EnumWithoutFlags = enumeration("EnumWithoutFlags", ["Zero", "One", "Two"]);
const ClassWithEnums = object("ClassWithEnums", {
  flagsEnum: EnumWithFlags,
  noFlagsEnum: EnumWithoutFlags,
  nullableFlagsEnum: nullable(EnumWithFlags),
  nullableNoFlagsEnum: nullable(EnumWithoutFlags),
});
const NullClass = object("NullClass", {});
const NullValueTester = object("NullValueTester", {
  name: string(),
  type: string(),
  sampleKey: int(),
  nothing: string(),
  nullClass: NullClass,
  nullableDateTime: nullable(dateTime()),
});
const MyChar = object("MyChar", { char: char() });
const Category = object("Category", { id: int(), categoryName: string(), description: string(), picture: bytes() });
const NullableBoolRow = object("Anon", { value: nullable(boolean()) });

export type VectorType = { schema: Schema } | { skip: string };

/** Skips that name what evo-codec does not offer. */
const NOT_OFFERED = {
  csvReader: "a CsvReader internal, not a typed decode; papaparse covers field splitting",
  dictionaryRows:
    "a Dictionary<string,object> as a CSV root (or a list of them) is a row keyed by its keys in the reference; evo-codec writes a dictionary root as the Key,Value pairs the reference writes for a dictionary class (Struct : Dictionary<string,Value>, spec §13.6)",
};

export const VECTOR_TYPES: Record<string, VectorType> = {
  "string (top-level)": { schema: string() },
  "object-typed string (top-level)": { schema: string() },
  "Dictionary<string,string>": { schema: dictionary(string()) },
  "List<string>": { schema: list(string()) },
  "string[] / List<string>": { schema: list(string()) },
  "string[]": { schema: list(string()) },
  "enum TestEnum {EnumValue1, EnumValue2} (top-level)": { schema: TestEnum },
  '[DataContract] class { [DataMember(Name="MyID")] int Id; [DataMember] string Name }': { schema: DataContractPerson },
  '[DataContract] Person {[DataMember(Name="MyID")] Id; [DataMember] Name}': { schema: DataContractPerson },
  'class { int Id; [DataMember(Name="alias")] string Name } (no [DataContract])': { schema: Aliased },
  'class { int Id; [DataMember(Name="alias")] string Name }': { schema: Aliased },
  '[DataContract] ClassTwo { [DataMember(Name="NewName")] string Name }': { schema: ClassTwo },
  'class { Day Day; Day? NDay }, enum Day with [EnumMember(Value="SUN")] Sunday': { schema: EnumMemberDto },
  'enum Day with [EnumMember(Value="SUN")] (top-level)': { schema: Day },
  EnumMemberDto: { schema: EnumMemberDto },
  "EnumMemberDto { Day Day; Day? NDay }": { schema: EnumMemberDto },
  "class TestModel { int PublicInt; int PublicGetInt {get; private set;}; int PublicSetInt {private get;set;}; public field; private/protected props }":
    { schema: TestModel },
  "class ExcludeList { int Id; List<Exclude{int Id; string Key}> Excludes }": {
    skip: "ExcludePropertyReferences is a serializer setting evo-codec does not offer",
  },
  "class IncludeExclude { int Id; string Name; Exclude Obj }": {
    skip: "ExcludePropertyReferences is a serializer setting evo-codec does not offer",
  },
  "class { float Float; double Double; decimal Decimal }": { schema: FloatingPoint },
  "anon { ExampleEnum EnumProp1 = One|Two; EnumProp2 = Eight } where [Flags] enum : ulong": { schema: ExampleFlags },
  "class { ExampleEnumWithoutFlagsAttribute EnumProp1, EnumProp2 }": { schema: ExampleEnums },
  "class ClassWithEnums { [Flags]EnumWithFlags FlagsEnum; EnumWithoutFlags NoFlagsEnum; EnumWithFlags? ..; EnumWithoutFlags? .. }":
    { schema: ClassWithEnums },
  ClassWithEnums: { schema: ClassWithEnums },
  "class ModelWithIdAndName { int Id; string Name }": { schema: ModelWithIdAndName },
  ModelWithIdAndName: { schema: ModelWithIdAndName },
  "ModelWithIdAndName[]": { schema: list(ModelWithIdAndName) },
  "class Poco { string Name }": { schema: Poco },
  "class ModelWithMapAndList<string> { int Id; string Name; Dictionary<string,string> Map; List<string> List }": {
    schema: ModelWithMapAndList,
  },
  "ModelWithMapAndList<ModelWithIdAndName>": { schema: ModelWithMapAndListOfModels },
  "class NullValueTester { string Name, Type; int SampleKey; string Nothing; NullClass NullClass; DateTime? NullableDateTime }":
    { schema: NullValueTester },
  NullValueTester: { schema: NullValueTester },
  "class A { string Value }": { schema: A },
  "List<TableItem{string Column1Data..Column5Data}>": { schema: list(TableItem) },
  "List<Dictionary<string,string>> with mismatched keys": {
    skip: "rows of dictionaries get a header of the union of their keys; evo-codec writes described objects",
  },
  "List<Dictionary<string,object>>": { skip: NOT_OFFERED.dictionaryRows },
  "class Person { int Id; string Name } (single object)": { schema: Person },
  "class Person { int Id; string Name }": { schema: Person },
  "Dictionary<string,object> (single)": { skip: NOT_OFFERED.dictionaryRows },
  "Category[] { int Id; string CategoryName; string Description; byte[] Picture }": { schema: list(Category) },
  "string[] (written as ONE row, no header)": {
    skip: "a list of strings is a single headerless CSV row in the reference; evo-codec's CSV writes tables of objects",
  },
  "string (single field, ToCsvField)": { skip: "a CSV field-escaping helper, covered by the CSV cell tests" },
  "string (ToCsvField)": { skip: "a CSV field-escaping helper, covered by the CSV cell tests" },
  "string (FromCsvField)": { skip: "a CSV field-unescaping helper, covered by the CSV cell tests" },
  "anonymous { bool? Value } rows": { schema: list(NullableBoolRow) },
  "List<object> of anonymous { int id; string name }": { schema: list(LowerCaseAnon) },
  "CsvReader.ParseLines": { skip: NOT_OFFERED.csvReader },
  "CsvReader.ParseFields": { skip: NOT_OFFERED.csvReader },
  "class MyModel { string Name }": { schema: MyModel },
  MyModel: { schema: MyModel },
  "class Program { Inner[] Inner } / Inner { int Int }": { schema: Program },
  Program: { schema: Program },
  "class MyChar { char Char }": { schema: MyChar },
  "NestedModel { string Id; ModelWithIdAndName Model }": { schema: NestedModel },
  "ModelWithList { int Id; List<string> StringList; string[] StringArray }": { schema: ModelWithList },
  "JsonPrimitives subset { int Int; string NullString; string EmptyString }": { schema: JsonPrimitives },
  "class Example { int TotalCount; bool WasPublished }": { schema: Example },
  Example: { schema: Example },
  "ByNameFoo { int A; int? B } (+ OnDeserializing hook)": { schema: ByNameFoo },
  "class S { string V }": { schema: S },
  "class S { string V } (single object)": { schema: S },
  "class Probe { string Name; bool Flag; enum E {Zero,One,Two} E; List<string> Tags; Dictionary<string,string> Map; List<Person{int Id; string Name}> People }":
    { schema: Probe },
  "class BaseE { string Id; string CreatedBy } ; class DerivedE : BaseE { string Name; bool Ended }": { schema: DerivedE },
  "class SB { string V; bool B }": { schema: SB },
  "List<SB>": { schema: list(SB) },
  "SessionInfo : EntityInfo, C# PascalCase property names as listed in the brief; enums SessionDialState etc. (see md)": {
    schema: SessionInfo,
  },
};
