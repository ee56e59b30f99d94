import { categoryOf, Failure, rethrowWithin, type DecodeErrorCode } from "../core/errors.js";
import type { TextCursor } from "../core/cursor.js";
import type { PathSegment } from "../core/path.js";
import { claimMember, memberNamed } from "./decode-members.js";
import type { FieldPlan, ObjectPlan } from "./plan.js";

// The collecting mode every decoder shares (`check`): a schema-level problem (a wrong enum, a
// wrong type, an unknown member when strict, a null element, a member given twice…) is recorded
// with its whole path and decoding goes on past the value that has it; a syntax or limit error
// still ends the text. A decoder's member, element and entry loops hand each value to
// `ProblemLog.read` when a log is set; with none (`decode`), they run as before.

/** Stands where a value with a problem would have been, so its container goes on; never a result. */
export const PROBLEM: unique symbol = Symbol("a value with a problem");

/** Whether decoding can go on past `error`: a schema-level failure, not syntax, a limit or a fault. */
export function isRecoverable(error: unknown): error is Failure {
  return error instanceof Failure && categoryOf(error.code as DecodeErrorCode) === "schema";
}

const sameOffset = (offset: number): number => offset;

/** The problems one collecting read has found, in the order of the text, and where it is. */
export class ProblemLog {
  /** The problems kept (at most `maxProblems`), each with its whole path. */
  readonly failures: Failure[] = [];
  /** Problems found past `maxProblems`: counted, not kept. */
  more = 0;
  /**
   * How many schema-level problems were met, kept or counted: a decoder that checks a text's syntax
   * before it reports a schema error does so here too, so that what ends the text is what `decode` reports.
   */
  met = 0;
  /** Maps an offset in the text being read to the whole text (a CSV cell's JSV, inside its table). */
  toText: (offset: number) => number = sameOffset;
  /** The segments of the containers around the value being read, root first. */
  private readonly path: PathSegment[] = [];

  constructor(readonly maxProblems: number) {}

  /** Goes into the value at `segment`; returns the mark {@link leave} takes to come back out. */
  enter(segment: PathSegment): number {
    this.path.push(segment);
    return this.path.length - 1;
  }

  /** Comes back out to where {@link enter} returned `mark`, whatever was entered since. */
  leave(mark: number): void {
    this.path.length = mark;
  }

  /** Records a schema-level problem found here: its path is completed with the containers around it. */
  record(failure: Failure): void {
    this.met++;
    if (this.failures.length >= this.maxProblems) {
      this.more++;
      return;
    }
    for (let i = this.path.length - 1; i >= 0; i--) failure.reversedPath.push(this.path[i]!);
    failure.offset = this.toText(failure.offset);
    this.failures.push(failure);
  }

  /** Records what ended the text; its path is already whole (it unwound through every container). */
  end(failure: Failure): void {
    if (this.failures.length >= this.maxProblems) this.more++;
    else this.failures.push(failure);
  }

  /**
   * Runs `run` for the value at `segment` (none: the value of the container itself). A schema-level
   * problem is recorded, then `recover` steps over the value (which may throw a syntax error: the
   * value was not well-formed either, and that ends the text) and {@link PROBLEM} is returned;
   * anything else is rethrown with the segment, as a decoder's loops do.
   */
  attempt<T>(segment: PathSegment | undefined, run: () => T, recover?: () => void): T | typeof PROBLEM {
    const mark = segment === undefined ? this.path.length : this.enter(segment);
    try {
      return run();
    } catch (error) {
      // A failure from a container deeper down left its segments behind.
      this.path.length = mark;
      if (!isRecoverable(error)) return segment === undefined ? rethrow(error) : rethrowWithin(error, segment);
      if (segment !== undefined) error.within(segment);
      this.record(error);
      recover?.();
      return PROBLEM;
    } finally {
      this.path.length = mark;
    }
  }

  /**
   * Reads the value at the cursor with `read` (given `arg`: JSV's closing bracket): on a schema-level
   * problem, goes back to where the value started, at the depth it started, and steps over it with `skip`.
   */
  read<C extends TextCursor, A>(r: C, read: (r: C, arg: A) => unknown, arg: A, segment: PathSegment | undefined, skip: (r: C, arg: A) => void): unknown {
    const at = r.pos;
    const depth = r.depth;
    return this.attempt(
      segment,
      () => read(r, arg),
      () => {
        r.pos = at;
        r.depth = depth;
        skip(r, arg);
      },
    );
  }

  /**
   * The member a name read from the wire stands for, `memberNamed` and `claimMember` in one: an
   * unknown name (when strict) or a member given twice is recorded, and `undefined` says to step
   * over its value, as for any member the schema does not describe.
   */
  member(plan: ObjectPlan, slots: readonly unknown[], known: FieldPlan | undefined, name: string, strict: boolean, at: number): FieldPlan | undefined {
    const field = this.attempt(undefined, () => {
      const found = known ?? memberNamed(plan, name, strict, at);
      if (found !== undefined) claimMember(slots, found, name, strict, at);
      return found;
    });
    return field === PROBLEM ? undefined : field;
  }
}

function rethrow(error: unknown): never {
  throw error;
}
