import {
  boolean,
  dictionary,
  enumeration,
  integer,
  list,
  listOf,
  member,
  object,
  SessionInfo,
  SessionMemberInfo,
  string,
  type Schema,
} from "../../src/index.js";

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

export const PROPERTY_SCHEMAS: readonly (readonly [string, Schema])[] = [
  ["SessionInfo", SessionInfo],
  ["listOf(SessionInfo)", listOf(SessionInfo)],
  ["Sink", Sink],
  ["Inherited", Inherited],
  ["dictionary(SessionMemberInfo)", dictionary(SessionMemberInfo)],
  ["string()", string()],
  ["list(Level)", list(Level)],
];
