import { codeAt } from "../core/chars.js";
import { rewriteInWindows } from "../core/long-text.js";

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
  const at = quoteTriggerAt(s);
  if (at < 0) return s;
  return s.indexOf('"', at) < 0 ? '"' + s + '"' : '"' + doubleQuotes(s) + '"';
}

/** Where `s` first holds a character that makes JSV quote it, or -1 when it holds none. */
export function quoteTriggerAt(s: string): number {
  const length = s.length;
  for (let i = 0; i < length; i++) {
    const c = codeAt(s, i);
    if (c < 128 && QUOTE_TRIGGER[c] === 1) return i;
  }
  return -1;
}

/** `s` with every `"` doubled, in memory linear in its length. */
export function doubleQuotes(s: string): string {
  return rewriteInWindows(s, doubledIn);
}

/** A rewriter for `rewriteInWindows` that writes every `"` of its range as `by`, copying the runs between whole. */
export function quotesWrittenAs(by: string): (s: string, from: number, to: number) => string {
  return (s, from, to) => {
    let out = "";
    let runStart = from;
    for (let at = s.indexOf('"', from); at >= 0 && at < to; at = s.indexOf('"', runStart)) {
      out += s.slice(runStart, at);
      out += by;
      runStart = at + 1;
    }
    return out + s.slice(runStart, to);
  };
}

const doubledIn = /* @__PURE__ */ quotesWrittenAs('""');
