// Tables of input → outcome, named by sentences: the shape every format's tests take, so that
// they read as the formats' specification (see test/json/decode-errors.test.ts).

/** Table rows keyed by their sentence, for `test.each(...)("%s", (_, row) => ...)`: names print unquoted and whole. */
export function named<R extends { name: string }>(rows: readonly R[]): (readonly [string, R])[] {
  return rows.map((row) => [row.name, row] as const);
}

/** Error rows keyed by a sentence that says the whole outcome: `a null root: null-value at the root, 1:1`. */
export function namedErrors<R extends { name: string; code: string; path: string; at?: string }>(
  rows: readonly R[],
): (readonly [string, R])[] {
  return rows.map((row) => [`${row.name}: ${row.code} at ${row.path === "" ? "the root" : row.path}${row.at ? `, ${row.at}` : ""}`, row] as const);
}
