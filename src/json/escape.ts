import { codeAt } from "../core/chars.js";
import { rewriteInWindows } from "../core/long-text.js";

/**
 * The reference's JSON string escaping (ServiceStack `JsonUtils.WriteString`): `\" \\ \b \f \n \r \t`,
 * every other control character and U+007F–U+009F as upper-case `\uXXXX`, everything else raw
 * (`/`, U+2028, non-ASCII and lone surrogates included).
 */
const ESCAPE: readonly (string | undefined)[] = /* @__PURE__ */ escapeTable();

function escapeTable(): (string | undefined)[] {
  const table: (string | undefined)[] = [];
  for (let c = 0; c < 0xa0; c++) {
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) table[c] = "\\u" + c.toString(16).toUpperCase().padStart(4, "0");
  }
  table[0x22] = '\\"';
  table[0x5c] = "\\\\";
  table[0x08] = "\\b";
  table[0x0c] = "\\f";
  table[0x0a] = "\\n";
  table[0x0d] = "\\r";
  table[0x09] = "\\t";
  return table;
}

/** 1 where a character below U+00A0 needs an escape: a byte table is the cheapest test per character. */
const NEEDS_ESCAPE = /* @__PURE__ */ Uint8Array.from({ length: 0xa0 }, (_, c) => (ESCAPE[c] === undefined ? 0 : 1));

/** `s` as a JSON string literal, byte-identical to the reference's; copies unescaped runs whole. */
export function quoteJsonString(s: string): string {
  return '"' + jsonStringBody(s) + '"';
}

/** The text of `s` between a JSON string's quotes: `s` itself when nothing needs an escape. */
export function jsonStringBody(s: string): string {
  const length = s.length;
  let i = 0;
  for (; i < length; i++) {
    const c = codeAt(s, i);
    if (c < 0xa0 && NEEDS_ESCAPE[c] === 1) break;
  }
  return i === length ? s : rewriteInWindows(s, escapeRange);
}

/** The escaped text of `s.slice(from, to)`: unescaped runs copied whole. */
function escapeRange(s: string, from: number, to: number): string {
  let out = "";
  let runStart = from;
  for (let i = from; i < to; i++) {
    const c = codeAt(s, i);
    if (c < 0xa0 && NEEDS_ESCAPE[c] === 1) {
      out += s.slice(runStart, i);
      out += ESCAPE[c]!;
      runStart = i + 1;
    }
  }
  return out + s.slice(runStart, to);
}
