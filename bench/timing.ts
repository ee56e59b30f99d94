// Times a codec against its baseline in one process: both warmed up, then timed in interleaved
// rounds (the order swapped each round) with a garbage collection before each batch, so neither
// side pays for the other's garbage. A round's ratio is codec time over baseline time; the
// median of the rounds is reported. Never asserts a time.

/** One side of a comparison: does the whole workload once and returns something derived from it. */
export type Workload = () => number;

export interface Pair {
  /** The dataset: `mixed`, `uniform`, `kinds`. */
  readonly dataset: string;
  /** `json.decode` and the like. */
  readonly codec: string;
  readonly baselineName: string;
  /** The target ratio on this dataset, if it has one. */
  readonly target: number | undefined;
  readonly baseline: Workload;
  readonly run: Workload;
}

export interface Timing {
  readonly dataset: string;
  readonly codec: string;
  readonly baselineName: string;
  readonly target: number | undefined;
  /** Milliseconds per workload, medians of the rounds. */
  readonly baselineMs: number;
  readonly codecMs: number;
  /** The median of the rounds' ratios. */
  readonly ratio: number;
}

const gcHook = (globalThis as { gc?: (options?: { type: string; execution: string }) => void }).gc;
const collect = gcHook === undefined ? () => {} : () => gcHook({ type: "minor", execution: "sync" });
/** Results are summed here so that no workload can be optimised away. */
let sink = 0;

function timeBatch(work: Workload, repetitions: number): number {
  collect();
  const started = performance.now();
  for (let i = 0; i < repetitions; i++) sink += work();
  return (performance.now() - started) / repetitions;
}

/** Runs a workload until about `ms` milliseconds have passed; returns the time of one run. */
function warm(work: Workload, ms: number): number {
  const started = performance.now();
  let runs = 0;
  do {
    sink += work();
    runs++;
  } while (performance.now() - started < ms);
  return (performance.now() - started) / runs;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Each pair warmed up, then `rounds` interleaved rounds of batches of about `batchMs` each. */
export function measure(pairs: readonly Pair[], rounds = 7, batchMs = 60): Timing[] {
  const repetitions = pairs.map((pair) => {
    warm(pair.run, 300);
    const once = warm(pair.baseline, 300);
    return Math.max(1, Math.round(batchMs / once));
  });
  const samples = pairs.map(() => ({ baseline: [] as number[], codec: [] as number[], ratio: [] as number[] }));
  for (let round = 0; round < rounds; round++) {
    pairs.forEach((pair, p) => {
      const reps = repetitions[p]!;
      let baseline: number;
      let codec: number;
      if (round % 2 === 0) {
        baseline = timeBatch(pair.baseline, reps);
        codec = timeBatch(pair.run, reps);
      } else {
        codec = timeBatch(pair.run, reps);
        baseline = timeBatch(pair.baseline, reps);
      }
      samples[p]!.baseline.push(baseline);
      samples[p]!.codec.push(codec);
      samples[p]!.ratio.push(codec / baseline);
    });
  }
  if (Number.isNaN(sink)) console.log("");
  return pairs.map((pair, p) => ({
    dataset: pair.dataset,
    codec: pair.codec,
    baselineName: pair.baselineName,
    target: pair.target,
    baselineMs: median(samples[p]!.baseline),
    codecMs: median(samples[p]!.codec),
    ratio: median(samples[p]!.ratio),
  }));
}

/** Reads one character of an encoder's result: a string built by concatenation is flattened then, as writing it out would. */
export function flattened(text: string): number {
  return text.charCodeAt(text.length >> 1);
}
