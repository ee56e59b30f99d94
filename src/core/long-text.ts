/** Characters rewritten at a time: a window's `+=` rope has at most a few thousand nodes. */
const WINDOW = 4096;
/** Windows joined into one flat block before their ropes can pile up. */
const WINDOWS_PER_BLOCK = 16;

/**
 * A string rewritten piece by piece (escaped, quotes doubled) in memory linear in its length.
 * `rewrite(s, from, to)` builds the text of `s.slice(from, to)` with `+=`, the fastest way, which
 * makes a rope of a node per piece: tens of bytes for each escape, so 200 MiB with an escape every
 * few characters took gigabytes and exhausted the heap. A short string is rewritten whole; a long
 * one a window at a time, the windows joined into flat blocks and the blocks once at the end.
 */
export function rewriteInWindows(s: string, rewrite: (s: string, from: number, to: number) => string): string {
  if (s.length <= WINDOW) return rewrite(s, 0, s.length);
  const blocks: string[] = [];
  let windows: string[] = [];
  for (let from = 0; from < s.length; from += WINDOW) {
    windows.push(rewrite(s, from, Math.min(s.length, from + WINDOW)));
    if (windows.length === WINDOWS_PER_BLOCK) {
      blocks.push(windows.join(""));
      windows = [];
    }
  }
  blocks.push(windows.join(""));
  return blocks.join("");
}
