import {
  boolean,
  byte,
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
  long,
  nullable,
  object,
  short,
  string,
  timeSpan,
  uint,
  ulong,
  untyped,
  type Schema,
} from "../../src/index.js";
import { dotNetTypeName } from "../../src/schema/naming.js";

// The test DTOs of fixtures/vectors/types-README.md ("Declarations"), described with evo-codec's
// building blocks. A type that needs a building block evo-codec does not have yet maps to the
// reason it is left out.

export interface TreeNodeValue {
  name?: string;
  children?: TreeNodeValue[];
  parent?: TreeNodeValue;
}

export const TreeNode = object("TreeNode", {
  name: string(),
  children: list(lazy<TreeNodeValue>((): Schema => TreeNode)),
  parent: lazy<TreeNodeValue>((): Schema => TreeNode),
});

export interface ValueValue {
  stringValue?: string;
  numberValue?: number;
  boolValue?: boolean;
  structValue?: Record<string, ValueValue>;
  listValue?: ValueValue[];
}

/** `class Value`: protobuf's Struct value, one member usually set; `StructValue` refers to the dictionary class below. */
export const Value = object("Value", {
  stringValue: string(),
  numberValue: nullable(double()),
  boolValue: nullable(boolean()),
  structValue: lazy<Record<string, ValueValue>>((): Schema => Struct),
  listValue: list(lazy<ValueValue>((): Schema => Value)),
});

/** `class Struct : Dictionary<string, Value>`. */
export const Struct = dictionary(Value, { typeName: "Struct" });

export const StructDto = object("StructDto", { name: string(), fields: Struct, values: list(Value) });

export const Item = object("Item", { id: int(), name: string(), price: nullable(double()) });

export const ListResponse = generic(<T extends Schema>(item: T) =>
  object(`ListResponse<${dotNetTypeName(item)}>`, {
    items: list(item),
    totalCount: int(),
    totalPages: int(),
    hasMorePages: boolean(),
  }),
);

export const NumbersDto = object("NumbersDto", {
  int: int(),
  long: long(),
  short: short(),
  byte: byte(),
  uInt: uint(),
  uLong: ulong(),
  float: float(),
  double: double(),
  decimal: decimal(),
  nullableInt: nullable(int()),
  nullableLong: nullable(long()),
  nullableShort: nullable(short()),
  nullableByte: nullable(byte()),
  nullableUInt: nullable(uint()),
  nullableULong: nullable(ulong()),
  nullableFloat: nullable(float()),
  nullableDouble: nullable(double()),
  nullableDecimal: nullable(decimal()),
});

// Values with no member name occur in the vectors (`(Color)7`, `(Status)9`, `(Priority)0`): open enums.
export const Color = enumeration("Color", ["Red", "Green", "Blue"], { open: true });
export const Perms = flags("Perms", { None: 0, Read: 1, Write: 2, Execute: 4, Delete: 8 });
export const FlagsNoZero = flags("FlagsNoZero", { A: 1, B: 2, C: 4 });
export const Status = enumeration("Status", ["InProgress", "Done", "NotStarted", "Plain"], {
  spellings: { InProgress: "in progress", Done: "done-ok", NotStarted: "NOT_STARTED" },
  open: true,
});
export const Priority = enumeration("Priority", { Critical: -1, Low: 10, Medium: 20, High: 30 }, { open: true });

export const NullablesDto = object("NullablesDto", {
  bool: boolean(),
  nullableBool: nullable(boolean()),
  nullableInt: nullable(int()),
  nullableEnum: nullable(Color),
  nullableDateTime: nullable(dateTime()),
  nullableGuid: nullable(guid()),
  nullableTimeSpan: nullable(timeSpan()),
  nullableDateTimeOffset: nullable(dateTimeOffset()),
});

export const TimesDto = object("TimesDto", { date: dateTime(), dateOffset: dateTimeOffset(), duration: timeSpan(), id: guid(), dates: list(dateTime()) });

export const BinaryDto = object("BinaryDto", { data: bytes(), char: char(), nullableChar: nullable(char()) });

export const EnumsDto = object("EnumsDto", {
  color: Color,
  perms: Perms,
  bits: FlagsNoZero,
  status: Status,
  priority: Priority,
  nullableColor: nullable(Color),
  nullablePerms: nullable(Perms),
  nullableStatus: nullable(Status),
  colors: list(Color),
  permsList: list(Perms),
  statuses: list(Status),
});

export const DictionariesDto = object("DictionariesDto", {
  stringInt: dictionary(int()),
  intString: dictionary(string(), { key: int() }),
  stringList: dictionary(list(string())),
  stringObject: dictionary(untyped()),
  objects: list(untyped()),
  any: untyped(),
});

export const BaseEntity = object("BaseEntity", { id: long(), createdBy: string(), createdAt: nullable(dateTime()) });
export const DerivedDto = object("DerivedDto", { title: string(), active: boolean(), tags: list(string()) }, { base: BaseEntity });

export type TypesDto = { schema: Schema } | { skip: string };

/** Every type the vectors name (a `List<T>` of them is derived), by its C# spelling. */
const TYPES: Record<string, TypesDto> = {
  NumbersDto: { schema: NumbersDto },
  NullablesDto: { schema: NullablesDto },
  TimesDto: { schema: TimesDto },
  BinaryDto: { schema: BinaryDto },
  EnumsDto: { schema: EnumsDto },
  TreeNode: { schema: TreeNode },
  Struct: { schema: Struct },
  StructDto: { schema: StructDto },
  DictionariesDto: { schema: DictionariesDto },
  Item: { schema: Item },
  "ListResponse<Item>": { schema: ListResponse(Item) },
  BaseEntity: { schema: BaseEntity },
  DerivedDto: { schema: DerivedDto },
};

/** The description of a type the vectors name (`NumbersDto`, `List<Item>`), or why there is none. */
export function typesDto(type: string): TypesDto {
  if (type.startsWith("List<") && type.endsWith(">")) {
    const element = typesDto(type.slice(5, -1));
    return "skip" in element ? element : { schema: list(element.schema) };
  }
  const found = TYPES[type];
  if (found === undefined) throw new Error(`no description of ${type}`);
  return found;
}
