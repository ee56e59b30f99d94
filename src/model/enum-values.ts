import { Failure } from "../core/errors.js";
import { describeValue, quoteText } from "../core/objects.js";
import type { EnumMeta, FlagsMeta } from "../schema/nodes.js";
import type { ValueCheck } from "./values.js";

// Enums and [Flags] enums, whatever the format: what an encoder takes, and how a decoder reads a
// name, an `[EnumMember]` spelling or a number (as the reference reads all three).

/**
 * A check that `value` is a member's value (its name or spelling, exactly, as the types say), or,
 * for an open enum, a number: one that a member has stands for that member.
 */
export function enumCheck(schema: EnumMeta<string>): ValueCheck {
  const members = new Set<unknown>(schema.values);
  const byNumber = enumByNumber(schema);
  return (value) => {
    if (members.has(value)) return value;
    if (schema.open && Number.isSafeInteger(value)) return byNumber(value as number);
    throw new Failure("invalid-enum", `${describeValue(value)} is not a ${schema.typeName} (${enumNames(schema)})`, -1);
  };
}

/** A [Flags] enum's value: any int (members combined, none, or bits no member names). */
export function flagsCheck(schema: FlagsMeta): ValueCheck {
  return (value) => {
    if (!isInt(value)) throw new Failure("invalid-enum", `expected a ${schema.typeName} (an int: members' values combined), got ${describeValue(value)}`, -1);
    return value === 0 ? 0 : value;
  };
}

/** The members of an enumeration as a message lists them (the first dozen). */
export function enumNames(schema: { readonly values?: readonly string[]; readonly names: readonly string[] }): string {
  const shown = schema.values ?? schema.names;
  return shown.length > 12 ? shown.slice(0, 12).join(", ") + ", …" : shown.join(", ");
}

/**
 * An enum's value from text: a spelling or name (exactly, then ignoring letter case), or an
 * integer (`1`, `-1`) naming a member, or any integer for an open enum; `undefined` otherwise.
 */
export function enumReader(schema: EnumMeta<string>): (text: string) => string | number | undefined {
  const exact = new Map<string, string>();
  const folded = new Map<string, string>();
  schema.values.forEach((value, i) => {
    exact.set(value, value);
    folded.set(value.toLowerCase(), value);
    folded.set(schema.names[i]!.toLowerCase(), value);
  });
  const byNumber = enumByNumber(schema);
  return (text) => {
    const named = exact.get(text) ?? folded.get(text.toLowerCase());
    if (named !== undefined) return named;
    const number = integerOf(text);
    return number === undefined ? undefined : byNumber(number);
  };
}

/** The value of an enum member with this number, the number itself for an open enum, else `undefined`. */
export function enumByNumber(schema: EnumMeta<string>): (value: number) => string | number | undefined {
  const byNumber = new Map(schema.numbers.map((n, i) => [n, schema.values[i]!]));
  return (value) => byNumber.get(value) ?? (schema.open && Number.isSafeInteger(value) ? (value === 0 ? 0 : value) : undefined);
}

/** A [Flags] enum's value from text: an int, or member names separated by commas (`Read, Write`), ignoring letter case. */
export function flagsReader(schema: FlagsMeta): (text: string) => number | undefined {
  const folded = new Map(schema.names.map((name, i) => [name.toLowerCase(), schema.numbers[i]!]));
  return (text) => {
    const number = integerOf(text);
    if (number !== undefined) return isInt(number) ? number : undefined;
    let value = 0;
    for (const part of text.split(",")) {
      const member = folded.get(part.trim().toLowerCase());
      if (member === undefined) return undefined;
      value |= member;
    }
    return value;
  };
}

/** The failure for text that is not a value of an enum. */
export function notAnEnumMember(schema: EnumMeta<string> | FlagsMeta, text: string, at: number): Failure {
  return new Failure("invalid-enum", `${quoteText(text)} is not a ${schema.typeName} (${enumNames(schema as never)})`, at);
}

/** `-?digits` (at most 16) as a number, else `undefined`. */
function integerOf(text: string): number | undefined {
  let i = text.charCodeAt(0) === 0x2d ? 1 : 0;
  if (i === text.length || text.length - i > 16) return undefined;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return undefined;
  }
  const value = Number(text);
  return value === 0 ? 0 : value;
}

function isInt(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= -2147483648 && value <= 2147483647;
}
