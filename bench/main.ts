import { SessionInfo } from "../src/index.js";
import { COUNT, MeterReading, mixedFastSessions, mixedSessions, readings, uniformSessions } from "./inputs.js";
import { MIXED_TARGETS, pairsFor, type Dataset } from "./pairs.js";
import { measure, type Timing } from "./timing.js";

// One run of the benchmark: `node --expose-gc` on the bundle `scripts/bench.mjs` builds.
// Arguments: `--json` prints the timings as JSON (for `scripts/bench.mjs`), `--only TEXT` keeps
// the pairs whose dataset or codec name contains TEXT.

const DATASETS: Dataset[] = [
  { name: "mixed", schema: SessionInfo, values: mixedSessions, plainValues: true, targets: MIXED_TARGETS },
  { name: "mixed-fp", schema: SessionInfo, values: mixedFastSessions, plainValues: true },
  { name: "uniform", schema: SessionInfo, values: uniformSessions, plainValues: true },
  { name: "kinds", schema: MeterReading, values: readings, plainValues: false },
];

const args = process.argv.slice(2);
const only = args.includes("--only") ? args[args.indexOf("--only") + 1]! : "";
const pairs = DATASETS.flatMap(pairsFor).filter((pair) => `${pair.dataset} ${pair.codec}`.includes(only));
const timings = measure(pairs);

if (args.includes("--json")) console.log(JSON.stringify(timings));
else for (const line of table(timings)) console.log(line);

function table(rows: readonly Timing[]): string[] {
  return [
    `${COUNT} values per dataset; codec time / baseline time, median of 7 interleaved rounds`,
    "dataset  codec            ratio   target  codec ms  baseline ms  baseline",
    ...rows.map(
      (row) =>
        `${row.dataset.padEnd(8)} ${row.codec.padEnd(16)} ${row.ratio.toFixed(2).padStart(5)}×  ${row.target === undefined ? "      " : (row.target.toFixed(1) + "×").padStart(6)}` +
        `  ${row.codecMs.toFixed(2).padStart(8)}  ${row.baselineMs.toFixed(2).padStart(11)}  ${row.baselineName}`,
    ),
  ];
}
