import { codeAt } from "../core/chars.js";
import { rewriteInWindows } from "../core/long-text.js";

/** 1 for the nine characters that make the reference quote a JSV string: `" : , { } [ ]` CR LF (CSV writes JSV already escaped with it too). */
export const QUOTE_TRIGGER = new Uint8Array(128);
for (const c of '":,{}[]\r\n') QUOTE_TRIGGER[c.charCodeAt(0)] = 1;

/**
 * A string as the reference writes it in JSV: `""` when empty; in quotes with every `"`
 * doubled when it holds one of `" : , { } [ ]` CR LF; verbatim otherwise (spaces, tabs,
 * `true`, `123` and `null` included).
 */
export function jsvString(s: string): string {
  const length = s.length;
  if (length === 0) return '""';
  for (let i = 0; i < length; i++) {
    const c = codeAt(s, i);
    if (c < 128 && QUOTE_TRIGGER[c] === 1) return quote(s, i);
  }
  return s;
}

function quote(s: string, from: number): string {
  return s.indexOf('"', from) < 0 ? '"' + s + '"' : '"' + doubleQuotes(s) + '"';
}

/** `s` with every `"` doubled, in memory linear in its length. */
export function doubleQuotes(s: string): string {
  return rewriteInWindows(s, doubleQuotesIn);
}

function doubleQuotesIn(s: string, from: number, to: number): string {
  let out = "";
  let runStart = from;
  for (let at = s.indexOf('"', from); at >= 0 && at < to; at = s.indexOf('"', runStart)) {
    out += s.slice(runStart, at + 1) + '"';
    runStart = at + 1;
  }
  return out + s.slice(runStart, to);
}
