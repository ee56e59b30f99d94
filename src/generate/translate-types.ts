import { toCamelCase } from "../schema/naming.js";
import type { Decl, DeclShape, EnumShape, MemberDecl, TypeExpr } from "./api.js";
import { DICTIONARY_KEY_BUILDERS, DICTIONARY_TYPES, dotNetType, LIST_TYPES } from "./dotnet-types.js";
import { Identifiers, isDotNetName } from "./identifiers.js";
import type { MetadataPropertyType, MetadataType } from "./metadata.js";
import { definitionKey, parseTypeName, spell, TypeNameError, typeRefOf, type TypeRef } from "./type-ref.js";

// From the metadata's types to declarations: every member's .NET type becomes a type expression
// through the table in dotnet-types.ts, and a type with anything the model cannot describe is
// refused with the reason (the rest go on).

/** Why a type cannot be described; caught where a type is translated, and reported with its name. */
export class Refusal extends Error {}

/** The types found in the metadata, by key, in the order met; later duplicates left out. */
export interface Definitions {
  readonly byKey: ReadonlyMap<string, MetadataType>;
  readonly duplicates: readonly MetadataType[];
}

/** The key and plain name of a definition: `ListResponse`1` → `ListResponse`, arity 1. */
export function keyOf(type: MetadataType): { key: string; typeName: string; params: string[] } {
  const ref = parseTypeName(type.name);
  const params = (type.genericArgs ?? []).map((arg) => (arg.startsWith("'") ? arg.slice(1) : arg));
  return { key: definitionKey(ref.name, ref.arity ?? params.length), typeName: ref.name, params };
}

/** Resolves type references against the definitions, for one type (whose generic parameters are in scope). */
export class Translator {
  constructor(
    private readonly definitions: Definitions,
    private readonly params: readonly string[] = [],
  ) {}

  /** A reference as a member's type; an interface or abstract class is refused there (`asBase` lets it through). */
  expr(ref: TypeRef, asBase = false): TypeExpr {
    if (ref.arrays > 0) {
      if (ref.arrays === 1 && ref.name === "Byte" && ref.args.length === 0) return this.scalar("Byte[]");
      return { kind: "list", element: this.expr({ ...ref, arrays: ref.arrays - 1 }) };
    }
    const param = ref.args.length === 0 ? this.params.indexOf(ref.name) : -1;
    if (param >= 0) return { kind: "parameter", index: param };
    if (ref.name === "Nullable" && ref.args.length === 1) return { kind: "nullable", inner: this.valueType(ref.args[0]!) };
    if (LIST_TYPES.has(ref.name) && ref.args.length === 1) return { kind: "list", element: this.expr(ref.args[0]!) };
    if (DICTIONARY_TYPES.has(ref.name) && ref.args.length === 2) {
      const key = this.dictionaryKey(ref.args[0]!);
      const value = this.expr(ref.args[1]!);
      return key === undefined ? { kind: "dictionary", value } : { kind: "dictionary", value, key };
    }
    const key = definitionKey(ref.name, ref.args.length);
    const defined = this.definitions.byKey.get(key);
    if (defined) {
      if (!asBase && (defined.isInterface || defined.isAbstract)) {
        throw new Refusal(`${spell(ref)} is ${defined.isInterface ? "an interface" : "abstract"}: ServiceStack writes such a member with its runtime type's __type, which the model does not describe`);
      }
      return { kind: "named", key, args: ref.args.map((arg) => this.expr(arg)) };
    }
    if (ref.args.length === 0) {
      const mapping = dotNetType(ref.name);
      if (mapping?.describe === "scalar") return { kind: "scalar", dotNet: ref.name, mapping };
      if (mapping?.describe === "refused") throw new Refusal(`${ref.name} is ${mapping.reason}`);
    }
    throw new Refusal(`${spell(ref)} is a type the metadata does not describe`);
  }

  private scalar(name: string): TypeExpr {
    const mapping = dotNetType(name);
    if (mapping?.describe !== "scalar") throw new Refusal(`${name} has no description`);
    return { kind: "scalar", dotNet: name, mapping };
  }

  /** A dictionary's key type: undefined for strings, else an integer, a Guid or an enum written by name. */
  private dictionaryKey(ref: TypeRef): TypeExpr | undefined {
    if (ref.arrays === 0 && ref.args.length === 0 && (ref.name === "String" || ref.name === "string")) return undefined;
    const why = `not yet describable: dictionaries with ${spell(ref)} keys (the model's keys are strings, integers, Guids and enums written by name)`;
    let key: TypeExpr;
    try {
      key = this.expr(ref);
    } catch (error) {
      if (error instanceof Refusal) throw new Refusal(why);
      throw error;
    }
    if (key.kind === "scalar" && DICTIONARY_KEY_BUILDERS.has(key.mapping.builder)) return key;
    const defined = key.kind === "named" ? this.definitions.byKey.get(key.key) : undefined;
    if (defined?.isEnum && !writtenAsNumber(defined)) return key;
    throw new Refusal(why);
  }

  /** The `T` of `Nullable<T>`: a value type (a bool, a number, an enum), or a generic parameter. */
  private valueType(ref: TypeRef): TypeExpr {
    const inner = this.expr(ref);
    if (inner.kind === "parameter") return inner;
    if (inner.kind === "scalar" && inner.mapping.valueType) return inner;
    if (inner.kind === "named" && this.definitions.byKey.get(inner.key)?.isEnum) return inner;
    throw new Refusal(`Nullable<${spell(ref)}> is not a nullable value type the model describes`);
  }
}

/** The declaration of one type; a type the model cannot describe has no shape and a reason. */
export function translateType(type: MetadataType, definitions: Definitions, identifiers: Identifiers): { decl: Decl; refusal?: string; notes?: string[] } {
  let named: ReturnType<typeof keyOf>;
  try {
    named = keyOf(type);
  } catch (error) {
    if (!(error instanceof TypeNameError)) throw error;
    named = { key: type.name, typeName: type.name, params: [] };
  }
  const { key, typeName, params } = named;
  const decl = { key, typeName, params, description: type.description, abstract: type.isInterface === true || type.isAbstract === true };
  if (!isDotNetName(typeName)) return { decl: { ...decl, identifier: identifiers.take("Invalid"), shape: undefined }, refusal: `its name ${JSON.stringify(typeName)} is not a .NET type name` };
  const badParam = params.find((param) => !isAsciiIdentifier(param));
  if (badParam !== undefined) return { decl: { ...decl, identifier: identifiers.take(typeName), shape: undefined }, refusal: `its generic parameter ${JSON.stringify(badParam)} is not an identifier` };
  const identifier = identifiers.take(typeName);
  const notes: string[] = [];
  try {
    return { decl: { ...decl, identifier, shape: shapeOf(type, new Translator(definitions, params), notes) }, notes };
  } catch (error) {
    if (!(error instanceof Refusal) && !(error instanceof TypeNameError)) throw error;
    return { decl: { ...decl, identifier, shape: undefined }, refusal: error.message };
  }
}

function shapeOf(type: MetadataType, translator: Translator, notes: string[]): DeclShape {
  if (type.isEnum) return enumShape(type, notes);
  const properties = type.properties ?? [];
  const base = type.inherits ? typeRefOf(type.inherits.name, type.inherits.genericArgs) : undefined;
  if (base && (LIST_TYPES.has(base.name) || DICTIONARY_TYPES.has(base.name))) {
    if (properties.length > 0) throw new Refusal(`it is a ${spell(base)} with properties of its own, which ServiceStack does not write`);
    const collection = translator.expr(base);
    if (collection.kind === "list") return { kind: "list", element: collection.element };
    if (collection.kind === "dictionary") return collection;
  }
  const baseExpr = base && base.name !== "Object" ? translator.expr(base, true) : undefined;
  if (baseExpr && baseExpr.kind !== "named") throw new Refusal(`its base ${spell(base!)} is not a class`);
  const refusals: string[] = [];
  const members: MemberDecl[] = [];
  for (const property of properties) {
    try {
      members.push(memberOf(property, translator));
    } catch (error) {
      if (!(error instanceof Refusal) && !(error instanceof TypeNameError)) throw error;
      refusals.push(`member ${property.name}: ${error.message}`);
    }
  }
  if (refusals.length > 0) throw new Refusal(refusals.join("; "));
  return { kind: "object", members, base: baseExpr };
}

function memberOf(property: MetadataPropertyType, translator: Translator): MemberDecl {
  return {
    key: toCamelCase(property.name),
    name: property.name,
    alias: property.dataMember?.name ?? undefined,
    type: translator.expr(typeRefOf(property.type, property.genericArgs)),
    description: property.description || undefined,
    order: property.dataMember?.order ?? -1,
    paramType: property.paramType?.toLowerCase(),
  };
}

/** Whether the reference writes an enum as its number: a `[Flags]` enum, or any on a host that treats enums as integers. */
export function writtenAsNumber(type: MetadataType): boolean {
  return type.isEnumInt === true || hasFlagsAttribute(type);
}

function hasFlagsAttribute(type: MetadataType): boolean {
  return (type.attributes ?? []).some((attribute) => attribute.name === "Flags" || attribute.name === "FlagsAttribute");
}

function enumShape(type: MetadataType, notes: string[]): EnumShape {
  const names = type.enumNames ?? [];
  if (names.length === 0) throw new Refusal("an enum with no members");
  const values = type.enumValues ?? [];
  if (values.length > 0 && values.length !== names.length) throw new Refusal(`its enumValues (${values.length}) do not match its enumNames (${names.length})`);
  const numbers = values.map((value, i) => {
    const number = /^-?\d{1,16}$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(number)) throw new Refusal(`not yet describable: ${names[i]} = ${JSON.stringify(value)}, which is not an integer JavaScript holds exactly`);
    return number;
  });
  const spelled = type.enumMemberValues ?? [];
  if (spelled.length > 0 && spelled.length !== names.length) throw new Refusal(`its enumMemberValues (${spelled.length}) do not match its enumNames (${names.length})`);
  const spellings = new Map<string, string>();
  spelled.forEach((spelling, i) => {
    if (spelling !== names[i]) spellings.set(names[i]!, spelling);
  });
  const asNumber = writtenAsNumber(type);
  if (asNumber && !hasFlagsAttribute(type)) {
    notes.push("it is written as its number (isEnumInt) with no [Flags] attribute (a host that writes enums as integers, or one that does not export the attribute): described with flags(), which writes the number and reads numbers and names");
  }
  if (asNumber && spellings.size > 0) notes.push("its [EnumMember] spellings are not described: flags() writes the number and reads member names");
  return {
    kind: "enum",
    names,
    numbers: numbers.length > 0 && (asNumber || numbers.some((n, i) => n !== i)) ? numbers : undefined,
    spellings: asNumber ? new Map() : spellings,
    asNumber,
    descriptions: names.map((_, i) => type.enumDescriptions?.[i] || undefined),
  };
}

/** Letters, digits and `_`, not starting with a digit: a generic parameter written into code as a name. */
function isAsciiIdentifier(name: string): boolean {
  if (name.length === 0) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || (c >= 48 && c <= 57 && i > 0))) return false;
  }
  return true;
}
