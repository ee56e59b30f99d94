/** Pieces added with `+=` before the builder switches to blocks: short strings stay on the fast path. */
const ROPE_PIECES = 256;
/** How many pieces are joined into one block: a block is a flat string, never a rope of pieces. */
const PIECES_PER_BLOCK = 4096;

/**
 * Builds one long string from many short pieces (the runs and escapes of a string being quoted)
 * in memory linear in its length. `out += piece` makes a rope with a node per piece, tens of
 * bytes each: escaping 200 MiB with an escape every few characters took gigabytes and exhausted
 * the heap. A short string is still built with `+=`, the fastest way; past a few hundred pieces
 * they are joined a block at a time into flat strings, and the blocks once at the end.
 */
export class StringBuilder {
  private head = "";
  private added = 0;
  private pieces: string[] | undefined;
  private blocks: string[] | undefined;

  add(piece: string): void {
    if (this.added++ < ROPE_PIECES) {
      this.head += piece;
      return;
    }
    const pieces = (this.pieces ??= []);
    if (pieces.push(piece) < PIECES_PER_BLOCK) return;
    (this.blocks ??= []).push(pieces.join(""));
    this.pieces = [];
  }

  /** Everything added, as one string. */
  text(): string {
    if (this.pieces === undefined) return this.head;
    const blocks = this.blocks ?? [];
    return this.head + blocks.join("") + this.pieces.join("");
  }
}
