import { toPascalCase } from "../schema/naming.js";
import type { Decl, EnumShape, MemberDecl } from "./api.js";
import { isValueType, schemaCode, valueType, type EmitContext, type Scope } from "./emit-expr.js";
import { jsDoc, literal, propertyName } from "./emit-text.js";

// One type of the API as code: its description (and, in a recursive group, its TypeScript types).

/** The description of one type, with its JSDoc and (outside a recursive group) its `Infer` type. */
export function declCode(decl: Decl, ctx: EmitContext, lazyKeys: ReadonlySet<string>): string {
  const shape = decl.shape!;
  const name = decl.identifier;
  let doc = decl.description;
  if (shape.kind === "enum" && shape.descriptions.some((d) => d !== undefined)) {
    const lines = shape.names.map((n, i) => (shape.descriptions[i] ? `- \`${n}\`: ${shape.descriptions[i]}` : `- \`${n}\``));
    doc = [doc, ...lines].filter((line) => line !== undefined).join("\n");
  }
  const alias = ctx.typescript && decl.params.length === 0 && !lazyKeys.has(decl.key) ? `export type ${name} = ${use(ctx, "Infer")}<typeof ${name}>;\n` : "";
  return `${jsDoc(doc, "")}${alias}export const ${name} = ${valueCode(decl, ctx, lazyKeys)};\n`;
}

function use(ctx: EmitContext, name: string): string {
  ctx.imports.add(name);
  return name;
}

function valueCode(decl: Decl, ctx: EmitContext, lazyKeys: ReadonlySet<string>): string {
  const shape = decl.shape!;
  const top: Scope = { params: [], lazyKeys };
  switch (shape.kind) {
    case "enum":
      return enumCode(decl.typeName, shape, ctx);
    case "dictionary": {
      const key = shape.key ? `, key: ${schemaCode(shape.key, ctx, top)}` : "";
      return `${use(ctx, "dictionary")}(${schemaCode(shape.value, ctx, top)}, { typeName: ${literal(decl.typeName)}${key} })`;
    }
    case "list":
      return `${use(ctx, "list")}(${schemaCode(shape.element, ctx, top)})`;
    case "object":
      if (decl.params.length === 0) return objectCode(literal(decl.typeName), shape.members, shape.base, ctx, top, "");
      return genericCode(decl, shape.members, shape.base, ctx);
  }
}

/**
 * `flags("Perms", { None: 0, Read: 1 })` for an enum written as its number; else
 * `enumeration("Color", ["Red", "Green"])`, with `{ Low: 1, High: 5 }` for values other than 0, 1, 2…,
 * `spellings` for `[EnumMember]` ones and `open` when no member is 0, .NET's default.
 */
function enumCode(typeName: string, shape: EnumShape, ctx: EmitContext): string {
  const numbers = shape.numbers ?? shape.names.map((_, i) => i);
  const valued = `{ ${shape.names.map((name, i) => `${propertyName(name)}: ${numbers[i]}`).join(", ")} }`;
  if (shape.asNumber) return `${use(ctx, "flags")}(${literal(typeName)}, ${valued})`;
  const members = shape.numbers ? valued : `[${shape.names.map(literal).join(", ")}]`;
  const options: string[] = [];
  if (shape.spellings.size > 0) options.push(`spellings: { ${[...shape.spellings].map(([name, spelling]) => `${propertyName(name)}: ${literal(spelling)}`).join(", ")} }`);
  if (!numbers.includes(0)) options.push("open: true");
  return `${use(ctx, "enumeration")}(${literal(typeName)}, ${members}${options.length > 0 ? `, { ${options.join(", ")} }` : ""})`;
}

/** `generic(<T extends Schema>(t: T) => object(`ListResponse<${dotNetTypeName(t)}>`, { … }))`. */
function genericCode(decl: Decl, members: readonly MemberDecl[], base: Parameters<typeof objectCode>[2], ctx: EmitContext): string {
  const taken = new Set([...ctx.decls.values()].map((d) => d.identifier));
  const values = decl.params.map((param) => {
    const lowered = param.charAt(0).toLowerCase() + param.slice(1);
    return taken.has(lowered) || ctx.imports.has(lowered) || lowered === param ? `${lowered}_` : lowered;
  });
  const types = decl.params.map((param) => (taken.has(param) ? `${param}_` : param));
  const scope: Scope = { params: values, lazyKeys: new Set() };
  const typeName = `\`${decl.typeName}<${values.map((v) => `\${${use(ctx, "dotNetTypeName")}(${v})}`).join(", ")}>\``;
  const signature = ctx.typescript
    ? `<${types.map((t) => `${t} extends ${use(ctx, "Schema")}`).join(", ")}>(${values.map((v, i) => `${v}: ${types[i]}`).join(", ")})`
    : `(${values.join(", ")})`;
  return `${use(ctx, "generic")}(${signature} =>\n  ${objectCode(typeName, members, base, ctx, scope, "  ")},\n)`;
}

function objectCode(typeName: string, members: readonly MemberDecl[], base: import("./api.js").TypeExpr | undefined, ctx: EmitContext, scope: Scope, indent: string): string {
  use(ctx, "object");
  const baseCode = base ? `, { base: ${schemaCode(base, ctx, { params: scope.params, lazyKeys: new Set() })} }` : "";
  if (members.length === 0) return `object(${typeName}, {}${baseCode})`;
  const fields = members.map((m) => `${jsDoc(m.description, `${indent}  `)}${indent}  ${propertyName(m.key)}: ${fieldCode(m, ctx, scope)},\n`).join("");
  return `object(${typeName}, {\n${fields}${indent}}${baseCode})`;
}

function fieldCode(m: MemberDecl, ctx: EmitContext, scope: Scope): string {
  const schema = schemaCode(m.type, ctx, scope);
  const options: string[] = [];
  if (m.name !== toPascalCase(m.key)) options.push(`name: ${literal(m.name)}`);
  if (m.alias !== undefined) options.push(`alias: ${literal(m.alias)}`);
  return options.length === 0 ? schema : `${use(ctx, "member")}(${schema}, { ${options.join(", ")} })`;
}

/**
 * The TypeScript types of a type in a recursive group, which inference cannot follow into
 * itself: what decoding gives (`Value`) and what encoding takes (`ValueInput`).
 */
export function recursiveTypesCode(decl: Decl, ctx: EmitContext, lazyKeys: ReadonlySet<string>): string {
  const shape = decl.shape!;
  const scope: Scope = { params: [], lazyKeys };
  const input = ctx.inputNames.get(decl.key)!;
  if (shape.kind === "dictionary" && shape.key !== undefined) {
    return (
      `export type ${decl.identifier} = ${valueType({ kind: "dictionary", value: shape.value, key: shape.key }, "output", ctx, scope)};\n` +
      `export type ${input} = ${valueType({ kind: "dictionary", value: shape.value, key: shape.key }, "input", ctx, scope)};\n`
    );
  }
  if (shape.kind === "dictionary") {
    return (
      `export type ${decl.identifier} = { [key: string]: ${valueType(shape.value, "output", ctx, scope)} };\n` +
      `export type ${input} = { readonly [key: string]: ${valueType(shape.value, "input", ctx, scope)} };\n`
    );
  }
  if (shape.kind === "list") {
    return (
      `export type ${decl.identifier} = ${valueType({ kind: "list", element: shape.element }, "output", ctx, scope)};\n` +
      `export type ${input} = ${valueType({ kind: "list", element: shape.element }, "input", ctx, scope)};\n`
    );
  }
  if (shape.kind !== "object") return "";
  const output = shape.members.map((m) => `  ${propertyName(m.key)}${isValueType(m.type, ctx) ? "" : "?"}: ${valueType(m.type, "output", ctx, scope)};\n`).join("");
  const accepted = shape.members.map((m) => `  readonly ${propertyName(m.key)}?: ${valueType(m.type, "input", ctx, scope)} | null;\n`).join("");
  const baseOut = shape.base ? ` & ${valueType(shape.base, "output", ctx, scope)}` : "";
  const baseIn = shape.base ? ` & ${valueType(shape.base, "input", ctx, scope)}` : "";
  return `export type ${decl.identifier} = {\n${output}}${baseOut};\nexport type ${input} = {\n${accepted}}${baseIn};\n`;
}
