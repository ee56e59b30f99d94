import type { HttpMethod } from "../dto/operation.js";
import type { ScalarMapping } from "./dotnet-types.js";

// What the generator knows about an API once the metadata is read: each type as a declaration
// whose members are type expressions, and each operation. The generated module and the schemas
// built in memory are both written from this, so they cannot disagree.

/** A member's type. `named` refers to a declaration by its key, with type arguments for a generic one. */
export type TypeExpr =
  | { readonly kind: "scalar"; readonly dotNet: string; readonly mapping: ScalarMapping }
  | { readonly kind: "nullable"; readonly inner: TypeExpr }
  | { readonly kind: "list"; readonly element: TypeExpr }
  | { readonly kind: "dictionary"; readonly value: TypeExpr; readonly key?: TypeExpr }
  | { readonly kind: "named"; readonly key: string; readonly args: readonly TypeExpr[] }
  | { readonly kind: "parameter"; readonly index: number };

/** One property: its JavaScript key, C# name, `[DataMember(Name)]` alias and type. */
export interface MemberDecl {
  readonly key: string;
  readonly name: string;
  readonly alias: string | undefined;
  readonly type: TypeExpr;
  readonly description: string | undefined;
  /** `[DataMember(Order)]`, −1 when not given (as .NET has it). */
  readonly order: number;
  /** `[ApiMember(ParameterType)]`, lower-cased. */
  readonly paramType: string | undefined;
}

/**
 * An enum: its members' names, their values (undefined when they are 0, 1, 2…), `[EnumMember]`
 * spellings that differ from the name, and whether it is written as its number (`[Flags]`, or a host
 * that writes enums as integers), which `flags()` describes.
 */
export interface EnumShape {
  readonly kind: "enum";
  readonly names: readonly string[];
  readonly numbers: readonly number[] | undefined;
  readonly spellings: ReadonlyMap<string, string>;
  readonly asNumber: boolean;
  readonly descriptions: readonly (string | undefined)[];
}

/** What a type is: an enum, a class (with its base), or a class that is a dictionary or a list. */
export type DeclShape =
  | EnumShape
  | { readonly kind: "object"; readonly members: readonly MemberDecl[]; readonly base: TypeExpr | undefined }
  | { readonly kind: "dictionary"; readonly value: TypeExpr; readonly key?: TypeExpr }
  | { readonly kind: "list"; readonly element: TypeExpr };

/** One type of the API. */
export interface Decl {
  /** How references find it: the name, with the arity of a generic one (`ListResponse`1`). */
  readonly key: string;
  /** The .NET name without arity (`ListResponse`), the start of the schema's `typeName`. */
  readonly typeName: string;
  /** The name the generated module gives it. */
  readonly identifier: string;
  /** The generic parameters (`["T"]`); empty for a plain type. */
  readonly params: readonly string[];
  readonly description: string | undefined;
  /** An interface or abstract class: fine as a base, but no member may have it as its type. */
  readonly abstract: boolean;
  /** Undefined when the type was refused as it was read. */
  readonly shape: DeclShape | undefined;
}

/** One route of an operation, with the members it sends in the query whatever its verb. */
export interface RouteDecl {
  readonly method: HttpMethod;
  readonly path: string;
  readonly query: readonly string[];
}

/** One operation: the request declaration's key, the response type (undefined for a void one), its routes. */
export interface OperationDecl {
  readonly name: string;
  readonly request: string;
  readonly response: TypeExpr | undefined;
  readonly routes: readonly RouteDecl[];
  readonly description: string | undefined;
}

/**
 * Something the generator reports: a type or operation it refused (with the reason), or a note
 * about one it generated. `subject` is the C# name.
 */
export interface GenerateProblem {
  readonly subject: string;
  readonly refused: boolean;
  readonly message: string;
}

/** The keys of the declarations an expression refers to. */
export function referencedKeys(type: TypeExpr, into: Set<string>): Set<string> {
  const pending: TypeExpr[] = [type];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next.kind === "named") {
      into.add(next.key);
      pending.push(...next.args);
    } else if (next.kind === "nullable") pending.push(next.inner);
    else if (next.kind === "list") pending.push(next.element);
    else if (next.kind === "dictionary") {
      pending.push(next.value);
      if (next.key) pending.push(next.key);
    }
  }
  return into;
}

/** Every declaration a declaration refers to (members, base, values), itself included when it does. */
export function dependenciesOf(decl: Decl): Set<string> {
  const keys = new Set<string>();
  const shape = decl.shape;
  if (shape === undefined || shape.kind === "enum") return keys;
  if (shape.kind === "dictionary") return referencedKeys({ kind: "dictionary", value: shape.value, key: shape.key }, keys);
  if (shape.kind === "list") return referencedKeys(shape.element, keys);
  if (shape.base) referencedKeys(shape.base, keys);
  for (const member of shape.members) referencedKeys(member.type, keys);
  return keys;
}
