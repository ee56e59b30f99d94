import { FORMAT_NAMES, FORMATS, type Format } from "../formats.js";
import { parseMediaRanges, weightOf, type MediaRange } from "./media-type.js";

/** The format a wildcard means when nothing names one: ServiceStack's defaults. */
const WILDCARD_DEFAULTS: Readonly<Record<string, Format>> = { "*/*": "json", "application/*": "json", "text/*": "jsv" };

/** How a format is reached from an `Accept` header: its weight, and how it was named. */
interface Match {
  readonly format: Format;
  readonly q: number;
  /** 2 for its own media type, 1 for `type/*`, 0 for `*\/*`. */
  readonly specificity: number;
  /** The position of the range that named it exactly; wildcards come after every exact one. */
  readonly order: number;
  /** 0 when a wildcard reached it as its default (`*\/*` is JSON, `text/*` JSV), 1 otherwise. */
  readonly defaultRank: number;
}

/**
 * The best format an `Accept` header allows, or undefined when it allows none. Each format takes
 * the weight of the most specific range that matches it (its media type, then `type/*`, then
 * `*\/*`), so `*\/*, text/csv;q=0` excludes CSV; a range with an invalid q-value is ignored. The
 * highest weight wins; then a format named outright, earliest first; then a wildcard's default.
 */
export function formatFromAccept(accept: string): Format | undefined {
  const ranges = parseMediaRanges(accept).flatMap((range, order) => {
    const q = weightOf(range);
    return q === undefined ? [] : [{ range, q, order }];
  });
  let best: Match | undefined;
  for (const format of FORMAT_NAMES) {
    const match = matchOf(format, ranges);
    if (match && match.q > 0 && (!best || better(match, best))) best = match;
  }
  return best?.format;
}

function matchOf(format: Format, ranges: readonly { range: MediaRange; q: number; order: number }[]): Match | undefined {
  const types = FORMATS[format].mediaTypes as readonly string[];
  let found: Match | undefined;
  for (const { range, q, order } of ranges) {
    const specificity = types.includes(range.type) ? 2 : types.some((type) => range.type === `${type.split("/")[0]}/*`) ? 1 : range.type === "*/*" ? 0 : -1;
    if (specificity < 0 || (found && found.specificity >= specificity)) continue;
    found = {
      format,
      q,
      specificity,
      order: specificity === 2 ? order : Infinity,
      defaultRank: specificity < 2 && WILDCARD_DEFAULTS[range.type] === format ? 0 : 1,
    };
  }
  return found;
}

function better(a: Match, b: Match): boolean {
  if (a.q !== b.q) return a.q > b.q;
  if (a.order !== b.order) return a.order < b.order;
  return a.defaultRank < b.defaultRank;
}
