/**
 * The slow suite: checks that take most of a run's time (building and packing the tarball,
 * installing it, a real browser, 1,000-run properties). `npm test` skips or shortens them;
 * `npm run test:slow` (and CI, after `npm test`) sets `EVO_SLOW=1` and runs them in full.
 */
export const SLOW = process.env["EVO_SLOW"] === "1";

/** Appended to the name of a suite that only the slow run runs, so a skip says why. */
export const SLOW_ONLY = "(slow suite: skipped unless EVO_SLOW=1, as in npm run test:slow)";
