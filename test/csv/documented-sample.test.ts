import { expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { json, SessionInfo } from "../../src/index.js";
import { fixtureText } from "../support/vectors.js";

// The API page shows no real CSV body (its CSV sample is JSON); the fixture is what the reference
// writes for the documented value (vector session.sample.csv).

const documented = JSON.parse(fixtureText("samples/documented-sample.value.json"));

test("the reference's CSV of the documented sample is exactly what csv.encode writes", () => {
  expect(csv.encode(SessionInfo, documented)).toBe(fixtureText("samples/documented-sample.csv"));
});

test("it decodes to the documented value, and to the same value as the JSON sample", () => {
  const decoded = csv.decode(SessionInfo, fixtureText("samples/documented-sample.csv"));
  expect(decoded).toEqual(documented);
  expect(decoded).toEqual(json.decode(SessionInfo, fixtureText("samples/documented-sample.json")));
});

test("every proper prefix is a DecodeError, except one cut inside the last, unquoted cell", () => {
  // CSV cannot tell a plain last cell cut short from a shorter value (a last row may lack its
  // line break, as spreadsheets write them); everything else that is cut short fails.
  const text = fixtureText("samples/documented-sample.csv");
  const lastCell = text.lastIndexOf(",") + 1;
  for (let end = 0; end < text.length; end++) {
    const prefix = text.slice(0, end);
    if (end >= lastCell) {
      expect(csv.decode(SessionInfo, prefix).lastModifiedBy).toBe(end === lastCell ? undefined : prefix.slice(lastCell));
    } else {
      expect(() => csv.decode(SessionInfo, prefix), `prefix of length ${end}`).toThrow(expect.objectContaining({ name: "DecodeError" }));
    }
  }
});
