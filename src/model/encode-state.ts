import { Failure } from "../core/errors.js";

/**
 * How deep an encoder is in the value it writes, and the containers it is inside. A recursive
 * description follows the value as deep as it goes: past `maxDepth` it stops with `depth-limit`,
 * or `cycle` when the value contains itself, never with a stack overflow.
 */
export class EncodeState {
  depth = 0;
  private readonly open: unknown[] = [];
  constructor(readonly maxDepth: number) {}

  /** Goes one container deeper into `container`; call {@link leave} after writing it. */
  enter(container: unknown): void {
    if (this.depth >= this.maxDepth) throw this.tooDeep(container);
    this.open[this.depth++] = container;
  }

  leave(): void {
    this.open[--this.depth] = undefined;
  }

  private tooDeep(container: unknown): Failure {
    for (let i = 0; i < this.depth; i++) {
      if (this.open[i] === container) return new Failure("cycle", "the value contains itself, so it has no finite text", -1);
    }
    return new Failure("depth-limit", `nesting deeper than ${this.maxDepth} levels`, -1);
  }
}
