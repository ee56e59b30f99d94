import {
  boolean,
  dictionary,
  double,
  generic,
  int,
  lazy,
  list,
  nullable,
  object,
  string,
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

export type TypesDto = { schema: Schema } | { skip: string };

const ISSUE_12 = (what: string) => ({ skip: `${what}: a building block of issue 12` });

/** Every type the vectors name (a `List<T>` of them is derived), by its C# spelling. */
const TYPES: Record<string, TypesDto> = {
  NumbersDto: ISSUE_12("decimal members"),
  NullablesDto: ISSUE_12("DateTime?, Guid?, TimeSpan? and DateTimeOffset? members"),
  TimesDto: ISSUE_12("DateTime, DateTimeOffset, TimeSpan and Guid members"),
  BinaryDto: ISSUE_12("char members"),
  EnumsDto: ISSUE_12("[Flags] and [EnumMember] enums, and enums with explicit values"),
  TreeNode: { schema: TreeNode },
  Struct: { schema: Struct },
  StructDto: { schema: StructDto },
  DictionariesDto: ISSUE_12("Dictionary<int, string> and untyped object members"),
  Item: { schema: Item },
  "ListResponse<Item>": { schema: ListResponse(Item) },
  BaseEntity: ISSUE_12("a DateTime? member"),
  DerivedDto: ISSUE_12("a DateTime? member (of its base class)"),
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
