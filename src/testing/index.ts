// fast-check arbitraries derived from a schema description; fast-check itself is passed in by the caller.
export { arbitraryFor, DANGEROUS_KEYS, hostileString, HOSTILE_STRINGS } from "./arbitrary.js";
export type { ArbitraryOptions, FastCheckApi } from "./arbitrary.js";
