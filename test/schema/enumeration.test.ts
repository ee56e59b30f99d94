import { describe, expect, test } from "vitest";
import {
  enumeration,
  FlowChannels,
  json,
  object,
  SessionCallState,
  SessionDialState,
  SessionDirections,
  SessionHoldReasons,
  SessionMemberCallState,
  SessionMemberRoles,
  SessionQueueStates,
  type EnumSchema,
} from "../../src/index.js";

// An enumeration is both the schema and the const object the API's generated DTOs export:
// `SessionDialState.Active === "Active"`. Its members are its only enumerable properties; the
// schema's metadata (`kind`, `typeName`, `values`) is hidden from `Object.keys` and JSON.

type AnyEnum = Pick<EnumSchema<string>, "kind" | "typeName" | "values">;

/** Each enumeration of the Evo Voice API with its members as documented, in declaration order. */
const DOCUMENTED: [AnyEnum, string, string[]][] = [
  [SessionDialState, "SessionDialState", ["None", "Active"]],
  [SessionCallState, "SessionCallState", ["Disconnected", "Ringing", "Connected", "Hold", "Passive"]],
  [SessionQueueStates, "SessionQueueStates", ["None", "Queued", "Ringing", "Connected", "Hold", "Disconnected"]],
  [FlowChannels, "FlowChannels", ["Voice", "Chat", "Fax"]],
  [SessionHoldReasons, "SessionHoldReasons", ["None", "Transferring"]],
  [SessionMemberCallState, "SessionMemberCallState", ["None", "Ringing", "Connected", "Hold"]],
  [SessionMemberRoles, "SessionMemberRoles", ["None", "Caller", "Agent", "Transfer"]],
  [SessionDirections, "SessionDirections", ["Incoming", "Outgoing"]],
];

describe("the API's enumerations", () => {
  test.each(DOCUMENTED.map(([schema, name, members]) => [name, schema, members] as const))(
    "%s has the documented members, in order, as its only keys",
    (name, schema, members) => {
      expect(schema.kind).toBe("enum");
      expect(schema.typeName).toBe(name);
      expect(schema.values).toEqual(members);
      expect(Object.keys(schema)).toEqual(members);
      for (const m of members) expect((schema as unknown as Record<string, string>)[m]).toBe(m);
    },
  );
});

describe("an enumeration doubles as a const object", () => {
  test("members are their own names", () => {
    expect(SessionDialState.Active).toBe("Active");
    expect(SessionDialState.None).toBe("None");
    expect(SessionCallState.Hold).toBe("Hold");
  });

  test("Object.keys, Object.entries and JSON show only the members", () => {
    expect(Object.keys(SessionDialState)).toEqual(["None", "Active"]);
    expect(Object.entries(FlowChannels)).toEqual([
      ["Voice", "Voice"],
      ["Chat", "Chat"],
      ["Fax", "Fax"],
    ]);
    expect(JSON.stringify(SessionDirections)).toBe('{"Incoming":"Incoming","Outgoing":"Outgoing"}');
  });

  test("it is frozen, metadata included", () => {
    expect(Object.isFrozen(SessionDialState)).toBe(true);
    expect(Object.isFrozen(SessionDialState.values)).toBe(true);
    expect(() => {
      (SessionDialState as unknown as Record<string, string>)["Active"] = "x";
    }).toThrow(TypeError);
  });

  test("the first member is the default that encoders write and decoders fill in", () => {
    const Call = object("Call", { state: SessionCallState });
    expect(json.encode(Call, {})).toBe('{"state":"Disconnected"}');
    expect(json.decode(Call, "{}")).toEqual({ state: SessionCallState.Disconnected });
  });

  test("a member named like an Object.prototype property is an own member", () => {
    const Odd = enumeration("Odd", ["__proto__", "constructor", "toString"]);
    expect(Object.keys(Odd)).toEqual(["__proto__", "constructor", "toString"]);
    expect(Object.getOwnPropertyDescriptor(Odd, "__proto__")?.value).toBe("__proto__");
    expect(Odd.constructor).toBe("constructor");
    expect(Object.getPrototypeOf(Odd)).toBe(Object.prototype);
    expect(json.decode(Odd, '"__PROTO__"')).toBe("__proto__");
  });
});
