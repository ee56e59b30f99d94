import { perSchemaAndCase, resolveSchema } from "../model/compile.js";
import { flatString } from "./chars.js";
import { EncodeState } from "../model/encode-state.js";
import { assertNever, isScalar } from "../model/kinds.js";
import type { NameCase } from "../model/plan.js";
import { checkList, dictionaryEntries, nullElement, nullEntry } from "../model/values.js";
import { addDistinctKey, keyText } from "../model/keys.js";
import { rethrowEncodingWithin } from "./errors.js";
import { untypedWriter } from "./untyped-writer.js";
import { objectWriter } from "./object-writer.js";
import type { ResolvedSchema, ScalarKind, Schema, SchemaOfKind } from "../schema/nodes.js";

/**
 * Writes one value of a schema; throws a `Failure` for a value the schema refuses. `afterKey`
 * says the value follows a member name or dictionary key, which the pretty layout needs.
 */
export type Writer = (value: unknown, state: WriteState, afterKey: boolean) => string;

/** An encoder's depth and open containers, and the pretty layout when the text is pretty-printed (JSV's `Dump()` form). */
export class WriteState extends EncodeState {
  constructor(
    maxDepth: number,
    readonly layout: PrettyLayout | undefined = undefined,
  ) {
    super(maxDepth);
  }
}

/**
 * What tells compact JSON and JSV apart. Their structure is the same: `{name:value,…}`, `[a,b]`,
 * no white space, members in declaration order, null members left out, value types always
 * written. Only the spelling of scalars, member names and dictionary keys differs.
 */
export interface Spelling {
  /** Each scalar kind: its value checked (by the model) and written as one token. */
  readonly scalars: { readonly [K in ScalarKind]: (node: SchemaOfKind<K>) => (value: unknown) => string };
  /** A number in an untyped (`object`) slot: an `int` or `long` when it is a safe integer, else a `double`. */
  untypedNumber(value: number): string;
  /** A `null` element of a list of untyped values (`null` in JSON, nothing in JSV). */
  readonly nullElement: string;
  /** A member name followed by `:`. */
  memberLabel(name: string): string;
  /**
   * Where strings are always quoted (JSON): a string's text between its quotes, and the quote.
   * An object then writes a string member's quotes with the labels around it, in fewer pieces.
   */
  readonly quotedStrings?: { readonly quote: string; body(value: string): string };
  /** A dictionary key, given as its text (a string key as it is, another key as JSV writes it). */
  dictionaryKey(key: string): string;
}

/**
 * The reference's pretty form (spec §4), written from the structure so that no line break or
 * space ever lands inside a quoted string: one TAB per level, `name: value`, a non-empty container
 * after a key on a line of its own, an empty one inline after a key.
 */
export class PrettyLayout {
  private readonly lines: string[] = [];
  constructor(readonly newline: string) {}

  /** A line break followed by `depth` TABs; built once per depth. */
  at(depth: number): string {
    return (this.lines[depth] ??= flatString(this.newline + "\t".repeat(depth)));
  }

  open(bracket: string, depth: number, afterKey: boolean): string {
    return afterKey ? this.at(depth) + bracket : bracket;
  }

  empty(brackets: string, depth: number, afterKey: boolean): string {
    return afterKey ? brackets : brackets[0] + this.at(depth + 1) + this.at(depth) + brackets[1];
  }
}

/** Compiles schemas into writers of one spelling, once per schema and naming case. */
export function compactWriters(spelling: Spelling): (schema: Schema, nameCase: NameCase) => Writer {
  const writerFor: (schema: Schema, nameCase: NameCase) => Writer = perSchemaAndCase<Writer>((schema: ResolvedSchema, nameCase): Writer => {
    // A scalar's writer takes the value alone; the state and layout are for containers.
    if (isScalar(schema)) return (spelling.scalars[schema.kind] as (node: typeof schema) => Writer)(schema);
    switch (schema.kind) {
      // Null never reaches a writer: a member holding it is left out, a list element refused
      // (but for an untyped element, where it is a value).
      case "nullable":
        return writerFor(schema.inner, nameCase);
      case "list":
        return listWriter(spelling, writerFor(schema.element, nameCase), resolveSchema(schema.element).kind === "untyped");
      case "dictionary":
        return dictionaryWriter(spelling, schema.typeName ?? "a dictionary", keyText(schema.key), writerFor(schema.value, nameCase), schema.key !== undefined);
      case "untyped":
        return untypedWriter(spelling, (typed) => writerFor(typed, nameCase));
      case "object":
        return objectWriter(spelling, schema, nameCase, writerFor);
      default:
        return assertNever(schema);
    }
  });
  return writerFor;
}

/** A list's elements; `nulls`: a `null` element is a value (of an untyped list), written as the spelling's null. */
export function listWriter(spelling: Spelling, element: Writer, nulls: boolean): Writer {
  return (value, state, afterKey) => {
    const items = checkList(value);
    // Read once, outside the elements: a length that cannot be read is the list's failure, not its first element's.
    const length = items.length;
    const layout = state.layout;
    const depth = state.depth;
    if (layout !== undefined && length === 0) return layout.empty("[]", depth, afterKey);
    state.enter(items);
    const inner = layout?.at(depth + 1) ?? "";
    let out = layout === undefined ? "[" : layout.open("[", depth, afterKey);
    let i = 0;
    let written = 0;
    try {
      for (; i < length; i++) {
        const item = items[i];
        const text = item === null && nulls ? spelling.nullElement : item === null || item === undefined ? nullElementFailure() : element(item, state, false);
        written += text.length;
        out += i === 0 ? inner : "," + inner;
        out += text;
      }
    } catch (error) {
      rethrowEncodingWithin(error, i);
    }
    state.leave();
    // One element written as nothing (a null in JSV) is `[]`: laid out as the reference's printer lays that out.
    if (layout !== undefined && length === 1 && written === 0) return layout.empty("[]", depth, afterKey);
    return out + (layout === undefined ? "]" : layout.at(depth) + "]");
  };
}

function nullElementFailure(): never {
  throw nullElement();
}

/**
 * A dictionary's entries, each key written by `keyText` (its own text for string keys) then spelled
 * as a key. `distinct`: keys that are not their own text (a Map's Guids, numbers) are refused
 * when two are written alike (a Guid in two forms), rather than written twice.
 */
export function dictionaryWriter(spelling: Spelling, what: string, keyText: (key: unknown) => string, entry: Writer, distinct = false): Writer {
  return (value, state, afterKey) => {
    const { keys, valueAt } = dictionaryEntries(value, what);
    const written = distinct ? new Set<string>() : undefined;
    const layout = state.layout;
    const depth = state.depth;
    let key: unknown;
    let keyed = false;
    try {
      if (layout !== undefined && keys.length === 0) return layout.empty("{}", depth, afterKey);
      state.enter(value);
      const inner = layout?.at(depth + 1) ?? "";
      const colon = layout === undefined ? ":" : ": ";
      let out = layout === undefined ? "{" : layout.open("{", depth, afterKey);
      for (let i = 0; i < keys.length; i++) {
        key = keys[i];
        keyed = true;
        const text = keyText(key);
        if (written !== undefined) addDistinctKey(written, text);
        const item = valueAt(i);
        if (item === null || item === undefined) throw nullEntry();
        const spelledKey = spelling.dictionaryKey(text);
        const entryText = entry(item, state, true);
        // Appended one at a time: the rope's right-hand pieces stay flat (see the object writer).
        out += i === 0 ? inner : "," + inner;
        out += spelledKey;
        out += colon;
        out += entryText;
      }
      state.leave();
      return out + (layout === undefined ? "}" : layout.at(depth) + "}");
    } catch (error) {
      // Before the first entry (a cycle) the failure is the dictionary's: its container adds its place.
      if (!keyed) throw error;
      return rethrowEncodingWithin(error, typeof key === "string" ? key : String(key));
    }
  };
}
