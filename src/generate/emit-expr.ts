import type { Decl, TypeExpr } from "./api.js";
import { mentions } from "./build-schemas.js";

// Type expressions as code: the builder calls of a description, and (for the types of a recursive
// group, which TypeScript cannot infer) the TypeScript types of their values.

/** What rendering needs to know: the declarations, the module's names, and where it is. */
export interface EmitContext {
  readonly decls: ReadonlyMap<string, Decl>;
  /** Whether the module is TypeScript (or plain JavaScript). */
  readonly typescript: boolean;
  /** The name of the encoder-input type written for each type of a recursive group. */
  readonly inputNames: ReadonlyMap<string, string>;
  /** The builders and types the module uses, to import. */
  readonly imports: Set<string>;
}

/** Where an expression sits: the generic parameters in scope, and the group whose members are referred to lazily. */
export interface Scope {
  readonly params: readonly string[];
  readonly lazyKeys: ReadonlySet<string>;
}

export const TOP: Scope = { params: [], lazyKeys: new Set() };

function use(ctx: EmitContext, name: string): string {
  ctx.imports.add(name);
  return name;
}

/** The builder calls describing `type`: `list(SessionInfo)`, `nullable(int())`, `lazy<Struct, StructInput>((): Schema => Struct)`. */
export function schemaCode(type: TypeExpr, ctx: EmitContext, scope: Scope): string {
  switch (type.kind) {
    case "scalar":
      return `${use(ctx, type.mapping.builder)}()`;
    case "nullable":
      return `${use(ctx, "nullable")}(${schemaCode(type.inner, ctx, scope)})`;
    case "list":
      return `${use(ctx, "list")}(${schemaCode(type.element, ctx, scope)})`;
    case "dictionary": {
      const key = type.key ? `, { key: ${schemaCode(type.key, ctx, scope)} }` : "";
      return `${use(ctx, "dictionary")}(${schemaCode(type.value, ctx, scope)}${key})`;
    }
    case "parameter":
      return scope.params[type.index]!;
    case "named": {
      const decl = ctx.decls.get(type.key)!;
      // A reference into a recursive group waits until the group is described: a generic
      // instance too, since it spells its arguments' names as it is built.
      const waits = mentions(type, scope.lazyKeys);
      const inner: Scope = waits ? { params: scope.params, lazyKeys: new Set() } : scope;
      const args = type.args.map((arg) => schemaCode(arg, ctx, inner));
      const code = decl.params.length > 0 ? `${decl.identifier}(${args.join(", ")})` : decl.identifier;
      if (!waits) return code;
      use(ctx, "lazy");
      if (!ctx.typescript) return `lazy(() => ${code})`;
      return `lazy<${valueType(type, "output", ctx, scope)}, ${valueType(type, "input", ctx, scope)}>((): ${use(ctx, "Schema")} => ${code})`;
    }
  }
}

/** Whether values of `type` are always present once decoded (a bool, a number, an enum, not `T?`). */
export function isValueType(type: TypeExpr, ctx: EmitContext): boolean {
  if (type.kind === "scalar") return type.mapping.valueType;
  return type.kind === "named" && ctx.decls.get(type.key)!.shape?.kind === "enum";
}

/** The TypeScript type of a decoded value (`output`) or of what an encoder takes (`input`). */
export function valueType(type: TypeExpr, mode: "output" | "input", ctx: EmitContext, scope: Scope): string {
  switch (type.kind) {
    case "scalar":
      if (type.mapping.typeImport !== undefined) use(ctx, type.mapping.typeImport);
      return mode === "output" ? type.mapping.output : type.mapping.input;
    case "nullable":
      return valueType(type.inner, mode, ctx, scope);
    case "list": {
      const element = valueType(type.element, mode, ctx, scope);
      const wrapped = element.includes(" ") ? `(${element})` : element;
      return mode === "output" ? `${wrapped}[]` : `readonly ${wrapped}[]`;
    }
    case "dictionary": {
      const value = valueType(type.value, mode, ctx, scope);
      if (type.key !== undefined) return `${mode === "output" ? "Map" : "ReadonlyMap"}<${valueType(type.key, mode, ctx, scope)}, ${value}>`;
      return mode === "output" ? `Record<string, ${value}>` : `Readonly<Record<string, ${value}>>`;
    }
    case "parameter":
      return "unknown";
    case "named": {
      const decl = ctx.decls.get(type.key)!;
      if (scope.lazyKeys.has(type.key)) return mode === "output" ? decl.identifier : ctx.inputNames.get(type.key)!;
      if (decl.shape?.kind === "enum") return decl.identifier;
      if (decl.params.length === 0) return mode === "output" ? decl.identifier : `${use(ctx, "Input")}<typeof ${decl.identifier}>`;
      return `${use(ctx, mode === "output" ? "Infer" : "Input")}<${schemaType(type, ctx, scope)}>`;
    }
  }
}

/** The TypeScript type of the schema `type` describes: `typeof SessionInfo`, `ListSchema<…>`. */
function schemaType(type: TypeExpr, ctx: EmitContext, scope: Scope): string {
  switch (type.kind) {
    case "scalar":
      return `ReturnType<typeof ${use(ctx, type.mapping.builder)}>`;
    case "nullable":
      return `${use(ctx, "NullableSchema")}<${schemaType(type.inner, ctx, scope)}>`;
    case "list":
      return `${use(ctx, "ListSchema")}<${schemaType(type.element, ctx, scope)}>`;
    case "dictionary":
      return `${use(ctx, "DictionarySchema")}<${schemaType(type.value, ctx, scope)}${type.key ? `, ${schemaType(type.key, ctx, scope)}` : ""}>`;
    case "parameter":
      return use(ctx, "Schema");
    case "named": {
      const decl = ctx.decls.get(type.key)!;
      if (scope.lazyKeys.has(type.key)) return `${use(ctx, "LazySchema")}<${decl.identifier}, ${ctx.inputNames.get(type.key)!}>`;
      if (decl.params.length === 0) return `typeof ${decl.identifier}`;
      return `ReturnType<typeof ${decl.identifier}<${type.args.map((arg) => schemaType(arg, ctx, scope)).join(", ")}>>`;
    }
  }
}
