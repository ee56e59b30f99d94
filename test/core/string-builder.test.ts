import { expect, test } from "vitest";
import { StringBuilder } from "../../src/core/string-builder.js";

// The builder behind long escaped strings (issue 17, item 9): whatever it holds in the rope at
// its start, its blocks and its last pieces, it gives back exactly the pieces in order.

test.each([0, 1, 255, 256, 257, 4096 + 256, 4096 * 3 + 256 + 1, 50_000])("%i pieces come back joined, in order", (count) => {
  const pieces = Array.from({ length: count }, (_, i) => (i % 5 === 0 ? "" : `${i}${"-".repeat(i % 3)}`));
  const builder = new StringBuilder();
  for (const piece of pieces) builder.add(piece);
  expect(builder.text()).toBe(pieces.join(""));
});
