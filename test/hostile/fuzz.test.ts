import { describe, expect, test } from "vitest";
import type { Format } from "../../src/index.js";
import { fuzz } from "./fuzz-harness.js";

// Every decoder keeps the fuzz contract over mutated documents and random strings. CI runs
// 10,000 inputs per format; `npm run fuzz` runs 1,000,000 (EVO_FUZZ_INPUTS) and prints counts.
// A failure names its seed and input; EVO_FUZZ_SEED replays a run.

const INPUTS = Number(process.env["EVO_FUZZ_INPUTS"] ?? 10_000);
const SEED = Number(process.env["EVO_FUZZ_SEED"] ?? 20261125);

describe(`fuzzing ${INPUTS} inputs per format, seed ${SEED}`, () => {
  test.each<Format>(["json", "jsv", "csv", "jsonl"])(
    "%s: a value or a DecodeError with a position, nothing else",
    (format) => {
      const counts = fuzz(format, INPUTS, SEED);
      console.log(
        `${format}: ${counts.inputs} inputs, ${counts.values} values, ${counts.errors} errors ${JSON.stringify(counts.codes)}; ` +
          `slowest ${counts.slowestMs.toFixed(2)} ms (${counts.slowestInput.length} chars)`,
      );
      expect(counts.inputs).toBe(INPUTS);
      expect(counts.errors).toBeGreaterThan(0);
      expect(counts.values).toBeGreaterThan(0);
    },
    Math.max(120_000, INPUTS * 2),
  );
});
