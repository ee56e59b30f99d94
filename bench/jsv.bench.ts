import { bench, describe, expect } from "vitest";
import { jsv, listOf, SessionInfo } from "../src/index.js";
import { hostileSessions, typicalSessions } from "./inputs.js";

// jsv.decode against JSON.parse of the JSON of the same values, jsv.encode against JSON.stringify.
// No other JavaScript library reads JSV, so the native JSON functions are the bar.

const Sessions = listOf(SessionInfo);

for (const [name, sessions] of [
  ["typical sessions", typicalSessions],
  ["hostile strings (reference vectors)", hostileSessions],
] as const) {
  const jsonText = JSON.stringify(sessions);
  const compact = jsv.encode(Sessions, sessions);
  const pretty = jsv.encode(Sessions, sessions, { pretty: true });
  expect(jsv.decode(Sessions, compact)).toEqual(JSON.parse(jsonText));
  expect(jsv.decode(Sessions, pretty)).toEqual(JSON.parse(jsonText));

  describe(`decode 300 ${name}`, () => {
    bench("JSON.parse of the JSON (baseline)", () => {
      JSON.parse(jsonText);
    });
    bench("jsv.decode compact", () => {
      jsv.decode(Sessions, compact);
    });
    bench("jsv.decode pretty", () => {
      jsv.decode(Sessions, pretty);
    });
  });

  describe(`encode 300 ${name}`, () => {
    bench("JSON.stringify (baseline)", () => {
      JSON.stringify(sessions);
    });
    bench("jsv.encode compact", () => {
      jsv.encode(Sessions, sessions);
    });
    bench("jsv.encode pretty", () => {
      jsv.encode(Sessions, sessions, { pretty: true });
    });
  });
}
