import { describeChar } from "../core/chars.js";
import { TextCursor } from "../core/cursor.js";

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * A cursor over JSON text (RFC 8259): white space, strings, numbers, literals. The schema-directed
 * readers in `readers.ts` drive it; nothing here allocates except the strings it returns.
 */
export class JsonReader extends TextCursor {
  /** Skips white space and returns the next character code, or -1 at the end. */
  peek(): number {
    const text = this.text;
    let pos = this.pos;
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
      pos++;
    }
    this.pos = pos;
    return pos < text.length ? text.charCodeAt(pos) : -1;
  }

  /** Consumes `code` (after white space) or fails naming what was expected. */
  expect(code: number, what: string): void {
    const c = this.peek();
    if (c !== code) this.unexpected(what);
    this.pos++;
  }

  /** Reads a string literal starting at the opening quote; unescaped runs are copied whole. */
  readString(): string {
    const text = this.text;
    let pos = this.pos + 1;
    let runStart = pos;
    let out = "";
    for (;;) {
      if (pos >= text.length) this.fail("unexpected-end", "the text ends inside a string", pos);
      const c = text.charCodeAt(pos);
      if (c === QUOTE) {
        this.pos = pos + 1;
        return out + text.slice(runStart, pos);
      }
      if (c === BACKSLASH) {
        out += text.slice(runStart, pos);
        const [decoded, next] = this.readEscape(pos);
        out += decoded;
        pos = next;
        runStart = pos;
        continue;
      }
      if (c < 0x20) this.fail("syntax", `${describeChar(c)} must be escaped inside a string`, pos);
      pos++;
    }
  }

  private readEscape(at: number): [string, number] {
    const text = this.text;
    if (at + 1 >= text.length) this.fail("unexpected-end", "the text ends inside an escape sequence", at + 1);
    const c = text.charCodeAt(at + 1);
    switch (c) {
      case QUOTE:
        return ['"', at + 2];
      case BACKSLASH:
        return ["\\", at + 2];
      case 0x2f:
        return ["/", at + 2];
      case 0x62:
        return ["\b", at + 2];
      case 0x66:
        return ["\f", at + 2];
      case 0x6e:
        return ["\n", at + 2];
      case 0x72:
        return ["\r", at + 2];
      case 0x74:
        return ["\t", at + 2];
      case 0x75: {
        let code = 0;
        for (let i = at + 2; i < at + 6; i++) {
          if (i >= text.length) this.fail("unexpected-end", "the text ends inside a \\u escape", i);
          const digit = hexValue(text.charCodeAt(i));
          if (digit < 0) this.fail("syntax", "a \\u escape needs four hexadecimal digits", i);
          code = code * 16 + digit;
        }
        // Lone surrogates are kept: a JavaScript string can hold them, and the reference writes them raw.
        return [String.fromCharCode(code), at + 6];
      }
      default:
        return this.fail("syntax", `\\${String.fromCharCode(c)} is not a JSON escape`, at);
    }
  }

  /** Scans a number per RFC 8259 and returns its end; `pos` is left at the start. */
  scanNumber(): number {
    const text = this.text;
    let pos = this.pos;
    if (text.charCodeAt(pos) === 0x2d) pos++;
    const first = text.charCodeAt(pos);
    if (first === 0x30) pos++;
    else if (first >= 0x31 && first <= 0x39) pos = this.digits(pos);
    else this.failNumber(pos);
    if (text.charCodeAt(pos) === 0x2e) {
      if (!isDigit(text.charCodeAt(pos + 1))) this.failNumber(pos + 1);
      pos = this.digits(pos + 1);
    }
    const e = text.charCodeAt(pos);
    if (e === 0x65 || e === 0x45) {
      pos++;
      const sign = text.charCodeAt(pos);
      if (sign === 0x2b || sign === 0x2d) pos++;
      if (!isDigit(text.charCodeAt(pos))) this.failNumber(pos);
      pos = this.digits(pos);
    }
    return pos;
  }

  private digits(pos: number): number {
    while (isDigit(this.text.charCodeAt(pos))) pos++;
    return pos;
  }

  private failNumber(pos: number): never {
    if (pos >= this.text.length) this.fail("unexpected-end", "the text ends inside a number", pos);
    this.fail("syntax", `unexpected ${describeChar(this.text.charCodeAt(pos))} in a number`, pos);
  }

  /** Consumes `true`, `false` or `null` exactly, or fails. */
  literal(word: string): void {
    const text = this.text;
    for (let i = 0; i < word.length; i++) {
      const at = this.pos + i;
      if (at >= text.length) this.fail("unexpected-end", `the text ends inside ${word}`, at);
      if (text.charCodeAt(at) !== word.charCodeAt(i)) this.fail("syntax", `unexpected ${describeChar(text.charCodeAt(at))}`, at);
    }
    this.pos += word.length;
  }
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

