import { describe, expect, test } from "vitest";
import { codecFor, decodeResponse, decodeResponseText, loadCodec, negotiate } from "../../src/http/index.js";
import { SessionInfo } from "../../src/index.js";

// CSV's codec (with papaparse) is loaded on first use. Each test file has modules of its own, so
// here nothing has loaded it yet: the tests run in order, before and after it is loaded.

const CSV_TEXT = "DialState,Ended\r\nActive,True\r\n";
const NOT_LOADED = 'the CSV codec is loaded on first use, to keep it out of bundles that do not need it: await loadCodec("csv") once before using it synchronously';

describe("before CSV is loaded", () => {
  test("the synchronous ways to CSV say how to load it: decodeResponseText, negotiate, codecFor", () => {
    expect(() => decodeResponseText(SessionInfo, { status: 200, headers: { "content-type": "text/csv" }, body: CSV_TEXT })).toThrow(new Error(NOT_LOADED));
    expect(() => negotiate({ url: "/x.csv" })).toThrow(new Error(NOT_LOADED));
    expect(() => codecFor("csv")).toThrow(new Error(NOT_LOADED));
  });

  test("every other format needs no loading", () => {
    expect(negotiate({ url: "/x", accept: "text/jsonl" })).toMatchObject({ format: "jsonl" });
    expect(decodeResponseText(SessionInfo, { headers: { "content-type": "text/jsv" }, body: "{ended:True}" })).toMatchObject({ ended: true });
  });
});

describe("loading", () => {
  test("decodeResponse loads CSV itself on the first CSV response", async () => {
    await expect(decodeResponse(SessionInfo, new Response(CSV_TEXT, { headers: { "content-type": "text/csv" } }))).resolves.toMatchObject({ dialState: "Active", ended: true });
  });

  test("after which, and after loadCodec, the synchronous ways work", async () => {
    const csv = await loadCodec("csv");
    expect(codecFor("csv")).toBe(csv);
    expect(decodeResponseText(SessionInfo, { headers: { "content-type": "text/csv" }, body: CSV_TEXT })).toMatchObject({ ended: true });
    expect(negotiate({ url: "/x.csv" })).toMatchObject({ format: "csv", codec: csv });
  });

  test("a name that is not a format is a TypeError", async () => {
    await expect(loadCodec("xml" as never)).rejects.toThrow(TypeError);
  });
});
