import Papa from "papaparse";
import { bench, describe, expect } from "vitest";
import { csv } from "../src/csv/index.js";
import { listOf, SessionInfo } from "../src/index.js";
import { hostileSessions, typicalSessions } from "./inputs.js";

// csv.decode of a many-row table against a bare Papa.parse of the same text (which only splits
// it into strings), and csv.encode against Papa.unparse of the same cells already as strings.

const Sessions = listOf(SessionInfo);

for (const [name, sessions] of [
  ["typical sessions", typicalSessions],
  ["hostile strings (reference vectors)", hostileSessions],
] as const) {
  const many = Array.from({ length: 3000 }, (_, i) => sessions[i % sessions.length]!);
  const text = csv.encode(Sessions, many);
  const cells = Papa.parse<string[]>(text, { delimiter: ",", newline: "\r\n", skipEmptyLines: false }).data.slice(0, -1);
  const papaConfig = { delimiter: ",", newline: "\r\n", quoteChar: '"', header: false, dynamicTyping: false } as const;
  expect(csv.decode(Sessions, text)).toHaveLength(many.length);
  expect(Papa.unparse(cells, { newline: "\r\n" }).length).toBeGreaterThan(0);

  describe(`decode 3000 rows of ${name} (${text.length} chars)`, () => {
    bench("Papa.parse (baseline)", () => {
      Papa.parse(text, papaConfig);
    });
    bench("csv.decode", () => {
      csv.decode(Sessions, text);
    });
  });

  describe(`encode 3000 rows of ${name}`, () => {
    bench("Papa.unparse of the cells as strings (baseline)", () => {
      Papa.unparse(cells, { newline: "\r\n" });
    });
    bench("csv.encode", () => {
      csv.encode(Sessions, many);
    });
  });
}
