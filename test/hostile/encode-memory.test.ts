import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { SLOW, SLOW_ONLY } from "../support/slow.js";

// Encoding holds memory linear in its output (issue 17, item 9): two 100 MiB strings that need
// escaping used to exhaust the heap (JSON) or take 3 to 5 GB (JSV, CSV), since every escape was a
// node of a rope. Each format now writes them with a 1 GiB heap; past the longest string the
// engine can build, the encoder says so with an EncodeError. scripts/encode-memory.mjs runs in a
// process of its own, on the built package (the slow suite builds it), and prints the peak RSS.

const root = fileURLToPath(new URL("../..", import.meta.url));

function encodeInChild(args: string[], heapMiB: number): string {
  const child = spawnSync(process.execPath, [`--max-old-space-size=${heapMiB}`, "scripts/encode-memory.mjs", ...args], { cwd: root, encoding: "utf8", timeout: 240_000 });
  return `${child.stdout}${child.stderr}`;
}

describe.skipIf(!SLOW)(`strings that need escaping, in bounded memory ${SLOW_ONLY}`, () => {
  test.each([["json"], ["jsv"], ["csv"]])(
    "%s: two strings of 100 MiB, one character in four escaped, written with a 1 GiB heap",
    (format) => {
      const report = encodeInChild([format, "100", "quarter"], 1024);
      expect(report).not.toContain("heap out of memory");
      expect(report).toMatch(/: (300|250) Mi characters written, /);
    },
    300_000,
  );

  test.each([
    ["jsv", "JSV output-too-long at second:"],
    // A CSV row is joined flat only while short: a long one stays a rope, and fails at its member.
    ["csv", "CSV output-too-long at [0].second:"],
  ])(
    "%s: a text longer than the engine's longest string is an EncodeError output-too-long at the member that made it so",
    (format, error) => {
      const report = encodeInChild([format, "300", "every"], 2048);
      expect(report).toContain(`EncodeError output-too-long: ${error}`);
    },
    300_000,
  );
});
