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
  /**
   * A further workload timed in the same rounds, against the same baseline batches, and reported
   * as a line of its own (`csv.decode floor`): its ratio is not skewed by a baseline timed apart.
   */
  readonly alongside?: { readonly codec: string; readonly run: Workload };
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

/**
 * Each pair warmed up, then `rounds` interleaved rounds of batches of about `batchMs` each: the
 * baseline, the codec and any workload alongside, in turn, the order reversed every other round.
 */
export function measure(pairs: readonly Pair[], rounds = 7, batchMs = 60): Timing[] {
  const repetitions = pairs.map((pair) => {
    warm(pair.run, 300);
    if (pair.alongside !== undefined) warm(pair.alongside.run, 300);
    const once = warm(pair.baseline, 300);
    return Math.max(1, Math.round(batchMs / once));
  });
  // Per pair, per workload (baseline first): the time of each round's batch.
  const samples = pairs.map((pair) => workloadsOf(pair).map(() => [] as number[]));
  for (let round = 0; round < rounds; round++) {
    pairs.forEach((pair, p) => {
      const works = workloadsOf(pair);
      for (let k = 0; k < works.length; k++) {
        const w = round % 2 === 0 ? k : works.length - 1 - k;
        samples[p]![w]!.push(timeBatch(works[w]!, repetitions[p]!));
      }
    });
  }
  if (Number.isNaN(sink)) console.log("");
  return pairs.flatMap((pair, p) => {
    const [baseline, ...others] = samples[p]!;
    const timing = (codec: string, target: number | undefined, times: readonly number[]): Timing => ({
      dataset: pair.dataset,
      codec,
      baselineName: pair.baselineName,
      target,
      baselineMs: median(baseline!),
      codecMs: median(times),
      ratio: median(times.map((time, round) => time / baseline![round]!)),
    });
    const rows = [timing(pair.codec, pair.target, others[0]!)];
    if (pair.alongside !== undefined) rows.push(timing(pair.alongside.codec, undefined, others[1]!));
    return rows;
  });
}

function workloadsOf(pair: Pair): Workload[] {
  return pair.alongside === undefined ? [pair.baseline, pair.run] : [pair.baseline, pair.run, pair.alongside.run];
}

/** Reads one character of an encoder's result: a string built by concatenation is flattened then, as writing it out would. */
export function flattened(text: string): number {
  return text.charCodeAt(text.length >> 1);
}
