import { describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { generic, int, json, jsv, lazy, list, listOf, MAX_DEPTH, object, string, type Schema } from "../../src/index.js";
import { Item, ListResponse, Struct, TreeNode, type TreeNodeValue, type ValueValue } from "../support/types-dtos.js";

// Recursive descriptions (through `lazy`) compile once, and every codec follows a recursive value
// only as deep as `maxDepth`: deeper is `depth-limit`, a value that contains itself is `cycle`,
// never a stack overflow.

/** `{name: n1, parent: {name: n2, parent: …}}`, `levels` objects deep. */
function chain(levels: number): TreeNodeValue {
  let node: TreeNodeValue = { name: `n${levels}` };
  for (let i = levels - 1; i >= 1; i--) node = { name: `n${i}`, parent: node };
  return node;
}

const FORMATS = {
  json: { encode: json.encode, decode: json.decode },
  jsv: { encode: jsv.encode, decode: jsv.decode },
  "pretty jsv": { encode: (s: Schema, v: unknown, o?: object) => jsv.encode(s, v, { ...o, pretty: true }), decode: jsv.decode },
  csv: { encode: (s: Schema, v: unknown, o?: object) => csv.encode(s as never, v as never, o), decode: (s: Schema, t: string, o?: object) => csv.decode(s as never, t, o) },
} as const;

describe.each(Object.entries(FORMATS))("%s", (_, { encode, decode }) => {
  test("a value as deep as maxDepth goes both ways; one level more is depth-limit both ways", () => {
    // In CSV the root object is the row; its cells start one level down, as in the other formats.
    const text = encode(TreeNode, chain(10), { maxDepth: 10 });
    expect(decode(TreeNode, text, { maxDepth: 10 })).toEqual(chain(10));
    expect(() => encode(TreeNode, chain(11), { maxDepth: 10 })).toThrow(expect.objectContaining({ code: "depth-limit" }));
    expect(() => decode(TreeNode, encode(TreeNode, chain(11)), { maxDepth: 10 })).toThrow(expect.objectContaining({ code: "depth-limit" }));
  });

  test(`the deepest maxDepth (${MAX_DEPTH}) is reached without a stack overflow`, () => {
    const deep = chain(MAX_DEPTH);
    const text = encode(TreeNode, deep, { maxDepth: MAX_DEPTH });
    expect(decode(TreeNode, text, { maxDepth: MAX_DEPTH })).toEqual(deep);
    expect(() => encode(TreeNode, chain(MAX_DEPTH + 1), { maxDepth: MAX_DEPTH })).toThrow(expect.objectContaining({ code: "depth-limit" }));
  });

  test("a value that contains itself is a cycle, with the path where it comes round again", () => {
    const root: TreeNodeValue = { name: "root", children: [{ name: "a" }] };
    root.children![0]!.parent = root;
    expect(() => encode(TreeNode, root)).toThrow(expect.objectContaining({ code: "cycle", path: expect.stringMatching(/^children\[0\]\.parent/) }));
    const struct: Record<string, ValueValue> = {};
    struct["self"] = { structValue: struct };
    expect(() => encode(Struct, struct)).toThrow(expect.objectContaining({ code: "cycle" }));
  });

  test("the same object twice, side by side, is no cycle", () => {
    const leaf: TreeNodeValue = { name: "leaf" };
    const value = { name: "root", children: [leaf, leaf] };
    expect(decode(TreeNode, encode(TreeNode, value))).toEqual(value);
  });
});

describe("lazy references", () => {
  test("refer to a type described later, and to the type itself", () => {
    const A: Schema = object("A", { b: lazy((): Schema => B), self: list(lazy((): Schema => A)) });
    const B = object("B", { n: int() });
    expect(json.decode(A, '{"b":{"n":1},"self":[{"b":{"n":2}}]}')).toEqual({ b: { n: 1 }, self: [{ b: { n: 2 } }] });
  });

  test("a reference that reaches no schema is a TypeError naming the problem, when first used", () => {
    const loop: Schema = lazy((): Schema => loop);
    expect(() => json.encode(loop, "x")).toThrow(/refers only to itself/);
    expect(() => json.decode(lazy(() => undefined as never), "1")).toThrow(/must return a described schema/);
    expect(() => jsv.decode(lazy(() => { throw new Error("not yet"); }), "1")).toThrow(/could not be resolved: Error: not yet/);
  });
});

describe("generic DTOs", () => {
  test("give the same schema for the same argument, another for another", () => {
    expect(ListResponse(Item)).toBe(ListResponse(Item));
    expect(ListResponse(listOf(Item))).not.toBe(ListResponse(Item));
    const Pair = generic(<A extends Schema, B extends Schema>(a: A, b: B) => object("Pair", { first: a, second: b }));
    expect(Pair(Item, TreeNode)).toBe(Pair(Item, TreeNode));
    expect(Pair(TreeNode, Item)).not.toBe(Pair(Item, TreeNode));
  });

  test("are named as the reference names them", () => {
    expect(ListResponse(Item).typeName).toBe("ListResponse<Item>");
    expect(ListResponse(string()).typeName).toBe("ListResponse<string>");
    expect(ListResponse(listOf(Item)).typeName).toBe("ListResponse<List<Item>>");
  });
});
