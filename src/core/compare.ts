import { formatPath, type PathSegment } from "./path.js";

/**
 * Where two decoded values first differ (`members[0].role`; `""` at the root), or `undefined`
 * when they are equal. Member order does not matter; a member present in one and absent in
 * the other is a difference.
 */
export function firstDifference(a: unknown, b: unknown): string | undefined {
  const path = firstDifferenceAt(a, b);
  return path === undefined ? undefined : formatPath(path);
}

/** {@link firstDifference} as path segments (`["members", 0, "role"]`), for callers that look the place up. */
export function firstDifferenceAt(a: unknown, b: unknown): PathSegment[] | undefined {
  const path: PathSegment[] = [];
  return differs(a, b, path) ? path : undefined;
}

function differs(a: unknown, b: unknown, path: PathSegment[]): boolean {
  if (a === b) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      path.push(i);
      if (i >= a.length || i >= b.length || differs(a[i], b[i], path)) return true;
      path.pop();
    }
    return false;
  }
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      path.push(key);
      if (!Object.hasOwn(a, key) || !Object.hasOwn(b, key) || differs(a[key], b[key], path)) return true;
      path.pop();
    }
    return false;
  }
  return true;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
