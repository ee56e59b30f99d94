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
  let first = s.indexOf('"', from);
  if (first < 0) return '"' + s + '"';
  let out = '"';
  let runStart = 0;
  while (first >= 0) {
    out += s.slice(runStart, first + 1) + '"';
    runStart = first + 1;
    first = s.indexOf('"', runStart);
  }
  return out + s.slice(runStart) + '"';
}
