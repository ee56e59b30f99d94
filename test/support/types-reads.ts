import { isTyped } from "../../src/schema/dotnet.js";
import { instantTicks } from "../../src/core/dotnet-date.js";
import { parseRoundTrip } from "../../src/core/dotnet-date-read.js";
import { resolveSchema } from "../../src/model/compile.js";
import type { Schema, TypedValue } from "../../src/index.js";
import { isDeepStrictEqual } from "node:util";

// Where evo-codec keeps what the reference does not, a read is the reference's all the same when:
// - DATE KIND: a DateTime has the kind its text gives it (`Z` Utc, an offset Local at that offset,
//   none Unspecified), where the reference makes every zoned or date-only text Local on its (UTC)
//   server: the same clock time for `/Date(ms±hhmm)/` (the reference keeps ms + offset as its clock)
//   and for a text without a zone, the same instant for an ISO text with one;
// - UNTYPED: an untyped value keeps JSON's types and structure, where the reference reads a string
//   (a container's text with its strings' quotes dropped: `{"x":1}` is `{x:1}`);
// - EMPTY BYTES: `""` is an empty byte[], which the reference reads as null;
// - MONO ZERO: a double read from `-0` is -0, which the reference (on Mono) shows as 0.

/** Whether `ours` is what the reference read (`theirs`), allowing for what evo-codec keeps. */
export function sameRead(schema: Schema, ours: unknown, theirs: unknown, wcf: boolean): boolean {
  if (ours === undefined || theirs === undefined) return ours === theirs || (ours instanceof Uint8Array && ours.length === 0 && theirs === undefined);
  const node = resolveSchema(schema);
  switch (node.kind) {
    case "nullable":
      return sameRead(node.inner, ours, theirs, wcf);
    case "dateTime":
      return sameDate(ours as string, theirs as string, wcf);
    case "number":
      return Object.is(ours, theirs) || (ours === 0 && theirs === 0);
    case "bytes":
      return isDeepStrictEqual(ours, theirs);
    case "untyped":
      return referenceText(ours) === referenceText(theirs);
    case "list":
      return (ours as unknown[]).length === (theirs as unknown[]).length && (ours as unknown[]).every((item, i) => sameRead(node.element, item, (theirs as unknown[])[i], wcf));
    case "dictionary": {
      const a = [...(ours instanceof Map ? ours : Object.entries(ours as object))];
      const b = [...(theirs instanceof Map ? theirs : Object.entries(theirs as object))];
      return a.length === b.length && a.every(([key, item], i) => isDeepStrictEqual(key, b[i]![0]) && sameRead(node.value, item, b[i]![1], wcf));
    }
    case "object":
      return node.members.every((m) => sameRead(m.schema, (ours as Record<string, unknown>)[m.key], (theirs as Record<string, unknown>)[m.key], wcf)) &&
        Object.keys(ours as object).every((key) => key in node.shape);
    default:
      return isDeepStrictEqual(ours, theirs);
  }
}

function sameDate(ours: string, theirs: string, wcf: boolean): boolean {
  if (ours === theirs) return true;
  const mine = parseRoundTrip(ours)!;
  const reference = parseRoundTrip(theirs)!;
  // The reference's Local is its server's, UTC: its clock is the instant.
  if (reference.zone !== 0 && reference.zone !== "unspecified") return false;
  if (wcf || mine.zone === "unspecified") return mine.ticks === reference.ticks;
  return instantTicks(mine) === reference.ticks;
}

/** An untyped value as the reference reads one: a string, a container's text without its strings' quotes. */
function referenceText(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (isTyped(value)) return String((value as TypedValue).value);
  if (Array.isArray(value)) return `[${value.map((item) => (item === null ? "null" : referenceText(item))).join(",")}]`;
  if (typeof value === "object") return `{${Object.entries(value).map(([key, item]) => `${key}:${String(referenceText(item))}`).join(",")}}`;
  return String(value);
}
