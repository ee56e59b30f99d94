import { memberValues, ownEntries } from "../model/encode-members.js";
import { resolveSchema } from "../model/compile.js";
import { planObject, wireName, type NameCase } from "../model/plan.js";
import { checkString } from "../model/values.js";
import type { ObjectSchema, Schema } from "../schema/nodes.js";
import type { Spelling, Writer } from "./compact-writer.js";
import { flatString } from "./chars.js";
import { rethrowEncodingWithin } from "./errors.js";
import { fastPaths } from "../model/fast-paths.js";

/**
 * An object's members in declaration order, null ones left out. The compact text is built from
 * as few pieces as it can be, each spelled once per member position: the piece before a member
 * holds the `{` or `,`, its label, and where strings are always quoted (JSON) the quote that
 * closes the string before it and the one that opens its own; the last holds `}`. A string
 * member then adds only its escaped text, and a 41-member object is no rope of a hundred pieces.
 */
export function objectWriter(
  spelling: Spelling,
  schema: ObjectSchema,
  nameCase: NameCase,
  writerFor: (schema: Schema, nameCase: NameCase) => Writer,
): Writer {
  const plan = planObject(schema);
  const fields = plan.fields;
  const writes = fields.map((field) => writerFor(field.schema, nameCase));
  const quoted = spelling.quotedStrings;
  const quote = quoted?.quote ?? "";
  const stringBody = quoted?.body ?? ((value: string) => value);
  const closeAfterString = quote + "}";
  const labels = fields.map((field) => spelling.memberLabel(wireName(field, nameCase)));
  const merged = piecesFor(labels, quote, fields.map((field) => quoted !== undefined && isString(field.schema)));
  // The general path (see `fastPaths`): each member's label, then what its writer writes.
  const plain = piecesFor(labels, quote, fields.map(() => false));
  const prettyLabels = fields.map((field) => flatString(wireName(field, nameCase) + ": "));

  const keys = fields.map((field) => field.key);
  const isValueType = fields.map((field) => field.isValueType);
  const defaults = fields.map((field) => field.defaultValue);

  /** Whether `ownKeys` are members' keys in declaration order (some left out). */
  const inDeclarationOrder = (ownKeys: readonly string[]): boolean => {
    let f = 0;
    for (let k = 0; k < ownKeys.length; k++) {
      while (f < keys.length && keys[f] !== ownKeys[k]) f++;
      if (f === keys.length) return false;
      f++;
    }
    return true;
  };

  /**
   * The fast path (see `fastPaths`) takes a plain object whose own keys are members in
   * declaration order: its values are written as its keys are walked, with no array of member
   * values. Any other object is turned into that array first, before anything is written. Either
   * way the members are written in the same order, so a value the schema refuses fails at the
   * same member.
   */
  const compact: Writer = (value, state) => {
    const own = ownEntries(plan, value);
    const { items, keys: ownKeys } = own;
    const inOrder = fastPaths.enabled && items !== undefined && inDeclarationOrder(ownKeys);
    const values = inOrder ? undefined : memberValues(plan, value, own);
    const { first, next, afterString: afterStringPieces, isQuotedString } = fastPaths.enabled ? merged : plain;
    state.enter(value);
    let out = "";
    let afterString = false;
    let k = 0;
    let i = 0;
    try {
      for (; i < fields.length; i++) {
        let item: unknown;
        if (values !== undefined) {
          item = values[i];
        } else {
          if (k < ownKeys.length && ownKeys[k] === keys[i]) item = items![k++] ?? undefined;
          if (item === undefined && isValueType[i]) item = defaults[i];
        }
        if (item === undefined) continue;
        const piece = out.length === 0 ? first[i]! : afterString ? afterStringPieces[i]! : next[i]!;
        afterString = isQuotedString[i]!;
        // Appended one at a time, the rope's every right-hand piece is flat: cheaper to flatten.
        const text = afterString ? stringBody(checkString(item)) : writes[i]!(item, state, true);
        out += piece;
        out += text;
      }
    } catch (error) {
      rethrowEncodingWithin(error, fields[i]!.key);
    }
    state.leave();
    return out.length === 0 ? "{}" : out + (afterString ? closeAfterString : "}");
  };

  return (value, state, afterKey) => {
    const layout = state.layout;
    if (layout === undefined) return compact(value, state, afterKey);
    const values = memberValues(plan, value);
    const depth = state.depth;
    state.enter(value);
    const inner = layout.at(depth + 1);
    let out = "";
    let i = 0;
    try {
      for (; i < fields.length; i++) {
        const item = values[i];
        if (item === undefined) continue;
        out += (out.length === 0 ? inner : "," + inner) + prettyLabels[i] + writes[i]!(item, state, true);
      }
    } catch (error) {
      rethrowEncodingWithin(error, fields[i]!.key);
    }
    state.leave();
    if (out.length === 0) return layout.empty("{}", depth, afterKey);
    return layout.open("{", depth, afterKey) + out + layout.at(depth) + "}";
  };
}

interface Pieces {
  /** Before member i when it is the first written, after another, after a quoted string. */
  readonly first: readonly string[];
  readonly next: readonly string[];
  readonly afterString: readonly string[];
  /** Whether member i is written as its string's body, its quotes in the pieces around it. */
  readonly isQuotedString: readonly boolean[];
}

function piecesFor(labels: readonly string[], quote: string, isQuotedString: readonly boolean[]): Pieces {
  const opened = labels.map((label, i) => label + (isQuotedString[i] ? quote : ""));
  const next = opened.map((label) => "," + label);
  return {
    first: opened.map((label) => flatString("{" + label)),
    next: next.map(flatString),
    afterString: next.map((piece) => flatString(quote + piece)),
    isQuotedString,
  };
}

/** A `string` or `string?` member: its writer is the string's quotes around its body. */
function isString(schema: Schema): boolean {
  const node = resolveSchema(schema);
  return node.kind === "string" || (node.kind === "nullable" && resolveSchema(node.inner).kind === "string");
}
