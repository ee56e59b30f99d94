import { expect, test } from "vitest";
import { rewriteInWindows } from "../../src/core/long-text.js";

// Long strings are rewritten a window at a time and joined in blocks (issue 17, item 9): whatever
// the length, the windows come back whole and in order, a surrogate pair cut between two included.

const upperInRange = (s: string, from: number, to: number) => s.slice(from, to).toUpperCase();

test.each([0, 1, 4095, 4096, 4097, 4096 * 16, 4096 * 16 + 1, 4096 * 40 + 7])("a string of %i characters comes back rewritten whole", (length) => {
  const s = Array.from({ length }, (_, i) => (i % 4095 === 4094 ? "\ud83d" : i % 4095 === 0 && i > 0 ? "\ude00" : "abc"[i % 3]!)).join("");
  expect(rewriteInWindows(s, upperInRange)).toBe(s.toUpperCase());
});
