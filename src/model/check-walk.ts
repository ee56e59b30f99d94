import { Failure, thrownWhileReading, type DecodeErrorCode, type EncodeErrorCode } from "../core/errors.js";
import { setOwn } from "../core/objects.js";
import type { PathSegment } from "../core/path.js";
import { nullEntry } from "./values.js";

// The state of one value-level check (see check-value.ts): where it is in the value, the problems
// found so far, and the containers it is inside.

/** Why a value was refused: the codes decoders give, and `cycle` for a value that contains itself. */
export type ValueIssueCode = Extract<
  DecodeErrorCode | EncodeErrorCode,
  | "type-mismatch"
  | "invalid-enum"
  | "invalid-boolean"
  | "invalid-integer"
  | "invalid-number"
  | "invalid-value"
  | "null-value"
  | "unknown-member"
  | "duplicate-member"
  | "duplicate-key"
  | "depth-limit"
  | "cycle"
>;

/** One problem `checkValue` found. Compatible with Standard Schema's `Issue`. */
export interface ValueIssue {
  /** Why, from a closed set (the decoders' codes). */
  readonly code: ValueIssueCode;
  /** Where: member keys (the JavaScript ones), list indexes and dictionary keys, from the root: `["members", 0, "role"]`. */
  readonly path: readonly PathSegment[];
  /** What is wrong, without the path (`"Boss" is not a SessionMemberRoles (None, Caller, Agent, Transfer)`). */
  readonly message: string;
}

/** Marks a part of the value that was refused (its problems are reported); never a result. */
export const INVALID: unique symbol = Symbol("invalid");

/** Checks one value (never null) of a schema: its decoded form, or {@link INVALID}. */
export type Check = (value: unknown, walk: Walk) => unknown;

/** Where the check is, what it found, and the containers it is inside. */
export class Walk {
  readonly issues: ValueIssue[] = [];
  readonly path: PathSegment[] = [];
  /** The containers being checked, root first: the depth, and what a value inside itself would meet again. */
  private readonly open = new Set<object>();
  constructor(
    readonly strict: boolean,
    private readonly maxDepth: number,
  ) {}

  /** Runs `body` inside a container: within `maxDepth` (the root counting as 1), and refusing a value that contains itself. */
  inside(container: object, body: () => unknown): unknown {
    if (this.open.has(container)) return this.report(new Failure("cycle", "the value contains itself", -1));
    if (this.open.size >= this.maxDepth) return this.report(new Failure("depth-limit", `nesting deeper than ${this.maxDepth} levels`, -1));
    this.open.add(container);
    try {
      return body();
    } finally {
      this.open.delete(container);
    }
  }

  report(failure: Failure): typeof INVALID {
    const path = [...this.path];
    for (let i = failure.reversedPath.length - 1; i >= 0; i--) path.push(failure.reversedPath[i]!);
    this.issues.push({ code: failure.code as ValueIssueCode, path, message: failure.detail });
    return INVALID;
  }

  /** Reports a failure one step down, at `segment`. */
  reportAt(segment: PathSegment, failure: Failure): typeof INVALID {
    return this.report(failure.within(segment));
  }

  /** Checks `value` one step down, at `segment`. */
  at(segment: PathSegment, check: Check, value: unknown): unknown {
    this.path.push(segment);
    try {
      return check(value, this);
    } finally {
      this.path.pop();
    }
  }

  /** Runs a step that may throw a `Failure` (or a user's Proxy anything): reported, not thrown. */
  attempt<T>(step: () => T): T | typeof INVALID {
    try {
      return step();
    } catch (error) {
      return this.report(error instanceof Failure ? error : thrownWhileReading(error));
    }
  }

  /** Reads a member, element or entry of the user's value; what a getter throws is reported at `segment`. */
  read(container: object, segment: PathSegment): unknown {
    try {
      return (container as Record<PathSegment, unknown>)[segment];
    } catch (error) {
      return this.reportAt(segment, thrownWhileReading(error));
    }
  }
}

/**
 * Checks a record's own entries, each with `entry` at its key: a `null` or missing value is
 * `null-value` there. The result is a copy (keys such as `__proto__` own keys), or INVALID.
 */
export function checkEntries(record: Record<string, unknown>, walk: Walk, entry: Check): unknown {
  const keys = walk.attempt(() => Object.keys(record));
  if (keys === INVALID) return INVALID;
  const out: Record<string, unknown> = {};
  let valid = true;
  for (const key of keys) {
    const item = walk.read(record, key);
    const checked = item === null || item === undefined ? walk.reportAt(key, nullEntry()) : item === INVALID ? INVALID : walk.at(key, entry, item);
    if (checked === INVALID) valid = false;
    else setOwn(out, key, checked);
  }
  return valid ? out : INVALID;
}
