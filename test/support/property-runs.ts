import type { Parameters } from "fast-check";
import { SLOW } from "./slow.js";

/**
 * How many cases each property tries: `EVO_PROPERTY_RUNS`; by default 100 in the everyday
 * `npm test` and 1000 in the slow suite (`npm run test:slow`, which CI runs too);
 * `npm run test:props` sets 100000.
 */
export const PROPERTY_RUNS = positiveInteger("EVO_PROPERTY_RUNS", SLOW ? 1000 : 100);

/**
 * How the properties draw values: recursive types (through `lazy`) nest at most twice, which
 * reaches every level of a recursive description while keeping `Struct`-like types, which branch
 * twice at each level, to a few dozen nodes.
 */
export const PROPERTY_ARBITRARY = { maxRecursion: 2 } as const;

/** The seed `sampleSeed` gives when `EVO_PROPERTY_SEED` is unset. */
export const DEFAULT_SAMPLE_SEED = 20261128;

/**
 * The seed of samples a test draws with `fc.sample` and then inspects: `EVO_PROPERTY_SEED`, or
 * a fixed default, so that every run draws the same samples and a failure is replayed as it is.
 */
export function sampleSeed(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const raw = env["EVO_PROPERTY_SEED"];
  return raw === undefined || raw === "" ? DEFAULT_SAMPLE_SEED : integer("EVO_PROPERTY_SEED", raw);
}

/**
 * Per-test timeout that grows with the run count, so a long campaign is not cut short by
 * vitest's 60 s: 10 s per 1000 runs (about ten times what the slowest property needs), never less than 60 s.
 */
export const PROPERTY_TIMEOUT = Math.max(60_000, PROPERTY_RUNS * 10);

/**
 * fast-check parameters for one property. fast-check prints the seed and path of a failure;
 * set `EVO_PROPERTY_SEED` (and `EVO_PROPERTY_PATH`, selecting that one test with `vitest -t`)
 * to replay it.
 */
export function propertyParams<T>(): Parameters<T> {
  const seed = process.env["EVO_PROPERTY_SEED"];
  const path = process.env["EVO_PROPERTY_PATH"];
  return {
    numRuns: PROPERTY_RUNS,
    ...(seed === undefined || seed === "" ? {} : { seed: integer("EVO_PROPERTY_SEED", seed) }),
    ...(path === undefined || path === "" ? {} : { path }),
  };
}

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = integer(name, raw);
  if (value < 1) throw new Error(`${name} must be a positive integer, not ${JSON.stringify(raw)}`);
  return value;
}

function integer(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be an integer, not ${JSON.stringify(raw)}`);
  return value;
}
