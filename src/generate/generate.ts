import { setOwn } from "../core/objects.js";
import { operation, type Operation, type Route } from "../dto/operation.js";
import type { ObjectSchema, Schema } from "../schema/nodes.js";
import { referencedKeys, type GenerateProblem } from "./api.js";
import { describeApi, type ApiDescription } from "./describe.js";
import { emitModule } from "./emit-module.js";

import { readMetadata } from "./read-metadata.js";
import { Refusal, Translator } from "./translate-types.js";
import { parseTypeName, TypeNameError, type TypeRef } from "./type-ref.js";

/** How {@link generateModule} writes the module. */
export interface GenerateOptions {
  /** `"ts"` (default): a TypeScript module with the values' types; `"mjs"`: plain JavaScript. */
  readonly language?: "ts" | "mjs";
  /** The module the builders are imported from. Default `"evo-codec"`. */
  readonly importFrom?: string;
  /** Where the metadata came from (a file name or URL), named in the module's header. */
  readonly source?: string;
}

/** A generated module and what the generator reported. */
export interface GeneratedModule {
  /** The module's text. */
  readonly code: string;
  /** Every type and operation left out, with the reason, and notes about ones generated. */
  readonly problems: readonly GenerateProblem[];
  /** How many types and operations it describes. */
  readonly types: number;
  readonly operations: number;
}

/**
 * Writes the descriptions of a ServiceStack API from its metadata (the parsed JSON of
 * `GET /types/metadata`, or `/metadata/app`): one description per type in dependency order, each
 * generic type as a function of its arguments, recursive types through `lazy` with their
 * TypeScript types written out, and every operation with its routes. A type the model cannot
 * describe (and any type that uses it) is left out and reported with the reason; the rest is
 * generated. A document that is not metadata is a `MetadataError`.
 */
export function generateModule(metadata: unknown, options: GenerateOptions = {}): GeneratedModule {
  const api = describeApi(readMetadata(metadata));
  const code = emitModule(api, { language: options.language ?? "ts", importFrom: options.importFrom ?? "evo-codec", source: options.source });
  const types = api.groups.reduce((n, group) => n + group.keys.length, 0);
  return { code, problems: api.problems, types, operations: api.operations.length };
}

/** An API's descriptions in memory: what the generated module would hold, without writing it. */
export interface MetadataSchemas {
  /** Each type that is not generic, by its C# name. */
  readonly types: Readonly<Record<string, Schema>>;
  /** Each generic type, by its C# name without arity: `generics.ListResponse(types.SessionInfo)`. */
  readonly generics: Readonly<Record<string, (...args: Schema[]) => Schema>>;
  /** Each operation, by its request's C# name. */
  readonly operations: Readonly<Record<string, Operation>>;
  /** What was left out, with the reason, and notes. */
  readonly problems: readonly GenerateProblem[];
  /**
   * A type by its C# name, a generic one with its arguments (`ListResponse<SessionInfo>`,
   * `List<SessionInfo>`, `int`); the name matches ignoring case when nothing matches exactly.
   * Undefined when the metadata does not describe it (or it was refused).
   */
  type(name: string): Schema | undefined;
}

/** The schemas of every type and operation the metadata describes, built in memory. */
export function schemasFromMetadata(metadata: unknown): MetadataSchemas {
  const api = describeApi(readMetadata(metadata));
  const types: Record<string, Schema> = Object.create(null);
  const generics: Record<string, (...args: Schema[]) => Schema> = Object.create(null);
  for (const [key, built] of api.schemas.built) {
    const name = api.decls.get(key)!.typeName;
    if ("schema" in built) setOwn(types, name, built.schema);
    else setOwn(generics, name, built.generic);
  }
  const operations: Record<string, Operation> = Object.create(null);
  for (const op of api.operations) {
    const request = api.schemas.schemaOf({ kind: "named", key: op.request, args: [] }, []) as ObjectSchema;
    const response = op.response ? api.schemas.schemaOf(op.response, []) : undefined;
    const routes = op.routes.map((route): Route => ({ method: route.method, path: route.path, ...(route.query.length > 0 && { query: route.query }) }));
    setOwn(operations, op.name, operation(request, response, ...routes));
  }
  return {
    types: Object.freeze(types),
    generics: Object.freeze(generics),
    operations: Object.freeze(operations),
    problems: api.problems,
    type: (name) => typeNamed(api, name),
  };
}

const CSHARP_KEYWORDS: Readonly<Record<string, string>> = {
  string: "String",
  bool: "Boolean",
  byte: "Byte",
  sbyte: "SByte",
  short: "Int16",
  ushort: "UInt16",
  int: "Int32",
  uint: "UInt32",
  long: "Int64",
  ulong: "UInt64",
  float: "Single",
  double: "Double",
  decimal: "Decimal",
  char: "Char",
  object: "Object",
};

function typeNamed(api: ApiDescription, name: string): Schema | undefined {
  let ref: TypeRef;
  try {
    ref = dotNetNames(parseTypeName(name.trim()), api);
  } catch (error) {
    if (error instanceof TypeNameError) return undefined;
    throw error;
  }
  try {
    const type = new Translator(api.definitions).expr(ref);
    for (const key of referencedKeys(type, new Set())) if (!api.schemas.built.has(key)) return undefined;
    return api.schemas.schemaOf(type, []);
  } catch (error) {
    if (error instanceof Refusal) return undefined;
    throw error;
  }
}

/** C# keywords as .NET names (`int` → `Int32`), and a type name matched ignoring case when nothing matches exactly. */
function dotNetNames(ref: TypeRef, api: ApiDescription): TypeRef {
  const args = ref.args.map((arg) => dotNetNames(arg, api));
  let name = Object.hasOwn(CSHARP_KEYWORDS, ref.name) ? CSHARP_KEYWORDS[ref.name]! : ref.name;
  const key = args.length > 0 ? `${name}\`${args.length}` : name;
  if (!api.definitions.byKey.has(key)) {
    const folded = key.toLowerCase();
    const match = [...api.definitions.byKey.keys()].find((known) => known.toLowerCase() === folded);
    if (match !== undefined) name = match.split("`")[0]!;
  }
  return { ...ref, name, args };
}


