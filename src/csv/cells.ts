import { compactWriters, type Spelling, type WriteState } from "../core/compact-writer.js";
import { flatString } from "../core/chars.js";
import { rewriteInWindows } from "../core/long-text.js";
import { untypedNumberText } from "../core/numbers.js";
import { resolveSchema } from "../model/compile.js";
import { isScalar } from "../model/kinds.js";
import type { NameCase } from "../model/plan.js";
import { scalarCheck } from "../model/values.js";
import type { ScalarKind, Schema } from "../schema/nodes.js";
import { doubleQuotes, jsvString, quotesWrittenAs, quoteTriggerAt } from "../jsv/quote.js";
import { jsvWriterFor } from "../jsv/encode.js";
import { JSV_SCALARS } from "../jsv/scalars.js";
import { csvField } from "./field.js";

// The fast path of a cell (see `fastPaths`): its finished CSV text in one go. The general path
// writes a cell's JSV, then scans it for what makes CSV quote it and doubles its quotes; a
// container's JSV (`[…]`, `{…}`) is always quoted, so here it is written with every `"` already
// doubled and put between quotes, never scanned twice. A number, date or the like is never quoted
// and not scanned at all; an enum member's cell is spelled once; any other scalar is scanned as
// the general path scans it.

/** Writes one present value as its finished cell (quoted and escaped as CSV needs); throws a `Failure`. */
export type CellWriter = (value: unknown, state: WriteState) => string;

/**
 * Whether a kind's JSV is plain for CSV: never holds `"` `,` CR or LF nor starts with `[` or `{`
 * (digits, `True`, a Guid's hex digits, a date, a duration), so a cell of it is never quoted and
 * its text is not scanned. Strings and chars may hold anything, empty bytes are `""`, and an
 * enum's `[EnumMember]` spelling is any text.
 */
const PLAIN: { readonly [K in ScalarKind]: boolean } = {
  string: false,
  boolean: true,
  integer: true,
  number: true,
  decimal: true,
  dateTime: true,
  dateTimeOffset: true,
  timeSpan: true,
  guid: true,
  char: false,
  bytes: false,
  enum: false,
  flags: true,
};

/** `jsvString(s)` with its quotes doubled: `""""` when empty, `""…""` around it (inner `"` as `""""`) where JSV quotes it. */
function escapedJsvString(s: string): string {
  if (s.length === 0) return '""""';
  const at = quoteTriggerAt(s);
  if (at < 0) return s;
  return '""' + (s.indexOf('"', at) < 0 ? s : rewriteInWindows(s, quadrupledIn)) + '""';
}

/** Every `"` written four times (JSV doubles it, CSV doubles both). */
const quadrupledIn = /* @__PURE__ */ quotesWrittenAs('""""');

/** Compact JSV as a quoted CSV cell holds it: every `"` JSV writes is written `""`. */
const escapedJsvWriterFor = /* @__PURE__ */ compactWriters({
  scalars: Object.fromEntries(
    Object.entries(JSV_SCALARS).map(([kind, spell]) => {
      if (kind === "string") {
        return [
          kind,
          (node: never) => {
            const check = scalarCheck(node);
            return (value: unknown) => escapedJsvString(check(value) as string);
          },
        ];
      }
      return [
        kind,
        (node: never) => {
          const write = (spell as (node: never) => { write: (value: unknown) => string })(node).write;
          if (PLAIN[kind as ScalarKind]) return write;
          return (value: unknown) => {
            const text = write(value);
            return text.indexOf('"') < 0 ? text : doubleQuotes(text);
          };
        },
      ];
    }),
  ) as unknown as Spelling["scalars"],
  untypedNumber: untypedNumberText,
  nullElement: "",
  // Member names are C# identifiers: never quoted, nothing to double.
  memberLabel: (name) => name + ":",
  dictionaryKey: escapedJsvString,
});

/**
 * The writer of a column's cells on the fast path, or `undefined` where the general path's is as
 * fast (strings, chars and untyped values, which it scans once already).
 */
export function cellWriterFor(schema: Schema, nameCase: NameCase): CellWriter | undefined {
  let node = resolveSchema(schema);
  if (node.kind === "nullable") node = resolveSchema(node.inner);
  if (node.kind === "string" || node.kind === "char" || node.kind === "untyped") return undefined;
  const write = escapedJsvWriterFor(schema, nameCase);
  if (!isScalar(node)) return (value, state) => '"' + write(value, state, false) + '"';
  const scalar = jsvWriterFor(schema, nameCase);
  if (PLAIN[node.kind]) return (value, state) => scalar(value, state, false);
  if (node.kind !== "enum") return (value, state) => csvField(scalar(value, state, false));
  // An enum's members, each spelled as a cell once; any other value (a number, a wrong one) written and checked as it comes.
  const cells = new Map(node.values.map((member) => [member, flatString(csvField(jsvString(member)))]));
  return (value, state) => cells.get(value as string) ?? csvField(scalar(value, state, false));
}


