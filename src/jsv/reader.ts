import { codeAt, describeChar } from "../core/chars.js";
import { TextCursor } from "../core/cursor.js";
import { Failure } from "../core/errors.js";

export const QUOTE = 0x22;
export const COMMA = 0x2c;
export const COLON = 0x3a;
export const OPEN_BRACE = 0x7b;
export const CLOSE_BRACE = 0x7d;
export const OPEN_BRACKET = 0x5b;
export const CLOSE_BRACKET = 0x5d;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;

/**
 * A cursor over JSV text. Compact JSV has no white space between tokens, and its values keep
 * theirs; pretty JSV (the reference's `Dump()`, or ours) adds line breaks and TABs, which
 * `skipLayout` steps over, and ends unquoted values at a line break too.
 */
export class JsvReader extends TextCursor {
  constructor(
    text: string,
    readonly pretty: boolean,
    maxDepth: number,
    strict: boolean,
    /** Pretty JSV indents one TAB per level; the API page's sample lost its indentation (0). */
    readonly tabsPerLevel = 1,
  ) {
    super(text, maxDepth, strict);
  }

  /** The character code at the cursor, or -1 at the end. */
  peek(): number {
    return this.pos < this.text.length ? codeAt(this.text, this.pos) : -1;
  }

  /**
   * Pretty JSV only: steps over line breaks and the indentation of the current depth, one TAB a
   * level, or none where the indentation was lost (the API page's sample). Counting the TABs,
   * rather than skipping them all, keeps a key or element that starts with a TAB exact.
   */
  skipLayout(): void {
    if (!this.pretty) return;
    const text = this.text;
    const indentation = this.depth * this.tabsPerLevel;
    let pos = this.pos;
    for (;;) {
      let c = text.charCodeAt(pos);
      if (c !== LF && c !== CR) break;
      while (c === LF || c === CR) c = text.charCodeAt(++pos);
      for (let tabs = 0; tabs < indentation && c === TAB; tabs++) c = text.charCodeAt(++pos);
    }
    this.pos = pos;
  }

  /** Steps over any white space: around the root, and before an object in a list (`, {`). */
  skipWhitespace(): void {
    const text = this.text;
    let pos = this.pos;
    while (pos < text.length) {
      const c = codeAt(text, pos);
      if (c !== SPACE && c !== LF && c !== CR && c !== TAB) break;
      pos++;
    }
    this.pos = pos;
  }

  /** True at a character that ends an unquoted value in a container closed by `closer`. */
  endsValue(c: number, closer: number): boolean {
    return c === COMMA || c === closer || c === -1 || (this.pretty && (c === LF || c === CR));
  }

  /** Reads a quoted string at the cursor: `""` inside stands for one `"`; copies runs whole. */
  readQuoted(): string {
    const text = this.text;
    const start = this.pos;
    let runStart = start + 1;
    let out = "";
    for (;;) {
      const quote = text.indexOf('"', runStart);
      if (quote < 0) this.fail("unexpected-end", "the text ends inside a quoted string", text.length);
      if (codeAt(text, quote + 1) === QUOTE) {
        out += text.slice(runStart, quote + 1);
        runStart = quote + 2;
        continue;
      }
      this.pos = quote + 1;
      return out + text.slice(runStart, quote);
    }
  }

  /** After a quoted value, only the end of the value may follow. */
  endQuoted(closer: number): void {
    const c = this.peek();
    if (!this.endsValue(c, closer) || (c === -1 && closer !== -1)) {
      if (c === -1) this.unexpected(`"," or "${String.fromCharCode(closer)}"`);
      this.fail("syntax", `unexpected ${describeChar(c)} after a quoted string`);
    }
  }

  /**
   * Reads a scalar's text up to the end of its value: quoted (and unquoted), or raw. Returns
   * `undefined` for an empty raw value, which the reference reads as null. A raw value that
   * starts with `{` or `[` runs to its matching bracket, as the reference reads it.
   */
  readScalar(closer: number): string | undefined {
    const text = this.text;
    const start = this.pos;
    const first = this.peek();
    if (first === QUOTE) {
      const value = this.readQuoted();
      this.endQuoted(closer);
      return value;
    }
    if (first === OPEN_BRACE || first === OPEN_BRACKET) {
      this.pos = this.scanBalanced(start);
      return text.slice(start, this.pos);
    }
    let pos = start;
    const end = text.length;
    if (this.pretty) {
      while (pos < end && !this.endsValue(codeAt(text, pos), closer)) pos++;
    } else {
      // Compact JSV: only a comma or the closer ends an unquoted value (the hot loop of every decoder).
      for (let c = 0; pos < end && (c = codeAt(text, pos)) !== COMMA && c !== closer; ) pos++;
    }
    this.pos = pos;
    return pos === start ? undefined : text.slice(start, pos);
  }

  /** Steps over a value of any shape, as the reference's tokenizer would (for unknown members). */
  skipValue(closer: number): void {
    const first = this.peek();
    if (first === OPEN_BRACE || first === OPEN_BRACKET) this.pos = this.scanBalanced(this.pos);
    else this.readScalar(closer);
  }

  /**
   * The end of the `{…}` or `[…]` starting at `start`: brackets are counted outside quoted
   * strings. Iterative, and bounded by `maxDepth`.
   */
  scanBalanced(start: number): number {
    const text = this.text;
    let depth = 0;
    let inQuotes = false;
    for (let pos = start; pos < text.length; pos++) {
      const c = codeAt(text, pos);
      if (c === QUOTE) {
        inQuotes = !inQuotes;
      } else if (!inQuotes) {
        if (c === OPEN_BRACE || c === OPEN_BRACKET) {
          if (this.depth + ++depth > this.maxDepth) this.fail("depth-limit", `nesting deeper than ${this.maxDepth} levels`, pos);
        } else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --depth === 0) {
          return pos + 1;
        }
      }
    }
    return this.fail("unexpected-end", "the text ends inside a nested value", text.length);
  }

  /** Reads a member name or dictionary key up to its `:`; the cursor is left on the colon. */
  readKey(what: string): string {
    const text = this.text;
    if (this.peek() === QUOTE) {
      const key = this.readQuoted();
      if (this.peek() !== COLON) this.unexpected(`":" after ${what}`);
      return key;
    }
    const start = this.pos;
    let pos = start;
    for (; pos < text.length; pos++) {
      const c = codeAt(text, pos);
      if (c === COLON) break;
      if (c === COMMA || c === CLOSE_BRACE || c === OPEN_BRACE || ((c === LF || c === CR) && this.pretty)) {
        this.pos = pos;
        this.unexpected(`":" after ${what}`);
      }
    }
    this.pos = pos;
    if (pos >= text.length) this.unexpected(`":" after ${what}`);
    return text.slice(start, pos);
  }

  /** Steps over `:`; pretty JSV puts one space after it, and a line break before a container. */
  readColon(): void {
    this.pos++;
    if (this.pretty) {
      if (this.peek() === SPACE) this.pos++;
      const c = this.peek();
      if (c === LF || c === CR) this.skipLayout();
    }
  }

  /** After a member or element: `,` (then layout) or the closing bracket. Returns true at the end. */
  next(closer: number): boolean {
    const c = this.peek();
    if (c === COMMA) {
      this.pos++;
      this.skipLayout();
      if (this.peek() === closer) this.fail("syntax", `a "," must be followed by another ${closer === CLOSE_BRACKET ? "element" : "member"}`);
      return false;
    }
    this.skipLayout();
    if (this.peek() === closer) {
      this.pos++;
      return true;
    }
    return this.unexpected(`"," or "${String.fromCharCode(closer)}"`);
  }
}


/** ASCII white space around a member name, which the reference trims. */
export function trimName(name: string): string {
  let start = 0;
  let end = name.length;
  while (start < end && isSpace(name.charCodeAt(start))) start++;
  while (end > start && isSpace(name.charCodeAt(end - 1))) end--;
  return start === 0 && end === name.length ? name : name.slice(start, end);
}

function isSpace(c: number): boolean {
  return c === SPACE || c === TAB || c === LF || c === CR;
}

/**
 * Fails with `depth-limit` where brackets outside quoted strings nest deeper than `maxDepth`: in
 * the rest of the text, or with `oneValue` only in the container that starts at `start`.
 * Decoders run it before reporting a schema error, so a deeply nested attack is reported as
 * such even where the schema wanted something else at the root.
 */
export function checkJsvNesting(text: string, start: number, maxDepth: number, outerDepth = 0, oneValue = false): void {
  let depth = outerDepth;
  let inQuotes = false;
  for (let pos = start; pos < text.length; pos++) {
    const c = text.charCodeAt(pos);
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > maxDepth) throw new Failure("depth-limit", `nesting deeper than ${maxDepth} levels`, pos);
    } else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && depth > 0) {
      // `oneValue`: the container that starts at `start` has closed.
      if (--depth === outerDepth && oneValue) return;
    }
  }
}
