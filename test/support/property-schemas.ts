import {
  boolean,
  byte,
  bytes,
  dictionary,
  double,
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
  SessionInfo,
  SessionMemberInfo,
  short,
  string,
  uint,
  ulong,
  ushort,
  type Schema,
} from "../../src/index.js";
import { Item, ListResponse, Struct, StructDto, TreeNode } from "./types-dtos.js";

// Descriptions the properties run over: SessionInfo itself, and custom ones built with the
// public building blocks to reach what SessionInfo does not (nested containers, renamed and
// aliased members, member keys every object inherits, roots that are not objects).

const Level = enumeration("Level", ["Low", "Middle", "High"]);

const Leaf = object("Leaf", { id: integer(), label: string(), on: boolean() });

/** Every node kind nested in every container, plus a declared name and an alias. */
export const Sink = object("Sink", {
  urlValue: member(string(), { name: "URLValue" }),
  renamed: member(integer(), { alias: "renamed_id" }),
  level: Level,
  grid: list(list(integer())),
  tagsByName: dictionary(list(string())),
  leaves: dictionary(Leaf),
  tables: list(dictionary(string())),
  leaf: Leaf,
  levels: list(Level),
});

/** Member keys that every plain object also inherits from `Object.prototype`. */
export const Inherited = object("Inherited", {
  constructor: string(),
  toString: integer(),
  valueOf: list(string()),
  hasOwnProperty: boolean(),
});

/** Every integer width, double and float, `byte[]`, and the nullable value types, alone and in containers. */
export const Numbers = object("Numbers", {
  int: int(),
  long: long(),
  short: short(),
  byte: byte(),
  sByte: sbyte(),
  uShort: ushort(),
  uInt: uint(),
  uLong: ulong(),
  float: float(),
  double: double(),
  data: bytes(),
  nullableInt: nullable(int()),
  nullableLong: nullable(long()),
  nullableULong: nullable(ulong()),
  nullableFloat: nullable(float()),
  nullableDouble: nullable(double()),
  nullableBool: nullable(boolean()),
  nullableLevel: nullable(Level),
  doubles: list(double()),
  longsByName: dictionary(long()),
  blobs: list(bytes()),
});

/** A class with a base class, whose members come last. */
const Entity = object("Entity", { id: long(), createdBy: string() });
export const Derived = object("Derived", { title: string(), active: boolean(), tags: list(string()) }, { base: Entity });

export const PROPERTY_SCHEMAS: readonly (readonly [string, Schema])[] = [
  ["SessionInfo", SessionInfo],
  ["listOf(SessionInfo)", listOf(SessionInfo)],
  ["Sink", Sink],
  ["Inherited", Inherited],
  ["dictionary(SessionMemberInfo)", dictionary(SessionMemberInfo)],
  ["string()", string()],
  ["list(Level)", list(Level)],
  ["Numbers", Numbers],
  ["TreeNode (recursive)", TreeNode],
  ["Struct (a recursive dictionary class)", Struct],
  ["StructDto", StructDto],
  ["ListResponse(Item) (generic)", ListResponse(Item)],
  ["Derived (with a base class)", Derived],
];
