import { StringBuilder } from "../core/string-builder.js";

/** 1 for the nine characters that make the reference quote a JSV string: `" : , { } [ ]` CR LF. */
const QUOTE_TRIGGER = new Uint8Array(128);
for (const c of '":,{}[]\r\n') QUOTE_TRIGGER[c.charCodeAt(0)] = 1;

/**
 * A string as the reference writes it in JSV: `""` when empty; in quotes with every `"`
 * doubled when it holds one of `" : , { } [ ]` CR LF; verbatim otherwise (spaces, tabs,
 * `true`, `123` and `null` included).
 */
export function jsvString(s: string): string {
  if (s.length === 0) return '""';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128 && QUOTE_TRIGGER[c] === 1) return quote(s, i);
  }
  return s;
}

function quote(s: string, from: number): string {
  const first = s.indexOf('"', from);
  return first < 0 ? '"' + s + '"' : '"' + doubleQuotes(s, first) + '"';
}

/** `s` with every `"` doubled, the first at `first`; built in memory linear in its length. */
export function doubleQuotes(s: string, first: number): string {
  const out = new StringBuilder();
  let runStart = 0;
  for (let at = first; at >= 0; at = s.indexOf('"', runStart)) {
    out.add(s.slice(runStart, at + 1));
    out.add('"');
    runStart = at + 1;
  }
  out.add(s.slice(runStart));
  return out.text();
}
