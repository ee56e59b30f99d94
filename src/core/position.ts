/** A place in a text: 0-based UTF-16 offset, 1-based line and column (in UTF-16 code units). */
export interface Position {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

/** Works out line and column; only called when an error is built, so the happy path never pays for it. */
export function positionAt(text: string, offset: number): Position {
  const at = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset: at, line, column: at - lineStart + 1 };
}

const EXCERPT_WIDTH = 72;

/** The line holding `position`, cut to a readable width, with a caret under the column. */
export function excerptAt(text: string, position: Position): string {
  const lineStart = position.offset - (position.column - 1);
  let from = lineStart;
  if (position.offset - from > EXCERPT_WIDTH / 2) from = position.offset - EXCERPT_WIDTH / 2;
  // The line's end, from the position (the line holds what comes before it) and only as far as the
  // excerpt shows it, and one more to know that it goes on: every problem in a one-line document
  // of many megabytes costs the excerpt's width, not the line's length.
  let lineEnd = position.offset;
  while (lineEnd < text.length && lineEnd <= from + EXCERPT_WIDTH) {
    const c = text.charCodeAt(lineEnd);
    if (c === 10 || c === 13) break;
    lineEnd++;
  }
  const to = Math.min(lineEnd, from + EXCERPT_WIDTH);
  const shown = visible(text.slice(from, to));
  const caret = " ".repeat(visible(text.slice(from, position.offset)).length) + "^";
  return `${from > lineStart ? "…" : ""}${shown}${to < lineEnd ? "…" : ""}\n${from > lineStart ? " " : ""}${caret}`;
}

/**
 * Tabs and other control characters would misalign the caret, and a terminal would act on
 * them: show C0, DEL and C1 (U+0080 to U+009F) as one visible character.
 */
function visible(s: string): string {
  let out = "";
  let runStart = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || (c >= 127 && c <= 0x9f)) {
      out += s.slice(runStart, i) + (c === 9 ? "→" : "·");
      runStart = i + 1;
    }
  }
  return out + s.slice(runStart);
}
