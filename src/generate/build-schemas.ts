import { setOwn } from "../core/objects.js";
import { dictionary, enumeration, flags, generic, int, lazy, list, member, nullable, object, type FieldSpec } from "../schema/build.js";
import { dotNetTypeName, toPascalCase } from "../schema/naming.js";
import type { KeySchema, ObjectSchema, Schema, ValueTypeSchema } from "../schema/nodes.js";
import { referencedKeys, type Decl, type EnumShape, type TypeExpr } from "./api.js";
import { Refusal } from "./translate-types.js";

// The schemas of an API's types, built in memory from the declarations: what `schemasFromMetadata`
// gives, and the check that every generated description is one the builders accept.

/** A built type: a schema, or the function of a generic one (`ListResponse(SessionInfo)`). */
export type Built = { readonly schema: Schema } | { readonly generic: (...args: Schema[]) => Schema };

export class SchemaBuilder {
  readonly built = new Map<string, Built>();

  constructor(private readonly decls: ReadonlyMap<string, Decl>) {}

  /**
   * Builds one group of declarations. References to the group's own members go through `lazy`
   * when the group is recursive. A builder's `TypeError` (two members with one name, a member
   * name that is not an identifier) becomes a {@link Refusal}.
   */
  buildGroup(keys: readonly string[], recursive: boolean): void {
    const lazyKeys = recursive ? new Set(keys) : new Set<string>();
    try {
      for (const key of keys) this.built.set(key, this.buildDecl(this.decls.get(key)!, lazyKeys));
      // A generic one is tried once, so a problem shows now rather than when it is first used.
      for (const key of keys) {
        const built = this.built.get(key)!;
        if ("generic" in built) built.generic(...this.decls.get(key)!.params.map(() => PROBE));
      }
    } catch (error) {
      for (const key of keys) this.built.delete(key);
      if (error instanceof TypeError) throw new Refusal(error.message);
      throw error;
    }
  }

  private buildDecl(decl: Decl, lazyKeys: ReadonlySet<string>): Built {
    const shape = decl.shape!;
    if (shape.kind === "enum") return { schema: enumSchema(decl.typeName, shape) };
    if (decl.params.length > 0) {
      return { generic: generic((...args: Schema[]) => this.buildShape(decl, args, lazyKeys)) };
    }
    return { schema: this.buildShape(decl, [], lazyKeys) };
  }

  private buildShape(decl: Decl, args: readonly Schema[], lazyKeys: ReadonlySet<string>): Schema {
    const shape = decl.shape!;
    const typeName = args.length === 0 ? decl.typeName : `${decl.typeName}<${args.map(dotNetTypeName).join(", ")}>`;
    if (shape.kind === "dictionary") return dictionary(this.schemaOf(shape.value, args, lazyKeys), { typeName, key: this.keyOf(shape.key, args) });
    if (shape.kind === "list") return list(this.schemaOf(shape.element, args, lazyKeys));
    if (shape.kind === "enum") throw new Refusal("an enum cannot be generic");
    const fields: Record<string, FieldSpec> = {};
    for (const m of shape.members) {
      const schema = this.schemaOf(m.type, args, lazyKeys);
      setOwn(fields, m.key, m.alias !== undefined || m.name !== toPascalCase(m.key) ? member(schema, { name: m.name, alias: m.alias }) : schema);
    }
    if (shape.base === undefined) return object(typeName, fields);
    const base = this.schemaOf(shape.base, args, new Set());
    if (base.kind !== "object") throw new Refusal(`its base ${dotNetTypeName(base)} is not a class`);
    return object(typeName, fields, { base: base as ObjectSchema });
  }

  /** The schema of a type expression, with `args` for a generic declaration's parameters. */
  schemaOf(type: TypeExpr, args: readonly Schema[], lazyKeys: ReadonlySet<string> = new Set()): Schema {
    switch (type.kind) {
      case "scalar":
        return type.mapping.schema();
      case "nullable":
        return nullable(this.schemaOf(type.inner, args, lazyKeys) as ValueTypeSchema);
      case "list":
        return list(this.schemaOf(type.element, args, lazyKeys));
      case "dictionary":
        return dictionary(this.schemaOf(type.value, args, lazyKeys), { key: this.keyOf(type.key, args) });
      case "parameter":
        return args[type.index]!;
      case "named": {
        // A reference into the group being built waits until the group is: a generic instance
        // too, since it spells its arguments' names as it is built.
        if (mentions(type, lazyKeys)) return lazy(() => this.schemaOf(type, args));
        return this.instance(type.key, type.args.map((arg) => this.schemaOf(arg, args, lazyKeys)));
      }
    }
  }

  /** A dictionary's key schema (an integer, a Guid, an enum), or undefined for string keys. */
  private keyOf(key: TypeExpr | undefined, args: readonly Schema[]): KeySchema | undefined {
    return key === undefined ? undefined : (this.schemaOf(key, args) as KeySchema);
  }

  private instance(key: string, args: readonly Schema[]): Schema {
    const built = this.built.get(key);
    if (built === undefined) throw new Refusal(`${this.decls.get(key)?.typeName ?? key} is used before it is described (a class that inherits from itself?)`);
    return "generic" in built ? built.generic(...args) : built.schema;
  }
}

/** An enum's schema: `flags()` for one written as its number, else `enumeration()` with its values and spellings. */
export function enumSchema(typeName: string, shape: EnumShape): Schema {
  const numbers = shape.numbers ?? shape.names.map((_, i) => i);
  const members: Record<string, number> = {};
  shape.names.forEach((name, i) => setOwn(members, name, numbers[i]!));
  if (shape.asNumber) return flags(typeName, members);
  const spellings: Record<string, string> = {};
  for (const [name, spelling] of shape.spellings) setOwn(spellings, name, spelling);
  return enumeration(typeName, shape.numbers ? members : (shape.names as [string, ...string[]]), { spellings, open: !numbers.includes(0) });
}

/** The argument a generic declaration is tried with: any type fits it, value type or not. */
const PROBE: Schema = int();

/** Whether `type` refers to any of `keys`. */
export function mentions(type: TypeExpr, keys: ReadonlySet<string>): boolean {
  if (keys.size === 0) return false;
  for (const key of referencedKeys(type, new Set())) if (keys.has(key)) return true;
  return false;
}
