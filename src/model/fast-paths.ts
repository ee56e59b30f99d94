/**
 * Whether the model's fast paths run, which they always do in use: members matched in declaration
 * order (JSV names, an encoded value's own keys) and JSON objects written with their string quotes
 * merged into the labels; CSV tables whose rows all end alike split by one papaparse call
 * (`csv/whole.ts`). (JSON's `JSON.parse` walk has its own agreement test,
 * `test/json/fast-path.test.ts`, CSV's whole-text split `test/csv/fast-path.test.ts`.) The agreement test
 * (`test/model/fast-general.test.ts`) turns them off to check that each gives exactly what the
 * general path gives: the same value or text, or the same error at the same place. Internal: the
 * package does not export it.
 */
export const fastPaths = { enabled: true };
