import { describe, expect, test } from "vitest";
import type { Format } from "../../src/index.js";
import { fuzzEncoder } from "./fuzz-encoders.js";
import { fuzz } from "./fuzz-harness.js";
import { fuzzStream, SOURCE_KINDS, type StreamFormat } from "./fuzz-streams.js";

// Every decoder keeps the fuzz contract over mutated documents and random strings (half of them of
// a DTO holding every issue-12 type, whose values must also write and read back); every stream
// decoder over every kind of source; every encoder over hostile values. CI runs 10,000 decoder
// inputs per format and a twentieth as many streams and values; `npm run fuzz` runs 1,000,000
// (EVO_FUZZ_INPUTS) and prints counts. A failure names its seed and input; EVO_FUZZ_SEED replays a run.

const INPUTS = Number(process.env["EVO_FUZZ_INPUTS"] ?? 10_000);
const SEED = Number(process.env["EVO_FUZZ_SEED"] ?? 20261125);
/** Streams and encoders take longer per input: a twentieth as many. */
const FEWER = Math.max(100, Math.floor(INPUTS / 20));
const TIMEOUT = Math.max(120_000, INPUTS * 2);

describe(`fuzzing ${INPUTS} inputs per format, seed ${SEED}`, () => {
  test.each<Format>(["json", "jsv", "csv", "jsonl"])(
    "%s: a value or a DecodeError with a position, nothing else",
    (format) => {
      const counts = fuzz(format, INPUTS, SEED);
      console.log(
        `${format}: ${counts.inputs} inputs, ${counts.values} values, ${counts.errors} errors ${JSON.stringify(counts.codes)}; ` +
          `slowest ${counts.slowestMs.toFixed(2)} ms (${counts.slowestInput.length} chars); ` +
          `of them ${counts.everything.inputs} inputs of every issue-12 type, ${counts.everything.values} values, ${counts.everything.roundTrips} round trips`,
      );
      expect(counts.inputs).toBe(INPUTS);
      expect(counts.errors).toBeGreaterThan(0);
      expect(counts.values).toBeGreaterThan(0);
      expect(counts.everything.roundTrips).toBeGreaterThan(0);
    },
    TIMEOUT,
  );
});

describe(`fuzzing ${FEWER} streams per format, seed ${SEED}`, () => {
  test.each<StreamFormat>(["csv", "jsonl"])(
    "%s.decodeStream: from every kind of source, values or a DecodeError, as the whole text reads, and the source closed",
    async (format) => {
      const counts = await fuzzStream(format, FEWER, SEED, SOURCE_KINDS);
      console.log(
        `${format} streams: ${counts.inputs} inputs (${JSON.stringify(counts.kinds)}), ${counts.values} values, ${counts.errors} errors ` +
          `${JSON.stringify(counts.codes)}; ${counts.stoppedEarly} readers stopped early`,
      );
      expect(counts.inputs).toBe(FEWER);
      expect(counts.errors).toBeGreaterThan(0);
      expect(counts.values).toBeGreaterThan(0);
      expect(counts.stoppedEarly).toBeGreaterThan(0);
    },
    TIMEOUT,
  );
});

describe(`fuzzing ${FEWER} hostile values per format, seed ${SEED}`, () => {
  test.each<Format>(["json", "jsv", "csv", "jsonl"])(
    "%s.encode: text its decoder reads or an EncodeError, the same text for the same data held another way",
    (format) => {
      const counts = fuzzEncoder(format, FEWER, SEED);
      console.log(
        `${format} encoder: ${counts.inputs} values, ${counts.texts} texts (${counts.comparedWithPlain} compared with the plain value's), ` +
          `${counts.errors} errors ${JSON.stringify(counts.codes)}`,
      );
      expect(counts.inputs).toBe(FEWER);
      expect(counts.errors).toBeGreaterThan(0);
      expect(counts.comparedWithPlain).toBeGreaterThan(0);
    },
    TIMEOUT,
  );
});
