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
  float,
  guid,
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
  timeSpan,
  uint,
  ulong,
  untyped,
  ushort,
  type Schema,
} from "../../src/index.js";
import { Color, FlagsNoZero, Item, ListResponse, Perms, Priority, Status, Struct, StructDto, TreeNode } from "./types-dtos.js";

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

/** A closed enum (no values without a name) whose `[EnumMember]` spellings are not identifiers. */
export const Mood = enumeration("Mood", ["Calm", "Cross", "Sleepy"], { spellings: { Calm: "calm, mostly", Cross: "{cross}" } });

/**
 * Every building block of issue 12 (spec §13): decimal, DateTime of every kind, DateTimeOffset,
 * TimeSpan, Guid, char; enums open (`Color`), with explicit values (`Priority`), with
 * `[EnumMember]` spellings (`Status`, `Mood`) and `[Flags]` (`Perms`, `FlagsNoZero`); each value
 * type nullable too; and in containers, dictionaries keyed by int, long, enum and Guid among them.
 */
export const DotNet = object("DotNet", {
  decimal: decimal(),
  date: dateTime(),
  dateOffset: dateTimeOffset(),
  duration: timeSpan(),
  id: guid(),
  char: char(),
  color: Color,
  priority: Priority,
  status: Status,
  mood: Mood,
  perms: Perms,
  bits: FlagsNoZero,
  nullableDecimal: nullable(decimal()),
  nullableDate: nullable(dateTime()),
  nullableDateOffset: nullable(dateTimeOffset()),
  nullableDuration: nullable(timeSpan()),
  nullableId: nullable(guid()),
  nullableChar: nullable(char()),
  nullableStatus: nullable(Status),
  nullableMood: nullable(Mood),
  nullablePerms: nullable(Perms),
  decimals: list(decimal()),
  dates: list(dateTime()),
  chars: list(char()),
  moods: list(Mood),
  permsList: list(Perms),
  offsetsByName: dictionary(dateTimeOffset()),
  namesByNumber: dictionary(string(), { key: int() }),
  durationsByLong: dictionary(timeSpan(), { key: long() }),
  idsByStatus: dictionary(guid(), { key: Status }),
  moodsByMood: dictionary(Mood, { key: Mood }),
  datesById: dictionary(dateTime(), { key: guid() }),
});

/**
 * `object`, `List<object>` and `Dictionary<string, object>` members. Their round trips are lossy
 * by choice (see `untypedAsRead` in the properties): JSV has no types, JSON reads a long integer as a bigint.
 */
export const Untyped = object("Untyped", { any: untyped(), objects: list(untyped()), byName: dictionary(untyped()) });

/** Every issue-12 block in one flat DTO (the fuzz harness's third kind of document). */
export const Everything = object("Everything", { ...DotNet.shape, ...Untyped.shape });

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
  ["DotNet (issue 12's types)", DotNet],
  ["listOf(DotNet)", listOf(DotNet)],
  ["dictionary keyed by Guid", dictionary(Priority, { key: guid() })],
  ["list(Perms)", list(Perms)],
  ["decimal()", decimal()],
  ["dateTime()", dateTime()],
  ["Untyped (object values)", Untyped],
  ["untyped()", untyped()],
];
