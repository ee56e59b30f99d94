import { bench, describe, expect } from "vitest";
import { json, listOf, SessionInfo } from "../src/index.js";
import { hostileSessions, typicalSessions } from "./inputs.js";

// json.decode against bare JSON.parse and json.encode against JSON.stringify on the same values.
// Each pair first checks that both sides agree, so the numbers compare equal work.

const Sessions = listOf(SessionInfo);

for (const [name, sessions] of [
  ["typical sessions", typicalSessions],
  ["hostile strings (reference vectors)", hostileSessions],
] as const) {
  const text = json.encode(Sessions, sessions);
  expect(json.decode(Sessions, text)).toEqual(JSON.parse(text));
  expect(JSON.parse(json.encode(Sessions, sessions))).toEqual(sessions);

  describe(`decode 300 ${name} (${text.length} chars)`, () => {
    bench("JSON.parse (baseline)", () => {
      JSON.parse(text);
    });
    bench("json.decode", () => {
      json.decode(Sessions, text);
    });
  });

  describe(`encode 300 ${name}`, () => {
    bench("JSON.stringify (baseline)", () => {
      JSON.stringify(sessions);
    });
    bench("json.encode", () => {
      json.encode(Sessions, sessions);
    });
  });
}
