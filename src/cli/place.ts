import { excerptAt, positionAt, type Position } from "../core/position.js";
import { StrictDecoder, type TextEncoding } from "./encoding.js";
import { bytePieces, closeFile, openRegular } from "./files.js";

/** A place in a file: offset, line and column (UTF-16 code units, as `DecodeError` counts) and its excerpt. */
export interface Place extends Position {
  readonly excerpt: string;
}

/** The start of a file, for a problem with the file as a whole: no excerpt. */
export const FILE_START: Place = { offset: 0, line: 1, column: 1, excerpt: "" };

/** A place in a text held whole. */
export function placeInText(text: string, offset: number): Place {
  const position = positionAt(text, offset);
  return { ...position, excerpt: excerptAt(text, position) };
}

/** Characters of the line kept on either side of a place, for its excerpt. */
const AROUND = 36;

/**
 * A place in a file too big to hold, found by reading it again up to there: at UTF-16 offset
 * `units`, or at byte `bytes` (where the bytes stop being text). Only errors pay for this.
 */
export function placeInFile(path: string, encoding: TextEncoding, target: { units: number } | { bytes: number }): Place {
  const file = openRegular(path);
  if (typeof file === "string") return { offset: 0, line: 1, column: 1, excerpt: "" };
  const units = "units" in target ? target.units : Infinity;
  let line = 1;
  let lineStart = 0;
  let offset = 0;
  let before = "";
  let after = "";
  let at = -1;
  let crPending = false;
  try {
    const decoder = new StrictDecoder(encoding);
    scan: for (const bytes of bytePieces(file, 0, "bytes" in target ? target.bytes : Infinity)) {
      const text = decoder.decode(bytes);
      for (let i = 0; i < text.length; i++, offset++) {
        const c = text.charCodeAt(i);
        // Lines end as positionAt ends them: at LF, or at a CR that no LF follows.
        if (crPending && c !== 10) newLine(offset);
        crPending = c === 13;
        if (at < 0 && offset === units) at = offset;
        if (at >= 0) {
          if (c === 10 || c === 13 || after.length >= AROUND) break scan;
          after += text[i];
        } else if (c === 10) {
          newLine(offset + 1);
        } else if (c !== 13) {
          before = (before.length >= AROUND ? before.slice(1) : before) + text[i];
        }
      }
    }
  } catch {
    // The bytes stop being text: the place is as far as they went.
  } finally {
    closeFile(file);
  }
  if (at < 0) {
    if (crPending) newLine(offset);
    at = offset;
  }
  const excerpt = excerptAt(before + after, { offset: before.length, line: 1, column: before.length + 1 });
  const [shown, caret] = excerpt.split("\n");
  const cut = at - lineStart > before.length;
  return { offset: at, line, column: at - lineStart + 1, excerpt: cut ? `…${shown}\n ${caret}` : excerpt };

  function newLine(start: number): void {
    line++;
    lineStart = start;
    before = "";
  }
}
