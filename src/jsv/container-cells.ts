import type { ProblemLog } from "../model/collect.js";
import { fastPaths } from "../model/fast-paths.js";
import type { Schema } from "../schema/nodes.js";
import { readCompactWhole, readJsvContainer } from "./decode.js";
import { readerFor } from "./readers.js";
import { OPEN_BRACE, OPEN_BRACKET } from "./reader.js";

const LF = 0x0a;
const CR = 0x0d;

// CSV's cells of lists, dictionaries and objects are JSV texts, a few thousand to a table, most
// of them compact and opening their container at their first character, as the writer writes them.

/** Reads one JSV text of a container schema, as {@link readJsvContainer} does. */
export type ContainerRead = (text: string, strict: boolean, maxDepth: number, outerDepth: number, log?: ProblemLog) => unknown;

/**
 * {@link readJsvContainer} for many small texts of one schema (CSV cells), with less to do per text:
 * the compiled reader is looked up once, and a text that opens its container at its first
 * character, compact, is read by {@link readCompactWhole} with the cursor kept from one root to
 * the next (a fast path). Any other text, and any that does not read cleanly to its end, is read
 * again by `readJsvContainer`, which decides and reports as it always has.
 */
export function containerReader(schema: Schema): ContainerRead {
  const read = readerFor(schema);
  return (text, strict, maxDepth, outerDepth, log) => {
    const first = text.charCodeAt(0);
    const second = text.charCodeAt(1);
    const compact = (first === OPEN_BRACE || first === OPEN_BRACKET) && second !== LF && second !== CR;
    if (compact && log === undefined && fastPaths.enabled) {
      const value = readCompactWhole(read, text, strict, maxDepth, outerDepth);
      if (value !== undefined) return value;
    }
    return readJsvContainer(schema, text, strict, maxDepth, outerDepth, log);
  };
}
