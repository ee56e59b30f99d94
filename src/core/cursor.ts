import { describeChar } from "./chars.js";
import { Failure, type DecodeErrorCode } from "./errors.js";
import type { ProblemLog } from "../model/collect.js";

/**
 * What every format's reader keeps: the text, a position in it, the nesting depth and its
 * limit, and the way to fail at a place. Each format's reader extends it with its own tokens.
 */
export abstract class TextCursor {
  pos = 0;
  depth = 0;
  /** Set when collecting every problem (`check`): the loops hand each value to it. Unset for `decode`. */
  log: ProblemLog | undefined = undefined;

  constructor(
    public text: string,
    public maxDepth: number,
    public strict: boolean,
  ) {}

  /** Points the cursor at the start of another text, as a new one would be: a reader of many small texts (CSV cells) makes one cursor, not one each. */
  restart(text: string, maxDepth: number, strict: boolean): void {
    this.text = text;
    this.maxDepth = maxDepth;
    this.strict = strict;
    this.pos = 0;
    this.depth = 0;
    this.log = undefined;
  }

  fail(code: DecodeErrorCode, detail: string, offset = this.pos): never {
    throw new Failure(code, detail, offset);
  }

  /** Fails at the cursor: the end of the text, or a character that does not belong there. */
  unexpected(expected: string): never {
    if (this.pos >= this.text.length) this.fail("unexpected-end", `the text ends where ${expected} was expected`);
    this.fail("syntax", `unexpected ${describeChar(this.text.charCodeAt(this.pos))}, expected ${expected}`);
  }

  /** Goes one container deeper, or fails past `maxDepth`. */
  enter(): void {
    if (++this.depth > this.maxDepth) this.fail("depth-limit", `nesting deeper than ${this.maxDepth} levels`);
  }

  leave(): void {
    this.depth--;
  }
}
