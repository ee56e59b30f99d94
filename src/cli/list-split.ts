/**
 * One element of a JSON or JSV list, cut out of a text too big to hold: `text` is the element
 * as a list of one (`[` + what lies between its delimiters + `]`), so the library's decoder
 * reads it in the same layout as in the whole document; its character `k` is at `at + k - shift`
 * in the file (the `[` stands where the `[` or `,` before the element is).
 */
export interface ListElement {
  readonly index: number;
  readonly text: string;
  readonly at: number;
  /** Characters put in front of the element (an empty slot gets a `{},` before it, so the decoder says what it makes of it). */
  readonly shift: number;
}

/** What the splitter itself finds wrong: text after the list, or an element longer than the limit. */
export class SplitFailure {
  constructor(
    readonly code: "trailing-text" | "input-too-long",
    readonly message: string,
    readonly offset: number,
  ) {}
}

const QUOTE = 0x22;

/**
 * Splits a document whose root is a list into its elements as its text arrives, in memory
 * bounded by the longest element. Brackets are counted outside quoted strings: JSON's strings
 * with their `\` escapes; in JSV every `"` toggles quoting, as the reference's tokenizer reads a
 * list (a raw JSV value with a `"` or a bracket inside is one the reference never writes).
 */
export class ListSplitter {
  private offset = 0;
  private started = false;
  private ended = false;
  private depth = 0;
  private inString = false;
  /** JSON only: the string's last character was a `\` that escapes the next. */
  private escaped = false;
  /** The next `"` and (JSON) `\\` in the piece being read, found once (its length: none; -1: not looked for yet). */
  private quote = -1;
  private backslash = -1;
  private slot: string[] = [];
  private slotLength = 0;
  private slotAt = 0;
  private index = 0;

  constructor(
    private readonly json: boolean,
    private readonly maxLength: number,
  ) {}

  /** Reads the next piece of text; returns the elements it completes. */
  push(piece: string): ListElement[] {
    const out: ListElement[] = [];
    let from = 0;
    this.quote = -1;
    this.backslash = -1;
    for (let i = 0; i < piece.length; i++) {
      if (this.inString) {
        // Jump to the closing quote: strings are most of a document.
        i = this.stringEnd(piece, i);
        continue;
      }
      const c = piece.charCodeAt(i);
      if (!this.started || this.ended) {
        if (c === 0x5b && !this.started) {
          this.started = true;
          this.slotAt = this.offset + i;
          from = i + 1;
        } else if (!(c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || (c === 0xfeff && this.offset + i === 0))) {
          throw new SplitFailure("trailing-text", "text after the end of the value", this.offset + i);
        }
        continue;
      }
      if (c === QUOTE) this.inString = true;
      else if (c === 0x5b || c === 0x7b) this.depth++;
      else if ((c === 0x5d || c === 0x7d) && this.depth > 0) this.depth--;
      else if (this.depth === 0 && (c === 0x2c || c === 0x5d)) {
        this.take(piece.slice(from, i));
        const element = this.finish(c === 0x5d);
        if (element) out.push(element);
        if (c === 0x5d) this.ended = true;
        this.slotAt = this.offset + i;
        from = i + 1;
      }
    }
    if (this.started && !this.ended) this.take(piece.slice(from));
    this.offset += piece.length;
    return out;
  }

  /** Where the string the cursor is in ends in `piece` (its closing quote), or the piece's end while it goes on. */
  private stringEnd(piece: string, from: number): number {
    let pos = from;
    if (this.escaped) {
      this.escaped = false;
      pos++;
    }
    for (;;) {
      // Both searches only move forward through the piece: linear, however many escapes.
      if (this.quote < pos) this.quote = indexOrEnd(piece, '"', pos);
      if (this.json) {
        if (this.backslash < pos) this.backslash = indexOrEnd(piece, "\\", pos);
        if (this.backslash < this.quote) {
          // A backslash escapes the next character, which may be in the next piece.
          if (this.backslash + 1 >= piece.length) {
            this.escaped = true;
            return piece.length;
          }
          pos = this.backslash + 2;
          continue;
        }
      }
      if (this.quote >= piece.length) return piece.length;
      this.inString = false;
      return this.quote;
    }
  }

  /** The text has ended: an unfinished list is handed on whole, for the decoder to report. */
  end(): ListElement[] {
    if (this.ended || !this.started) return [];
    return [{ index: this.index, text: "[" + this.slot.join(""), at: this.slotAt, shift: 0 }];
  }

  private take(text: string): void {
    if (text.length === 0) return;
    this.slotLength += text.length;
    if (this.slotLength > this.maxLength) {
      throw new SplitFailure("input-too-long", `element ${this.index} of the list is longer than ${this.maxLength} characters`, this.slotAt + 1);
    }
    this.slot.push(text);
  }

  private finish(last: boolean): ListElement | undefined {
    const middle = this.slot.join("");
    this.slot = [];
    this.slotLength = 0;
    const index = this.index++;
    if (middle.trim() !== "") return { index, text: "[" + middle + "]", at: this.slotAt, shift: 0 };
    // `[]`, `[ ]`: an empty list. Any other empty slot (`[,`, `,,`, `,]`) is the decoder's to judge, in context.
    if (last && index === 0) return undefined;
    return index === 0
      ? { index, text: "[" + middle + ",{}]", at: this.slotAt, shift: 0 }
      : { index, text: "[{}," + middle + (last ? "]" : ",{}]"), at: this.slotAt, shift: 3 };
  }
}

function indexOrEnd(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at < 0 ? text.length : at;
}
