import type { Decl, GenerateProblem, OperationDecl } from "./api.js";
import { dependenciesOf } from "./api.js";
import { SchemaBuilder } from "./build-schemas.js";
import { Identifiers } from "./identifiers.js";
import { orderMembers } from "./member-order.js";
import type { MetadataType, MetadataTypes } from "./metadata.js";
import { baseFirst, dependencyGroups, type Group } from "./order.js";
import { translateOperations } from "./translate-operations.js";
import { keyOf, Refusal, translateType, type Definitions } from "./translate-types.js";

/** An API as the generator understands it: its types in dependency order, its operations, and what it reported. */
export interface ApiDescription {
  /** The declarations described, by key. */
  readonly decls: ReadonlyMap<string, Decl>;
  /** The described declarations in groups, each after the groups it uses. */
  readonly groups: readonly Group[];
  readonly operations: readonly OperationDecl[];
  /** Types and operations refused (with the reason), and notes. */
  readonly problems: readonly GenerateProblem[];
  /** The schemas built in memory, by key. */
  readonly schemas: SchemaBuilder;
  readonly identifiers: Identifiers;
  /** The types the metadata defines, by key. */
  readonly definitions: Definitions;
}

/** The types the metadata defines: its `types`, then each operation's request and response. */
function definitionsOf(metadata: MetadataTypes): Definitions {
  const byKey = new Map<string, MetadataType>();
  const duplicates: MetadataType[] = [];
  const add = (type: MetadataType | undefined): void => {
    if (type === undefined) return;
    let key: string;
    try {
      key = keyOf(type).key;
    } catch {
      key = type.name;
    }
    const known = byKey.get(key);
    if (known === undefined) byKey.set(key, type);
    else if (known !== type && (known.namespace ?? "") !== (type.namespace ?? "")) duplicates.push(type);
  };
  metadata.types.forEach(add);
  for (const op of metadata.operations) add(op.request);
  for (const op of metadata.operations) add(op.response);
  return { byKey, duplicates };
}

/**
 * Reads `MetadataTypes` into declarations, refuses what the model cannot describe (and whatever
 * uses it), orders the rest and builds their schemas. Never throws for a type it cannot describe.
 */
export function describeApi(metadata: MetadataTypes): ApiDescription {
  const definitions = definitionsOf(metadata);
  const identifiers = new Identifiers();
  identifiers.reserve("Operations");
  const problems: GenerateProblem[] = [];
  const decls = new Map<string, Decl>();
  const refused = new Map<string, string>();
  for (const duplicate of definitions.duplicates) {
    problems.push({ subject: duplicate.name, refused: true, message: `another type of this name (in namespace ${duplicate.namespace ?? "none"}) came first; only the first is described` });
  }
  for (const type of definitions.byKey.values()) {
    const { decl, refusal, notes } = translateType(type, definitions, identifiers);
    decls.set(decl.key, decl);
    if (refusal !== undefined) refused.set(decl.key, refusal);
    for (const message of notes ?? []) problems.push({ subject: decl.typeName, refused: false, message });
  }
  orderMembers(decls, refused);

  const described = new SchemaBuilder(decls);
  const groups: Group[] = [];
  const edges = new Map([...decls.values()].map((decl) => [decl.key, dependenciesOf(decl)]));
  for (const group of dependencyGroups([...decls.keys()], (key) => edges.get(key)!)) {
    const keys = baseFirst(group.keys, (key) => baseKey(decls.get(key)!));
    const reason = groupRefusal(keys, group.recursive, decls, edges, refused);
    try {
      if (reason !== undefined) throw new Refusal(reason);
      described.buildGroup(keys, group.recursive);
      groups.push({ keys, recursive: group.recursive });
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      for (const key of keys) if (!refused.has(key)) refused.set(key, error.message);
    }
  }
  for (const [key, reason] of refused) problems.push({ subject: decls.get(key)?.typeName ?? key, refused: true, message: reason });

  const operations = translateOperations(metadata, definitions, decls, refused, problems);
  return { decls, groups, operations, problems, schemas: described, identifiers, definitions };
}

function baseKey(decl: Decl): string | undefined {
  return decl.shape?.kind === "object" && decl.shape.base?.kind === "named" ? decl.shape.base.key : undefined;
}

/** Why a group cannot be described: a member refused, a type it uses refused, or a generic type that refers to itself. */
function groupRefusal(
  keys: readonly string[],
  recursive: boolean,
  decls: ReadonlyMap<string, Decl>,
  edges: ReadonlyMap<string, ReadonlySet<string>>,
  refused: ReadonlyMap<string, string>,
): string | undefined {
  const own = keys.find((key) => refused.has(key));
  if (own !== undefined) return keys.length > 1 ? `it is in a recursive group with ${decls.get(own)!.typeName}, which is refused` : refused.get(own);
  for (const key of keys) {
    for (const used of edges.get(key)!) {
      if (refused.has(used) && !keys.includes(used)) return `it uses ${decls.get(used)!.typeName}, which is refused`;
    }
  }
  const generic = keys.find((key) => decls.get(key)!.params.length > 0);
  if (recursive && generic !== undefined) return `${decls.get(generic)!.typeName} is a generic type that refers to itself, which the generator does not describe yet`;
  return undefined;
}
