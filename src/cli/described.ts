import type { SchemaKind } from "../schema/nodes.js";

// A user's module hands the CLI whatever it exports: before a decoder compiles it, the
// description is checked to be one evo-codec's builders make, so a wrong export (a class, a
// `generic` not given its argument, a description from an incompatible version) is a clear
// message rather than a crash inside the compiler.

type Node = Record<string, unknown>;

/** Far more nodes than any API's DTOs have. */
const MOST_NODES = 100_000;

/** Per kind: the nodes a node refers to, or what is wrong with it. A new kind must be added here. */
const CHILDREN: Record<SchemaKind, (node: Node) => unknown[] | string> = {
  string: () => [],
  boolean: () => [],
  bytes: () => [],
  integer: (node) => (typeof node["typeName"] === "string" && typeof node["min"] === typeof node["max"] ? [] : "an integer without its typeName, min and max"),
  number: (node) => (node["typeName"] === "double" || node["typeName"] === "float" ? [] : "a number whose typeName is not double or float"),
  enum: (node) =>
    Array.isArray(node["values"]) && node["values"].every((v) => typeof v === "string") && Array.isArray(node["numbers"]) ? [] : "an enumeration without its values",
  flags: (node) => (Array.isArray(node["names"]) && Array.isArray(node["numbers"]) ? [] : "a flags enumeration without its names and values"),
  decimal: () => [],
  dateTime: () => [],
  dateTimeOffset: () => [],
  timeSpan: () => [],
  guid: () => [],
  char: () => [],
  untyped: () => [],
  nullable: (node) => [node["inner"]],
  list: (node) => [node["element"]],
  dictionary: (node) => (node["key"] === undefined ? [node["value"]] : [node["value"], node["key"]]),
  object: (node) => {
    const members = node["members"];
    if (typeof node["typeName"] !== "string" || !Array.isArray(members)) return "an object without its typeName and members";
    const schemas: unknown[] = [];
    for (const member of members as unknown[]) {
      const m = member as Node | null;
      if (typeof m !== "object" || m === null || typeof m["key"] !== "string" || typeof m["name"] !== "string") return `${node["typeName"]}: a member without its key and name`;
      schemas.push(m["schema"]);
    }
    return schemas;
  },
  lazy: (node) => {
    if (typeof node["resolve"] !== "function") return "a lazy reference without its resolve function";
    try {
      return [(node["resolve"] as () => unknown)()];
    } catch (error) {
      return `a lazy reference whose resolve function throws: ${(error as Error).message}`;
    }
  },
};

/**
 * Why `value` is not a description of an object type that evo-codec's builders made
 * (`object(…)`), or `undefined` when it is one. Every node it reaches is checked, once, with an
 * explicit stack: a recursive type is walked as far as it goes and no further.
 */
export function notAnObjectType(value: unknown): string | undefined {
  if (typeof value === "function") return "a function (a generic type must be given its type argument first: ListResponse(Ticket))";
  if (typeof value !== "object" || value === null) return `not a described type (${value === null ? "null" : typeof value})`;
  if ((value as Node)["kind"] !== "object") return `not an object type (its kind is ${JSON.stringify(String((value as Node)["kind"]))}): the root of a document is an object(…)`;
  const seen = new Set<unknown>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (seen.has(node)) continue;
    // A lazy reference that makes a new node each time it is followed never ends: stop somewhere.
    if (seen.size >= MOST_NODES) return `a description of more than ${MOST_NODES} nodes (a lazy reference that builds a new type each time?)`;
    seen.add(node);
    if (typeof node !== "object" || node === null) return "a member whose schema is not a described type";
    const kind = (node as Node)["kind"];
    const children = Object.hasOwn(CHILDREN, kind as string) ? CHILDREN[kind as SchemaKind](node as Node) : `a node of unknown kind ${JSON.stringify(String(kind))}`;
    if (typeof children === "string") return children;
    stack.push(...children);
  }
  return undefined;
}
