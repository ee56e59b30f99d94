// Media types as HTTP headers spell them (RFC 9110 §8.3.1, §12.5.1): `type/subtype`, then
// `; name=value` parameters whose value is a token or a quoted string, which may hold `,` and `;`.

/** One media type or range: `type/subtype` in lower case, and its parameters (names in lower case). */
export interface MediaRange {
  readonly type: string;
  readonly parameters: ReadonlyMap<string, string>;
}

const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

// A short anchored check of one token pair; the scanning is done by character codes below.
const TYPE_SUBTYPE = /^[\w!#$%&'*+.^`|~-]+\/[\w!#$%&'*+.^`|~-]+$/;

/**
 * The media ranges of a comma-separated list (an `Accept` header), in order. A malformed range (a
 * bad type, a parameter without `=`, an unterminated quoted string) is left out, not guessed at.
 */
export function parseMediaRanges(header: string): MediaRange[] {
  const ranges: MediaRange[] = [];
  for (let pos = 0; pos <= header.length; ) {
    const { range, end } = readRange(header, pos);
    if (range) ranges.push(range);
    pos = end + 1;
  }
  return ranges;
}

/** One media type (a `Content-Type` header), or undefined when it is malformed or is more than one. */
export function parseMediaType(header: string): MediaRange | undefined {
  const { range, end } = readRange(header, 0);
  return end >= header.length ? range : undefined;
}

/** Reads a range from `pos` to the next comma outside quotes; `end` is that comma, or the end of the text. */
function readRange(text: string, pos: number): { range: MediaRange | undefined; end: number } {
  let i = skipTo(text, pos);
  const type = text.slice(pos, i).trim().toLowerCase();
  let valid = TYPE_SUBTYPE.test(type);
  const parameters = new Map<string, string>();
  while (i < text.length && text.charCodeAt(i) === SEMICOLON) {
    const nameStart = ++i;
    while (i < text.length && !isDelimiter(text.charCodeAt(i)) && text.charCodeAt(i) !== EQUALS) i++;
    const name = text.slice(nameStart, i).trim().toLowerCase();
    if (text.charCodeAt(i) !== EQUALS) {
      // `text/csv;` or `;;`: an empty parameter is allowed, a name alone is not.
      if (name !== "") valid = false;
      continue;
    }
    i++;
    let value: string;
    if (text.charCodeAt(i) === QUOTE) {
      const quoted = readQuoted(text, i);
      if (quoted === undefined) return { range: undefined, end: text.length };
      [value, i] = quoted;
      const after = skipTo(text, i);
      if (text.slice(i, after).trim() !== "") valid = false;
      i = after;
    } else {
      const end = skipTo(text, i);
      value = text.slice(i, end).trim();
      i = end;
    }
    if (name === "" || value === "") valid = false;
    else if (!parameters.has(name)) parameters.set(name, value);
  }
  return { range: valid ? { type, parameters } : undefined, end: i };
}

function isDelimiter(c: number): boolean {
  return c === COMMA || c === SEMICOLON;
}

/** The next `,` or `;` from `pos`, or the end of the text. */
function skipTo(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && !isDelimiter(text.charCodeAt(i))) i++;
  return i;
}

/** A quoted string starting at its opening quote: its value (escapes undone) and the position after it. */
function readQuoted(text: string, open: number): [string, number] | undefined {
  let out = "";
  let runStart = open + 1;
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) return [out + text.slice(runStart, i), i + 1];
    if (c === BACKSLASH) {
      out += text.slice(runStart, i);
      runStart = ++i;
    }
  }
  return undefined;
}

/** A q-value (RFC 9110 §12.4.2): 0 to 1 with at most three decimals; anything else is not one. */
const Q_VALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/** The weight of a range: its `q` parameter, 1 without one, undefined when the `q` is invalid. */
export function weightOf(range: MediaRange): number | undefined {
  const q = range.parameters.get("q");
  if (q === undefined) return 1;
  return Q_VALUE.test(q) ? Number(q) : undefined;
}
