import { quoteText } from "../core/objects.js";
import { isWellFormed } from "../core/chars.js";

// Building requests from arguments a caller passes: every problem is a `TypeError` naming the
// argument, before anything is sent.

/**
 * The URL of `route` under `baseUrl`, each `{placeholder}` filled with its value URL-encoded.
 * The route joins the base's path (its trailing slashes dropped) and the base's query is kept; a
 * base with a fragment is refused, since a fragment is never sent and would swallow the route.
 * `values` maps each placeholder to the request member that fills it, for the messages. A
 * `{rest*}` placeholder takes a value of several segments, each encoded and checked.
 */
export function routeUrl(baseUrl: unknown, route: string, values: Readonly<Record<string, readonly [member: string, value: unknown]>>): URL {
  if (typeof baseUrl !== "string") throw new TypeError("options.baseUrl must be a string, such as \"https://evovoice.io\"");
  if (baseUrl.includes("#")) throw new TypeError(`options.baseUrl must not have a fragment: ${quoteText(baseUrl)}`);
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(`options.baseUrl is not an absolute URL: ${quoteText(baseUrl)}`);
  }
  let path = route;
  for (const [placeholder, [member, value]] of Object.entries(values)) {
    // `{path*}` takes the rest of the path: each of its segments is checked and encoded.
    let segment = pathSegment(member, value);
    if (placeholder.endsWith("*")) segment = (value as string).split("/").map((part) => pathSegment(member, part)).join("/");
    path = path.replace(`{${placeholder}}`, () => segment);
  }
  let base = url.pathname;
  while (base.endsWith("/")) base = base.slice(0, -1);
  url.pathname = base + path;
  return url;
}

/** A path segment: a non-empty string a URL can carry, not `.` or `..` (which a URL reads as a move), URL-encoded. */
function pathSegment(member: string, value: unknown): string {
  if (typeof value !== "string" || value === "") throw new TypeError(`the request needs a ${member} (a non-empty string)`);
  if (!isWellFormed(value)) throw new TypeError(`${member} holds a lone surrogate, which a URL cannot carry`);
  if (value === "." || value === "..") throw new TypeError(`${member} ${JSON.stringify(value)} cannot be sent as a path segment`);
  return encodeURIComponent(value);
}

// A header name is a token (RFC 9110 §5.1); a value holds no control character but TAB.
const HEADER_NAME = /^[\w!#$%&'*+.^`|~-]+$/;

/**
 * Request headers: `base`, then the caller's `extra`, which replace those of the same name in
 * any letter case (so `{ accept }` replaces `Accept`, never sits beside it). A name given twice
 * in `extra`, a name that is not a token, or a value with a line break is a `TypeError`.
 */
export function requestHeaders(base: Readonly<Record<string, string>>, extra: Readonly<Record<string, string>> | undefined): Record<string, string> {
  if (extra !== undefined && (typeof extra !== "object" || extra === null)) throw new TypeError("options.headers must be an object of header names and values");
  const out: Record<string, string> = { ...base };
  const names = new Map(Object.keys(base).map((name) => [name.toLowerCase(), name]));
  const given = new Set<string>();
  for (const [name, value] of Object.entries(extra ?? {})) {
    const folded = name.toLowerCase();
    if (!HEADER_NAME.test(name)) throw new TypeError(`options.headers: ${quoteText(name)} is not a header name`);
    if (given.has(folded)) throw new TypeError(`options.headers names ${name} twice (header names ignore letter case)`);
    if (typeof value !== "string" || hasControl(value)) throw new TypeError(`options.headers: the value of ${name} must be a string without line breaks or other control characters`);
    given.add(folded);
    const existing = names.get(folded);
    if (existing !== undefined) delete out[existing];
    out[name] = value;
    names.set(folded, name);
  }
  return out;
}

function hasControl(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09) || c === 0x7f) return true;
  }
  return false;
}
