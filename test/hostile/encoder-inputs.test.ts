import { describe, expect, test } from "vitest";
import { dictionary, EncodeError, list, object, string, type Schema } from "../../src/index.js";
import { CODECS, encodeError, whereEncoding } from "../support/errors.js";
import { named } from "../support/tables.js";

// What encoders make of the objects a program hands them (issue 17, items 8 and 10), in every
// format. A described member is read as a property: through an accessor, own or inherited from a
// class or any prototype, but never from Object.prototype, whose `constructor` and `toString` are
// no one's data. Whatever a getter or Proxy trap throws is an EncodeError (`invalid-value`) at
// the member, element or entry being read, with what was thrown as its `cause`.

const Leaf = object("Leaf", { title: string() });
const Note = object("Note", {
  title: string(),
  tags: list(string()),
  map: dictionary(string()),
  leaf: Leaf,
  leaves: list(Leaf),
  byName: dictionary(Leaf),
});
/** Members named like what every object inherits. */
const Named = object("Named", { constructor: string(), toString: string(), title: string() });

class PrivateTitle {
  readonly #title: string;
  constructor(title: string) {
    this.#title = title;
  }
  get title(): string {
    return this.#title;
  }
  /** A method is no member: it is not data, and not refused. */
  shout(): string {
    return this.#title.toUpperCase();
  }
}

class Base {
  get title(): string {
    return "from the base class";
  }
}
class Derived extends Base {
  tags = ["a"];
}

class Counter {
  constructor(readonly title: string) {}
}

interface ReadRow {
  name: string;
  schema: Schema;
  value: () => unknown;
  /** The plain object that must give the same text. */
  plain: unknown;
}

describe("described members are read as properties, wherever the object keeps them", () => {
  const rows: ReadRow[] = [
    { name: "a getter over a private field", schema: Note, value: () => new PrivateTitle("t"), plain: { title: "t" } },
    { name: "a getter inherited from a base class", schema: Note, value: () => new Derived(), plain: { title: "from the base class", tags: ["a"] } },
    { name: "a readonly constructor parameter", schema: Note, value: () => new Counter("c"), plain: { title: "c" } },
    { name: "a member on the object's prototype", schema: Note, value: () => Object.create({ title: "p" }) as unknown, plain: { title: "p" } },
    {
      name: "a getter on a plain object",
      schema: Note,
      value: () => ({
        get title() {
          return "g";
        },
      }),
      plain: { title: "g" },
    },
    { name: "an object with no prototype", schema: Note, value: () => Object.assign(Object.create(null) as object, { title: "n" }), plain: { title: "n" } },
    { name: "a class instance inside a list", schema: Note, value: () => ({ leaves: [new Counter("x"), new PrivateTitle("y")] }), plain: { leaves: [{ title: "x" }, { title: "y" }] } },
    { name: "a class instance as a dictionary value", schema: Note, value: () => ({ byName: { k: new PrivateTitle("v") } }), plain: { byName: { k: { title: "v" } } } },
    { name: "a class instance: its inherited constructor and toString are not members", schema: Named, value: () => new Counter("c"), plain: { title: "c" } },
    {
      name: "a class instance's own constructor and toString are",
      schema: Named,
      value: () => Object.assign(new Counter("c"), { constructor: "own", toString: "also own" }),
      plain: { constructor: "own", toString: "also own", title: "c" },
    },
  ];
  for (const [format, codec] of CODECS) {
    test.each(named(rows))(`${format}: %s`, (_, { schema, value, plain }) => {
      const encode = codec.encode as (schema: Schema, value: unknown) => string;
      const expected = encode(schema, plain);
      expect(encode(schema, value())).toBe(expected);
    });
  }
});

const boom = new Error("boom");
const thrower = () => {
  throw boom;
};
const revoked = <T extends object>(target: T): T => {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
};

interface ThrowRow {
  name: string;
  value: () => unknown;
  path: string;
  /** What the `cause` is: the very error thrown, or a TypeError (a revoked Proxy's). */
  cause: "thrown" | "TypeError";
}

describe("what a getter or Proxy trap throws is an invalid-value EncodeError at what was being read, with the original as cause", () => {
  const rows: ThrowRow[] = [
    { name: "a member's getter on a plain object", value: () => ({ title: "a", get leaf() { return thrower(); } }), path: "leaf", cause: "thrown" },
    { name: "a member's getter on a class instance", value: () => new (class { get title() { return thrower(); } })(), path: "title", cause: "thrown" },
    { name: "a Proxy's get trap on a member", value: () => new Proxy({ title: "a" }, { get: (t, k) => (k === "title" ? thrower() : Reflect.get(t, k)) }), path: "title", cause: "thrown" },
    { name: "a Proxy's get trap on everything: the object itself", value: () => new Proxy({ title: "a" }, { get: thrower }), path: "", cause: "thrown" },
    { name: "a Proxy's ownKeys trap: the object itself", value: () => new Proxy({ title: "a" }, { ownKeys: thrower }), path: "", cause: "thrown" },
    { name: "a revoked Proxy as the value", value: () => revoked({ title: "a" }), path: "", cause: "TypeError" },
    { name: "a revoked Proxy as a member", value: () => ({ leaf: revoked({}) }), path: "leaf", cause: "TypeError" },
    { name: "a nested member's getter", value: () => ({ leaf: { get title() { return thrower(); } } }), path: "leaf.title", cause: "thrown" },
    { name: "a list element's getter", value: () => ({ tags: Object.defineProperty(["a", "b"], 1, { get: thrower }) }), path: "tags[1]", cause: "thrown" },
    { name: "a list Proxy's get trap on an element", value: () => ({ tags: new Proxy(["a"], { get: (t, k) => (k === "0" ? thrower() : Reflect.get(t, k)) }) }), path: "tags[0]", cause: "thrown" },
    { name: "a list Proxy's get trap on its length: the list itself", value: () => ({ tags: new Proxy(["a"], { get: (t, k) => (k === "length" ? thrower() : Reflect.get(t, k)) }) }), path: "tags", cause: "thrown" },
    { name: "a revoked Proxy as a list", value: () => ({ tags: revoked([]) }), path: "tags", cause: "TypeError" },
    { name: "a getter in an object in a list", value: () => ({ leaves: [{}, { get title() { return thrower(); } }] }), path: "leaves[1].title", cause: "thrown" },
    { name: "a dictionary entry's getter", value: () => ({ map: { a: "x", get b() { return thrower(); } } }), path: "map.b", cause: "thrown" },
    { name: "a dictionary Proxy's ownKeys trap: the dictionary itself", value: () => ({ map: new Proxy({}, { ownKeys: thrower }) }), path: "map", cause: "thrown" },
    { name: "a revoked Proxy as a dictionary", value: () => ({ map: revoked({}) }), path: "map", cause: "TypeError" },
    { name: "a getter in an object that is a dictionary value", value: () => ({ byName: { k: { get title() { return thrower(); } } } }), path: "byName.k.title", cause: "thrown" },
  ];
  for (const [format, codec] of CODECS) {
    test.each(named(rows))(`${format}: %s`, (_, { value, path, cause }) => {
      const error = encodeError(codec, Note, value());
      expect(whereEncoding(error)).toEqual({ code: "invalid-value", path });
      const original = (error as EncodeError & { cause?: unknown }).cause;
      if (cause === "thrown") expect(original).toBe(boom);
      else expect(original).toBeInstanceOf(TypeError);
      expect(error.message).toContain(cause === "thrown" ? "boom" : "revoked");
    });
  }

  test.each(
    named([
      { name: "an element's getter", value: () => Object.defineProperty([{ title: "a" }, {}], 1, { get: thrower, enumerable: true }), path: "[1]", cause: "thrown" as const },
      { name: "a get trap on the list's length", value: () => new Proxy([{}], { get: (t, k) => (k === "length" ? thrower() : Reflect.get(t, k)) }), path: "", cause: "thrown" as const },
      { name: "a revoked Proxy as the list", value: () => revoked([]), path: "", cause: "TypeError" as const },
      { name: "a Proxy whose getPrototypeOf trap throws, where a list belongs", value: () => new Proxy({}, { getPrototypeOf: thrower }), path: "", cause: "thrown" as const },
    ]),
  )("a list at the root, in every format: %s", (_, { value, path, cause }) => {
    for (const [, codec] of CODECS) {
      const error = encodeError(codec, list(Note), value());
      expect(whereEncoding(error)).toEqual({ code: "invalid-value", path });
      const original = (error as EncodeError & { cause?: unknown }).cause;
      if (cause === "thrown") expect(original).toBe(boom);
      else expect(original).toBeInstanceOf(TypeError);
    }
  });

  test("pretty JSV reads a list's length where compact JSV does: the same path", async () => {
    const { jsv } = await import("../../src/index.js");
    const value = { tags: new Proxy(["a"], { get: (t, k) => (k === "length" ? thrower() : Reflect.get(t, k)) }) };
    expect(whereEncoding(encodeError(jsv, Note, value, { pretty: true } as never))).toEqual({ code: "invalid-value", path: "tags" });
  });
});
