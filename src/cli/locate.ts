import type { PathSegment } from "../core/path.js";
import type { Format } from "../formats.js";
import { locateInCsv } from "./locate-csv.js";

// Where a path (`members[1].role`) lies in a document's text, found again after the fact: only a
// mismatch between files pays for it. Scanning follows each format's brackets and quotes, with
// counters rather than recursion; where the text does not hold the path, the deepest place
// found is the answer (an absent member is placed at its object).

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** The offset in `text` of the member or element at `segments` (of its container, when absent). */
export function locatePath(format: Format, text: string, segments: readonly PathSegment[]): number {
  if (format === "csv") return locateInCsv(text, segments);
  return new Scanner(text, format === "json").locate(segments);
}

class Scanner {
  private pos = 0;
  /** JSV written by `Dump()`: a raw value ends at a line break too. */
  private readonly pretty: boolean;

  constructor(
    private readonly text: string,
    private readonly json: boolean,
  ) {
    this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.skipSpace();
    const next = text.charCodeAt(this.pos + 1);
    this.pretty = !json && (next === 0x0a || next === 0x0d);
  }

  locate(segments: readonly PathSegment[]): number {
    let found = this.pos;
    for (const segment of segments) {
      this.skipSpace();
      const opener = this.text.charCodeAt(this.pos);
      const at = typeof segment === "number" ? this.element(opener, segment) : this.member(opener, segment);
      if (at < 0) return found;
      found = at;
    }
    return found;
  }

  /** Moves to element `index` of the list at the cursor; returns where it starts, or -1. */
  private element(opener: number, index: number): number {
    if (opener !== OPEN_BRACKET) return -1;
    this.pos++;
    for (let i = 0; ; i++) {
      this.skipSpace();
      const c = this.text.charCodeAt(this.pos);
      if (c === CLOSE_BRACKET || this.pos >= this.text.length) return -1;
      if (i === index) return this.pos;
      this.skipValue(CLOSE_BRACKET);
      this.skipSpace();
      if (this.text.charCodeAt(this.pos) !== COMMA) return -1;
      this.pos++;
    }
  }

  /** Moves to the value of member `name` (matched ignoring case, as decoders match); returns where its name starts, or -1. */
  private member(opener: number, name: string): number {
    if (opener !== OPEN_BRACE) return -1;
    const wanted = name.toLowerCase();
    this.pos++;
    for (;;) {
      this.skipSpace();
      const start = this.pos;
      const key = this.key();
      if (key === undefined || this.text.charCodeAt(this.pos) !== COLON) return -1;
      this.pos++;
      this.skipSpace();
      if (key === name || key.toLowerCase() === wanted) return start;
      this.skipValue(CLOSE_BRACE);
      this.skipSpace();
      if (this.text.charCodeAt(this.pos) !== COMMA) return -1;
      this.pos++;
    }
  }

  private key(): string | undefined {
    const text = this.text;
    const start = this.pos;
    if (text.charCodeAt(start) === QUOTE) {
      this.skipQuoted();
      const literal = text.slice(start, this.pos);
      if (!this.json) return literal.slice(1, -1).replaceAll('""', '"');
      try {
        return JSON.parse(literal) as string;
      } catch {
        return undefined;
      }
    }
    if (this.json) return undefined;
    while (this.pos < text.length && !isKeyEnd(text.charCodeAt(this.pos))) this.pos++;
    return text.slice(start, this.pos).trim();
  }

  /** Steps over a value: quoted, bracketed (counting brackets outside quotes) or raw. */
  private skipValue(closer: number): void {
    const text = this.text;
    const first = text.charCodeAt(this.pos);
    if (first === QUOTE) return this.skipQuoted();
    if (first === OPEN_BRACE || first === OPEN_BRACKET) {
      let depth = 0;
      while (this.pos < text.length) {
        const c = text.charCodeAt(this.pos);
        if (c === QUOTE) {
          this.skipQuoted();
          continue;
        }
        this.pos++;
        if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
        else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --depth === 0) return;
      }
      return;
    }
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c === COMMA || c === closer || (this.json && (c === CLOSE_BRACE || c === CLOSE_BRACKET || isSpace(c))) || (this.pretty && (c === 0x0a || c === 0x0d))) return;
      this.pos++;
    }
  }

  /** Steps over a quoted string: JSON's escapes with `\`, JSV's doubled `""`. */
  private skipQuoted(): void {
    const text = this.text;
    let pos = this.pos + 1;
    for (;;) {
      const quote = text.indexOf('"', pos);
      if (quote < 0) {
        this.pos = text.length;
        return;
      }
      if (this.json) {
        let backslashes = 0;
        while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
        if (backslashes % 2 === 1) {
          pos = quote + 1;
          continue;
        }
      } else if (text.charCodeAt(quote + 1) === QUOTE) {
        pos = quote + 2;
        continue;
      }
      this.pos = quote + 1;
      return;
    }
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && isSpace(this.text.charCodeAt(this.pos))) this.pos++;
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function isKeyEnd(c: number): boolean {
  return c === COLON || c === COMMA || c === OPEN_BRACE || c === CLOSE_BRACE;
}
