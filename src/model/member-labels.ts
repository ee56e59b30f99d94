import { codeAt } from "../core/chars.js";
import type { FieldPlan } from "./plan.js";

// The member a writer puts next, recognised from the text without slicing its name out: members
// come in declaration order, some left out, so the name at the cursor is one of those after the
// last one read. A format spells the labels (JSV `name:`, JSON `"name"`); a name spelled any
// other way (another letter case, an escape) is read and looked up as before.

/**
 * The first member from `from` on whose label (camelCase, else PascalCase) `text` at `pos` starts
 * with, as an index into `labels.fieldOf`, `nameOf` and `lengthOf`; -1 when there is none.
 */
export function labelAfter(text: string, pos: number, from: number, labels: MemberLabels): number {
  // The first two characters rule out most members without a loop (every label has two).
  const start = (codeAt(text, pos) << 16) | codeAt(text, pos + 1);
  const { camel, pascal, camelStart, pascalStart } = labels;
  for (let i = from; i < camel.length; i++) if (camelStart[i] === start && continues(text, pos, camel[i]!)) return i;
  for (let i = from; i < pascal.length; i++) if (pascalStart[i] === start && continues(text, pos, pascal[i]!)) return i + camel.length;
  return -1;
}

/** Whether `text` at `pos` goes on as `label` does after their first two characters (`startsWith` costs a call). */
function continues(text: string, pos: number, label: Uint16Array): boolean {
  // A label shorter than two characters (an empty alias's `:`) is never taken for a name.
  if (label.length < 2 || pos + label.length > text.length) return false;
  for (let i = 2; i < label.length; i++) if (codeAt(text, pos + i) !== label[i]) return false;
  return true;
}

/** Members' labels in both casings, as character codes, and their first two packed in one number. */
export interface MemberLabels {
  readonly camel: readonly Uint16Array[];
  readonly pascal: readonly Uint16Array[];
  readonly camelStart: Int32Array;
  readonly pascalStart: Int32Array;
  /** By what {@link labelAfter} found: the member, its name as the label spells it (unescaped), and the label's length. */
  readonly fieldOf: readonly FieldPlan[];
  readonly nameOf: readonly string[];
  readonly lengthOf: Int32Array;
}

/** The labels of `fields` as `spell` writes a member's name, escapes and all. */
export function memberLabels(fields: readonly FieldPlan[], spell: (name: string) => string): MemberLabels {
  const codes = (name: string) => {
    const label = spell(name);
    return Uint16Array.from({ length: label.length }, (_, i) => label.charCodeAt(i));
  };
  const camel = fields.map((f) => codes(f.camelName));
  const pascal = fields.map((f) => codes(f.pascalName));
  const start = (label: Uint16Array) => (label[0]! << 16) | label[1]!;
  return {
    camel,
    pascal,
    camelStart: Int32Array.from(camel, start),
    pascalStart: Int32Array.from(pascal, start),
    fieldOf: [...fields, ...fields],
    nameOf: [...fields.map((f) => f.camelName), ...fields.map((f) => f.pascalName)],
    lengthOf: Int32Array.from([...camel, ...pascal], (label) => label.length),
  };
}
