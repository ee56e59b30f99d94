import type { Parameters } from "fast-check";

/**
 * How many cases each property tries: `EVO_PROPERTY_RUNS`, default 1000 (what CI runs);
 * `npm run test:props` sets 100000.
 */
export const PROPERTY_RUNS = positiveInteger("EVO_PROPERTY_RUNS", 1000);

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
