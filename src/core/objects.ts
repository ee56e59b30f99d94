/**
 * Sets an own property even when the key is `__proto__`, which plain assignment would turn
 * into a prototype change: dictionary keys come from untrusted text.
 */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") {
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    target[key] = value;
  }
}


export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Map) return "a Map";
  if (value instanceof Date) return "a Date";
  if (typeof value === "string") return `the string ${quoteText(value, 40)}`;
  if (value instanceof Uint8Array) return "bytes";
  if (typeof value === "object") return "an object";
  if (value === undefined) return "undefined";
  if (typeof value === "function") return "a function";
  if (typeof value === "symbol") return "a symbol";
  if (typeof value === "bigint") return `the bigint ${value}n`;
  return `${typeof value} ${String(value)}`;
}

/** The most characters of a user's text a message quotes: a 50 MB value must not make a 50 MB message. */
export const QUOTE_LIMIT = 80;

/** `text` as a message quotes it: in JSON quotes, cut to {@link QUOTE_LIMIT} characters with `…` after. */
export function quoteText(text: string, limit = QUOTE_LIMIT): string {
  return text.length > limit ? JSON.stringify(text.slice(0, limit)) + "…" : JSON.stringify(text);
}
