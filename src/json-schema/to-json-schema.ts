import { setOwn } from "../core/objects.js";
import { nameCaseOf } from "../core/options.js";
import { requireSchema, resolveSchema } from "../model/compile.js";
import type { NameCase } from "../model/plan.js";
import { dotNetTypeName } from "../schema/naming.js";
import type { ResolvedSchema, Schema } from "../schema/nodes.js";
import { JSON_SCHEMA_OF, type JsonSchema, type JsonSchemaContext, type JsonSchemaIo } from "./kinds.js";

/** The JSON Schema drafts {@link toJsonSchema} writes. */
export type JsonSchemaTarget = "draft-2020-12" | "draft-07";

/** Options of {@link toJsonSchema}. */
export interface JsonSchemaOptions {
  /**
   * `"output"` (default): the JSON the encoders write (as the reference does): value-type members
   * required, no `null`, no other members. `"input"`: the JSON the decoders read: every member
   * optional and nullable, with the default a decoder fills in.
   */
  io?: JsonSchemaIo;
  /** `"draft-2020-12"` (default; definitions under `$defs`) or `"draft-07"` (under `definitions`). */
  target?: JsonSchemaTarget;
  /** Member names as the encoders' `case` writes them: `"camel"` (default) or `"pascal"`. */
  case?: NameCase;
  /**
   * For `io: "input"`: refuse members the type does not describe, as `strict` decoding does.
   * Default `false` (decoders skip them). The output view always refuses them.
   */
  strict?: boolean;
}

const DRAFTS: { readonly [T in JsonSchemaTarget]: { readonly uri: string; readonly defs: string } } = {
  "draft-2020-12": { uri: "https://json-schema.org/draft/2020-12/schema", defs: "$defs" },
  "draft-07": { uri: "http://json-schema.org/draft-07/schema#", defs: "definitions" },
};

const OPTION_KEYS = ["io", "target", "case", "strict"];

/**
 * A JSON Schema document for the JSON of a described type: each named type (class, enum,
 * dictionary class, generic instance) defined once under `$defs` and referred to with `$ref`,
 * recursion included; the root type is the document itself. What JSON Schema cannot say is
 * left looser than the decoders (see the README): they match member names and enum names
 * ignoring case, refuse `1.0` for an integer, and bound nesting depth.
 */
export function toJsonSchema(schema: Schema, options?: JsonSchemaOptions): JsonSchema {
  const { io, target, nameCase, strict } = resolveOptions(options);
  requireSchema(schema);
  const document = new JsonSchemaDocument(io, nameCase, strict, DRAFTS[target].defs, resolveSchema(schema));
  return document.write(DRAFTS[target].uri);
}

function resolveOptions(options: JsonSchemaOptions | undefined) {
  if (options !== undefined && (typeof options !== "object" || options === null)) throw new TypeError("options must be an object");
  for (const key of Object.keys(options ?? {})) {
    if (!OPTION_KEYS.includes(key)) throw new TypeError(`unknown option ${JSON.stringify(key)}: the options are ${OPTION_KEYS.join(", ")}`);
  }
  const io = options?.io ?? "output";
  if (io !== "input" && io !== "output") throw new TypeError(`options.io must be "input" or "output", not ${String(io)}`);
  const target = options?.target ?? "draft-2020-12";
  if (!Object.hasOwn(DRAFTS, target)) {
    throw new TypeError(`evo-codec writes JSON Schema ${Object.keys(DRAFTS).join(" and ")}, not ${String(target)}`);
  }
  const strict = options?.strict ?? false;
  if (typeof strict !== "boolean") throw new TypeError("options.strict must be true or false");
  return { io, target, nameCase: nameCaseOf(options), strict };
}

/** One document being written: the definitions made so far, each under a name of its own. */
class JsonSchemaDocument implements JsonSchemaContext {
  private readonly names = new Map<ResolvedSchema, string>();
  private readonly definitions: JsonSchema = {};
  private readonly taken = new Set<string>();

  constructor(
    readonly io: JsonSchemaIo,
    readonly nameCase: NameCase,
    readonly strict: boolean,
    private readonly defsKeyword: string,
    private readonly root: ResolvedSchema,
  ) {
    const rootName = typeNameOf(root);
    if (rootName !== undefined) this.taken.add(rootName);
  }

  write(schemaUri: string): JsonSchema {
    const body = this.body(this.root, typeNameOf(this.root));
    const document: JsonSchema = { $schema: schemaUri, ...body };
    if (this.names.size > 0) document[this.defsKeyword] = this.definitions;
    return document;
  }

  schemaOf(node: Schema): JsonSchema {
    if (node.kind === "lazy") return JSON_SCHEMA_OF.lazy(node, this);
    const name = typeNameOf(node);
    return name === undefined ? this.inline(node) : this.reference(node, name);
  }

  referenced(node: ResolvedSchema): JsonSchema {
    const container = node.kind === "list" || node.kind === "dictionary" || node.kind === "object";
    return container ? this.reference(node, typeNameOf(node) ?? dotNetTypeName(node)) : this.schemaOf(node);
  }

  private inline(node: ResolvedSchema): JsonSchema {
    return (JSON_SCHEMA_OF[node.kind] as (node: ResolvedSchema, context: JsonSchemaContext) => JsonSchema)(node, this);
  }

  /** A `$ref` to the node's definition, made on first use (registered before its body, so that recursion refers to it). */
  private reference(node: ResolvedSchema, name: string): JsonSchema {
    if (node === this.root) return { $ref: "#" };
    let key = this.names.get(node);
    if (key === undefined) {
      key = this.freeName(name);
      this.names.set(node, key);
      this.taken.add(key);
      setOwn(this.definitions, key, {});
      setOwn(this.definitions, key, this.body(node, typeNameOf(node)));
    }
    // A JSON Pointer in a URI fragment: `~` and `/` escaped, then what a fragment cannot hold (`<`, `>`).
    return { $ref: `#/${this.defsKeyword}/${encodeURIComponent(key.replaceAll("~", "~0").replaceAll("/", "~1"))}` };
  }

  private body(node: ResolvedSchema, title: string | undefined): JsonSchema {
    const body = this.inline(node);
    return title === undefined ? body : { title, ...body };
  }

  /** Two different types may share a name (two `Item` classes): the later one gets `Item_2`. */
  private freeName(name: string): string {
    let candidate = name;
    for (let n = 2; this.taken.has(candidate); n++) candidate = `${name}_${n}`;
    return candidate;
  }
}

/** The name a type is defined under: classes, enums ([Flags] ones too) and dictionary classes have one. */
function typeNameOf(node: Schema): string | undefined {
  switch (node.kind) {
    case "object":
    case "enum":
    case "flags":
    case "dictionary":
      return node.typeName;
    default:
      return undefined;
  }
}
