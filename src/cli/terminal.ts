/**
 * Text from a repository (a file's name, a header, a message quoting a value) as a terminal may
 * show it: every C0 control (the line feed too: each field is one line), DEL and ESC as `\x1b`,
 * every C1 control (U+0080 to U+009F, of which U+009B starts a CSI sequence like ESC [) and the
 * characters that reorder or break lines (bidi controls, U+2028, U+2029) as `\u009b`. A terminal
 * then acts on none of them, whether or not it is one: logs end up in terminals too.
 */
export function printable(text: string): string {
  let out = "";
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    let shown: string | undefined;
    if (c < 0x20 || c === 0x7f) shown = `\\x${hex(c, 2)}`;
    else if ((c >= 0x80 && c <= 0x9f) || isLayoutControl(c)) shown = `\\u${hex(c, 4)}`;
    if (shown === undefined) continue;
    out += text.slice(runStart, i) + shown;
    runStart = i + 1;
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}

/** Marks and embeddings that reorder text (Trojan Source), and the Unicode line breaks. */
function isLayoutControl(c: number): boolean {
  return c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x2028 || c === 0x2029 || c === 0x061c;
}

function hex(c: number, digits: number): string {
  return c.toString(16).padStart(digits, "0");
}

/**
 * An excerpt (a line, then a caret under a column) made printable line by line. The library's
 * excerpts already show controls as one character, so the caret stays aligned.
 */
export function printableExcerpt(excerpt: string): string {
  return excerpt.split("\n").map(printable).join("\n");
}

/**
 * JSON text (from `JSON.stringify`, which escapes C0 controls already) with DEL, the C1
 * controls and the layout controls escaped as `\u007f`: the same JSON, safe to print.
 */
export function escapeJsonControls(json: string): string {
  let out = "";
  let runStart = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c < 0x7f || (c > 0x9f && !isLayoutControl(c))) continue;
    out += json.slice(runStart, i) + `\\u${hex(c, 4)}`;
    runStart = i + 1;
  }
  return runStart === 0 ? json : out + json.slice(runStart);
}
