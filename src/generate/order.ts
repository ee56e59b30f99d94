// Dependency order for the generated module: each type after the types it uses, and the types
// that use each other (a recursive group) together. Tarjan's algorithm, with an explicit stack so
// that no metadata document can overflow the call stack.

/** A group of types: one type, or several that refer to each other; `recursive` when it refers to itself. */
export interface Group {
  readonly keys: readonly string[];
  readonly recursive: boolean;
}

/**
 * The strongly connected components of the graph, each after every component it depends on.
 * `nodes` fixes the order among independent ones (the metadata's); `edges` gives each node's
 * dependencies (nodes outside `nodes` are passed over).
 */
export function dependencyGroups(nodes: readonly string[], edges: (node: string) => ReadonlySet<string>): Group[] {
  const known = new Set(nodes);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: Group[] = [];
  let counter = 0;

  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: { node: string; next: Iterator<string> }[] = [];
    const enter = (node: string): void => {
      index.set(node, counter);
      low.set(node, counter++);
      stack.push(node);
      onStack.add(node);
      work.push({ node, next: [...edges(node)].filter((to) => known.has(to))[Symbol.iterator]() });
    };
    enter(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const step = frame.next.next();
      if (!step.done) {
        const to = step.value;
        if (!index.has(to)) enter(to);
        else if (onStack.has(to)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const keys: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        keys.push(member);
      } while (member !== frame.node);
      keys.reverse();
      groups.push({ keys, recursive: keys.length > 1 || edges(frame.node).has(frame.node) });
    }
  }
  return groups;
}

/**
 * The members of a recursive group in an order where each comes after its base class (a base is
 * copied when a class is described, so it must exist first); otherwise as given.
 */
export function baseFirst(keys: readonly string[], baseOf: (key: string) => string | undefined): string[] {
  const inGroup = new Set(keys);
  const placed = new Set<string>();
  const ordered: string[] = [];
  const place = (key: string): void => {
    // A chain of bases within the group; bounded by the group's size, and C# has no cycles of bases.
    const chain: string[] = [];
    for (let at: string | undefined = key; at !== undefined && inGroup.has(at) && !placed.has(at) && !chain.includes(at); at = baseOf(at)) chain.push(at);
    for (const link of chain.reverse()) {
      placed.add(link);
      ordered.push(link);
    }
  };
  keys.forEach(place);
  return ordered;
}
