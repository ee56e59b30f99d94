import { assertNever } from "../model/kinds.js";
import type { Schema } from "../schema/nodes.js";

// Whether `JSON.parse`'s tree can stand in for a JSON text when decoding a schema (`parsed.ts`
// walks it), or the scanner must read the text, which knows what the tree has lost.

/**
 * When the parsed tree can stand in for the text: always, only when every number is an integer
 * literal (an integer or [Flags] member can be reached: `JSON.parse` reads `1.0` and `1` alike, the
 * scanner does not), or never (a decimal or untyped value, whose number's text the tree has lost).
 */
type TreeUse = "always" | "integer-literals" | "never";

const treeUses = new WeakMap<Schema, TreeUse>();

/**
 * Whether the tree `JSON.parse` makes of `text` holds all that decoding `schema` needs. An integer
 * member takes integer literals only (`1`, never `1.0` or `1e0`), which the tree cannot tell
 * apart: where one can be reached, numbers written otherwise go to the scanner.
 */
export function treeCanStandFor(schema: Schema, text: string): boolean {
  let use = treeUses.get(schema);
  if (use === undefined) {
    use = treeUseOf(schema);
    treeUses.set(schema, use);
  }
  return use === "always" || (use === "integer-literals" && onlyIntegerLiterals(text));
}

/** How decoding `schema` can use the parsed tree (following references once each). */
function treeUseOf(schema: Schema): TreeUse {
  const seen = new Set<Schema>();
  const pending: Schema[] = [schema];
  let use: TreeUse = "always";
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    switch (node.kind) {
      case "decimal":
      case "untyped":
        return "never";
      case "integer":
      case "flags":
        use = "integer-literals";
        break;
      case "nullable":
        pending.push(node.inner);
        break;
      case "list":
        pending.push(node.element);
        break;
      case "dictionary":
        pending.push(node.value);
        break;
      case "object":
        for (const member of node.members) pending.push(member.schema);
        break;
      case "lazy":
        pending.push(node.resolve());
        break;
      case "string":
      case "boolean":
      case "number":
      case "enum":
      case "dateTime":
      case "dateTimeOffset":
      case "timeSpan":
      case "guid":
      case "char":
      case "bytes":
        break;
      default:
        assertNever(node);
    }
  }
  return use;
}

/**
 * Whether every number in a JSON text is an integer literal (no fraction, no exponent): one pass
 * that jumps over strings with `indexOf`. An `e` counts as an exponent only right after a digit
 * (`true` and `false` hold one too).
 */
function onlyIntegerLiterals(text: string): boolean {
  let pos = 0;
  for (;;) {
    const quote = text.indexOf('"', pos);
    const end = quote < 0 ? text.length : quote;
    for (let i = pos; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x2e) return false;
      if ((c === 0x65 || c === 0x45) && i > 0) {
        const before = text.charCodeAt(i - 1);
        if (before >= 0x30 && before <= 0x39) return false;
      }
    }
    if (quote < 0) return true;
    // Step over the string: its closing quote is the first one not escaped by an odd run of backslashes.
    let close = quote + 1;
    for (;;) {
      close = text.indexOf('"', close);
      if (close < 0) return true;
      let backslashes = 0;
      while (text.charCodeAt(close - 1 - backslashes) === 0x5c) backslashes++;
      if (backslashes % 2 === 0) break;
      close++;
    }
    pos = close + 1;
  }
}
