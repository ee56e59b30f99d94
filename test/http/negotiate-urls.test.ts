import { beforeAll, describe, expect, test } from "vitest";
import { loadCodec, negotiate } from "../../src/http/index.js";

// A server that may answer CSV loads its codec once, as it starts.
beforeAll(() => loadCodec("csv"));

describe("negotiation takes odd URLs", () => {
  test("a path starting // is a path, and an unparseable URL does not throw", () => {
    expect(negotiate({ url: "//sessions/1/members/2.jsv" })).toMatchObject({ format: "jsv", path: "//sessions/1/members/2" });
    expect(negotiate({ url: "http://[", accept: "text/csv" })).toMatchObject({ format: "csv" });
  });
});
