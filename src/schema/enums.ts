import { setOwn } from "../core/objects.js";
import { isIdentifier } from "./naming.js";
import type { EnumSchema, FlagsSchema } from "./nodes.js";
import { described, type Standard } from "./standard.js";

// .NET enums, every way the reference spells them: by member name, by `[EnumMember(Value = "…")]`
// spelling, with explicit values, with values no member names (`(Color)7`), and `[Flags]` enums.

/** The metadata an enum's const object hides from `Object.keys`, which a member name cannot be. */
const ENUM_METADATA_KEYS = new Set(["kind", "typeName", "values", "names", "numbers", "open"]);

/** How an enumeration is spelled beyond its member names. */
export interface EnumOptions<N extends string> {
  /**
   * `[EnumMember(Value = "…")]` spellings by member name: the member's JavaScript value and what
   * every format writes; reading takes the spelling or the name, ignoring letter case.
   */
  readonly spellings?: { readonly [K in N]?: string };
  /**
   * Hold a value that no member names (`(Color)7`, which the reference writes as `"7"`) as that
   * number. Default `false`: such a value is `invalid-enum`. Needed when no member has the value 0,
   * .NET's default.
   */
  readonly open?: boolean;
}

type SpellingOf<K extends string, S> = K extends keyof S ? (S[K] extends string ? S[K] : K) : K;

/**
 * A .NET enum, written by member name (or `[EnumMember]` spelling). `members` lists the names in
 * declaration order (values 0, 1, 2…), or maps each name to its value (`{ Critical: -1, Low: 10 }`).
 * The result is both the schema and the const object of members the API's generated DTOs export:
 * `SessionDialState.Active === "Active"`. The member whose value is 0 is the default, as in .NET.
 * Decoders also read a member's value as a number (`1`, `"1"`), as the reference does.
 */
export function enumeration<const N extends string, const S extends { readonly [K in N]?: string } = {}, const O extends boolean = false>(
  typeName: string,
  members: readonly [N, ...N[]] | { readonly [K in N]: number },
  options: { readonly spellings?: S; readonly open?: O } = {},
): Standard<EnumSchema<SpellingOf<N, S>, { readonly [K in N]: SpellingOf<K, S> }, O>> {
  const names: string[] = Array.isArray(members) ? [...(members as readonly string[])] : Object.keys(members);
  const numbers = Array.isArray(members) ? names.map((_, i) => i) : names.map((name) => (members as Record<string, number>)[name]!);
  if (names.length === 0) throw new TypeError(`enumeration ${typeName} needs at least one member`);
  const spellings = (options.spellings ?? {}) as Record<string, string | undefined>;
  // Own spellings only: a member may be named `constructor`.
  const values = names.map((name) => (Object.hasOwn(spellings, name) ? spellings[name]! : name));
  const open = options.open ?? false;
  if (typeof open !== "boolean") throw new TypeError(`enumeration ${typeName}: options.open must be true or false`);
  checkMembers(typeName, names, numbers);
  for (const key of Object.keys(spellings)) {
    if (!names.includes(key)) throw new TypeError(`enumeration ${typeName}: a spelling for "${key}", which is not a member`);
  }
  const seen = new Map<string, string>();
  names.forEach((name, i) => {
    for (const spelled of new Set([name.toLowerCase(), values[i]!.toLowerCase()])) {
      if (typeof values[i] !== "string" || values[i] === "") throw new TypeError(`enumeration ${typeName}: member "${name}" is not spelled as a non-empty string`);
      const other = seen.get(spelled);
      if (other !== undefined && other !== name) throw new TypeError(`enumeration ${typeName}: "${spelled}" names both ${other} and ${name}`);
      seen.set(spelled, name);
    }
  });
  if (!open && !numbers.includes(0)) {
    throw new TypeError(`enumeration ${typeName}: no member has the value 0, .NET's default; give it { open: true } to hold values without a name`);
  }
  const schema: Record<string, unknown> = {};
  // `__proto__` is a C# identifier too: assigning it would change the prototype instead.
  names.forEach((name, i) => setOwn(schema, name, values[i]));
  hide(schema, { kind: "enum", typeName, values: Object.freeze(values), names: Object.freeze(names), numbers: Object.freeze(numbers), open });
  return described(schema as unknown as EnumSchema) as never;
}

/**
 * A `[Flags]` enum: its value is the number (`Perms.Read | Perms.Write`), written as the number in
 * every format, as the reference writes one. Decoders also read a name or comma-separated names
 * (`"Read, Write"`), ignoring letter case. The result doubles as the const object of its members'
 * values: `Perms.Write === 2`. The default is 0.
 */
export function flags<const N extends string>(typeName: string, members: { readonly [K in N]: number }): Standard<FlagsSchema<N>> {
  const names = Object.keys(members);
  const numbers = names.map((name) => (members as Record<string, number>)[name]!);
  checkMembers(typeName, names, numbers);
  for (const value of numbers) {
    if (value < -2147483648 || value > 2147483647) throw new TypeError(`flags ${typeName}: ${value} is not an int, the type of a [Flags] enum's values`);
  }
  const schema: Record<string, unknown> = {};
  names.forEach((name, i) => setOwn(schema, name, numbers[i]));
  hide(schema, { kind: "flags", typeName, names: Object.freeze(names), numbers: Object.freeze(numbers) });
  return described(schema as unknown as FlagsSchema<N>);
}

function checkMembers(typeName: string, names: readonly string[], numbers: readonly number[]): void {
  const folded = new Set<string>();
  const valued = new Set<number>();
  names.forEach((name, i) => {
    if (ENUM_METADATA_KEYS.has(name)) throw new TypeError(`enumeration ${typeName}: member name "${name}" is reserved for the schema's metadata`);
    if (!isIdentifier(name)) throw new TypeError(`enumeration ${typeName}: "${name}" is not a C# identifier`);
    if (folded.has(name.toLowerCase())) throw new TypeError(`enumeration ${typeName}: member "${name}" is repeated`);
    folded.add(name.toLowerCase());
    const value = numbers[i]!;
    if (!Number.isSafeInteger(value)) throw new TypeError(`enumeration ${typeName}: the value of ${name} is not an integer`);
    if (valued.has(value)) throw new TypeError(`enumeration ${typeName}: two members have the value ${value}`);
    valued.add(value);
  });
}

/** The schema's metadata, as non-enumerable properties: `Object.keys` and JSON show the members alone. */
function hide(schema: Record<string, unknown>, metadata: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(metadata)) Object.defineProperty(schema, key, { value });
}
