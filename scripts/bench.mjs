// `npm run bench [-- --runs N] [-- --only TEXT]`: bundles bench/main.ts with esbuild (as tsup
// builds the package: ES2020, unminified) and runs it N times (default 1), each in a fresh
// `node --expose-gc`, then prints every pair's ratio: the median of the runs, and with several
// runs their spread (lowest–highest). Each bundle is kept as `node_modules/.cache/evo-codec-bench/
// <commit>.mjs`; `--bundle FILE` times one kept earlier (another commit's code) instead.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const runs = Number(option("--runs", "1"));
const only = option("--only", "");
const kept = option("--bundle", undefined);

const outdir = `${root}node_modules/.cache/evo-codec-bench`;
mkdirSync(outdir, { recursive: true });
const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).trim();
const bundle = kept ?? `${outdir}/${commit}${execFileSync("git", ["status", "--porcelain", "src", "bench"], { cwd: root, encoding: "utf8" }) === "" ? "" : "-dirty"}.mjs`;
if (kept === undefined) await build({
  entryPoints: [`${root}bench/main.ts`],
  bundle: true,
  format: "esm",
  platform: "node",
  target: "es2020",
  outfile: bundle,
  external: ["papaparse", "fast-check"],
  logLevel: "warning",
});

const results = [];
for (let run = 1; run <= runs; run++) {
  const output = execFileSync(process.execPath, ["--expose-gc", bundle, "--json", "--only", only], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  results.push(JSON.parse(output.trim().split("\n").pop()));
  if (runs > 1) process.stderr.write(`run ${run} of ${runs} done\n`);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
console.log(`codec time / baseline time: each run the median of 7 interleaved rounds; ${runs} run(s)${runs > 1 ? ", median and spread (lowest–highest)" : ""}`);
console.log(`${"dataset".padEnd(8)} ${"codec".padEnd(16)} ${"ratio".padStart(6)} ${runs > 1 ? "spread".padEnd(12) : ""} ${"target".padStart(6)}  ${"codec ms".padStart(8)}  ${"baseline ms".padStart(11)}  baseline`);
results[0].forEach((first, p) => {
  const ratios = results.map((timings) => timings[p].ratio);
  const spread = runs > 1 ? `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`.padEnd(12) : "";
  const target = first.target === null || first.target === undefined ? "" : `${first.target.toFixed(1)}×`;
  const codecMs = median(results.map((timings) => timings[p].codecMs));
  const baselineMs = median(results.map((timings) => timings[p].baselineMs));
  const met = target === "" ? " " : median(ratios) <= first.target ? " " : "!";
  console.log(
    `${first.dataset.padEnd(8)} ${first.codec.padEnd(16)} ${(median(ratios).toFixed(2) + "×").padStart(6)} ${spread} ${target.padStart(6)}${met} ${codecMs.toFixed(2).padStart(8)}  ${baselineMs.toFixed(2).padStart(11)}  ${first.baselineName}`,
  );
});
