// The reference's pretty printer (spec §4, `JsvFormatter.Format`): a character-level re-layout of
// compact JSV that does not know where strings are. A model of it, to check the vectors' pretty
// texts, and the test of when it is faithful, that is when evo-codec must write the same bytes.

/** What `Dump()` makes of a compact JSV text. */
export function referenceDump(compact: string, newline = "\n"): string {
  let out = "";
  let tabs = 0;
  let inString = false;
  let firstKeySeparator = true;
  // A bracket inside a string can take the count below zero: the reference then writes no TAB.
  const line = (depth: number) => newline + "\t".repeat(Math.max(0, depth));
  for (let i = 0; i < compact.length; i++) {
    const c = compact[i]!;
    const prev = compact[i - 1];
    const next = compact[i + 1];
    if (c === "{" || c === "[") {
      if (prev === ":" && (next === "}" || next === "]")) {
        out += c + next;
        i++;
        continue;
      }
      if (prev === ":") out += line(tabs);
      out += c + line(++tabs);
      firstKeySeparator = true;
    } else if (c === "}" || c === "]") {
      out += line(--tabs) + c;
      firstKeySeparator = true;
    } else if (c === '"') {
      out += c;
      inString = !inString;
    } else if (c === "," && !inString) {
      out += c + line(tabs);
      firstKeySeparator = true;
    } else {
      out += c;
      if (c === ":" && firstKeySeparator) {
        out += " ";
        firstKeySeparator = false;
      }
    }
  }
  return out;
}

/**
 * Whether the printer lays out `compact` without touching its data: no bracket inside a quoted
 * string (it would break the line there), and the one space it adds after the first `:` of each
 * item lands after a member name or dictionary key, never inside a quoted key or in a list element
 * such as a date (`22:18:50`).
 */
export function dumpIsFaithful(compact: string): boolean {
  const open: string[] = [];
  let inQuotes = false;
  let firstSeparator = true;
  let atKey = false;
  for (const c of compact) {
    if (inQuotes) {
      if (c === '"') inQuotes = false;
      else if ("{}[]".includes(c) || (c === ":" && firstSeparator)) return false;
      continue;
    }
    if (c === '"') {
      inQuotes = true;
    } else if (c === "{" || c === "[") {
      open.push(c);
      firstSeparator = true;
      atKey = c === "{";
    } else if (c === "}" || c === "]") {
      open.pop();
      firstSeparator = true;
      atKey = false;
    } else if (c === ",") {
      firstSeparator = true;
      atKey = open[open.length - 1] === "{";
    } else if (c === ":" && firstSeparator) {
      if (!atKey) return false;
      firstSeparator = false;
      atKey = false;
    }
  }
  return true;
}
