import { describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { DecodeError, dictionary, json, jsonl, jsv, listOf, object, SessionInfo, string, type Format } from "../../src/index.js";

// Inputs built to hurt: each gives a value or a DecodeError, in time that grows with its length.

const Sessions = listOf(SessionInfo);
const MB = 1024 * 1024;

/** Decodes and returns the error (or the value), failing the test if it took more than `ms`. */
function within(ms: number, decode: () => unknown): unknown {
  const started = performance.now();
  let outcome: unknown;
  try {
    outcome = decode();
  } catch (error) {
    expect(error).toBeInstanceOf(DecodeError);
    outcome = error;
  }
  // A safety bound, not a benchmark: quadratic work on these sizes would take minutes.
  expect(performance.now() - started).toBeLessThan(ms);
  return outcome;
}

describe("a million levels of nesting is a depth-limit error, in milliseconds", () => {
  const deep = "[".repeat(1_000_000);
  test.each([
    ["json", () => json.decode(SessionInfo, deep)],
    ["json, in an unknown member", () => json.decode(SessionInfo, `{"x":${deep}`)],
    ["json, balanced", () => json.decode(Sessions, deep + "]".repeat(1_000_000))],
    ["jsv", () => jsv.decode(SessionInfo, deep)],
    ["jsv, in an unknown member", () => jsv.decode(SessionInfo, `{x:${deep}`)],
    ["jsv, balanced, in a string member", () => jsv.decode(SessionInfo, `{accountId:${deep}${"]".repeat(1_000_000)}}`)],
    ["csv, in a cell", () => csv.decode(Sessions, `Log\r\n"${deep}"\r\n`)],
  ])("%s", (_, decode) => {
    expect(within(2000, decode)).toMatchObject({ code: "depth-limit" });
  });
});

describe("a 10 MB string with no closing quote", () => {
  const long = "a".repeat(10 * MB);
  // Each reports the end of the text, where the closing quote is missing.
  test.each([
    ["json", () => json.decode(SessionInfo, `{"accountId":"${long}`), 1, 10 * MB + 15],
    ["jsv", () => jsv.decode(SessionInfo, `{accountId:"${long}`), 1, 10 * MB + 13],
    ["csv", () => csv.decode(Sessions, `AccountId\r\n"${long}`), 2, 10 * MB + 2],
  ])("%s: unexpected-end at the end of the text", (_, decode, line, column) => {
    expect(within(3000, decode)).toMatchObject({ code: "unexpected-end", line, column });
  });
});

describe("500,000 doubled quotes read back as 500,000 quotes", () => {
  const quotes = '"'.repeat(500_000);
  const doubled = '""'.repeat(500_000);
  test.each([
    ["json", () => json.decode(SessionInfo, `{"accountId":"${'\\"'.repeat(500_000)}"}`)],
    ["jsv", () => jsv.decode(SessionInfo, `{accountId:"${doubled}"}`)],
    ["csv", () => csv.decode(SessionInfo, `AccountId\r\n"${doubled}"\r\n`)],
  ])("%s", (_, decode) => {
    expect(within(3000, decode)).toMatchObject({ accountId: quotes });
  });

  test("and encode to exactly that", () => {
    expect(jsv.encode(SessionInfo, { accountId: quotes })).toContain(`accountId:"${doubled}"`);
    expect(csv.encode(SessionInfo, { accountId: quotes })).toContain(`,"${doubled}",`);
  });
});

describe("CSV headers", () => {
  test("200,000 columns: unknown ones ignored, or reported when strict", () => {
    const names = Array.from({ length: 200_000 }, (_, i) => `Column${i}`);
    const text = `${names.join(",")},AccountId\r\n${names.map(() => "x").join(",")},acc-1\r\n`;
    expect(within(3000, () => csv.decode(SessionInfo, text))).toMatchObject({ accountId: "acc-1" });
    expect(within(3000, () => csv.decode(SessionInfo, text, { strict: true }))).toMatchObject({ code: "unknown-member", column: 1 });
  });

  test("a header that repeats a name is an error at the repeat", () => {
    expect(() => csv.decode(Sessions, "AccountId,accountid\r\na,b\r\n")).toThrow(expect.objectContaining({ code: "duplicate-member", column: 11 }));
  });
});

describe("odd characters", () => {
  const Bag = object("Bag", { text: string(), map: dictionary(string()) });
  const odd = ["\u0000", "a\u0000b", "\ud800", "x\udfff", "\udfff\ud800", "\ufeff", "\ufeffbom", "\u200b"];

  test.each(["json", "jsv", "csv", "jsonl"] as Format[])("%s: NUL, lone surrogates, BOMs and U+200B inside values round-trip", (format) => {
    const codec = { json, jsv, csv, jsonl }[format] as typeof json;
    for (const text of odd) {
      const value = { text, map: { [text]: text } };
      expect(codec.decode(Bag, codec.encode(Bag, value))).toEqual(value);
    }
  });

  test("a BOM before the document is skipped in every format", () => {
    expect(json.decode(SessionInfo, "\ufeff{}")).toMatchObject({ ended: false });
    expect(jsv.decode(SessionInfo, "\ufeff{}")).toMatchObject({ ended: false });
    expect(csv.decode(Sessions, "\ufeffAccountId\r\na\r\n")).toEqual([expect.objectContaining({ accountId: "a" })]);
  });

  test("a raw NUL in a JSON string is a syntax error, with its place", () => {
    expect(() => json.decode(SessionInfo, '{"accountId":"a\u0000"}')).toThrow(expect.objectContaining({ code: "syntax", column: 16 }));
  });
});

describe("a document of only white space", () => {
  test.each([
    ["json", () => json.decode(SessionInfo, " \t\r\n ")],
    ["jsv", () => jsv.decode(SessionInfo, " \t\r\n ")],
    ["csv", () => csv.decode(Sessions, " \t\r\n ")],
  ])("%s: unexpected-end", (_, decode) => {
    expect(within(100, decode)).toMatchObject({ code: "unexpected-end" });
  });
});

describe("prototype safety", () => {
  const Bag = object("Bag", { map: dictionary(string()) });
  // JSON.parse makes `__proto__` an own key, as a decoder must.
  const value = { map: JSON.parse('{"__proto__":"p","constructor":"c","prototype":"t"}') as Record<string, string> };

  test.each(["json", "jsv", "csv", "jsonl"] as Format[])("%s: __proto__, constructor and prototype are ordinary dictionary keys both ways", (format) => {
    const codec = { json, jsv, csv, jsonl }[format] as typeof json;
    const text = codec.encode(Bag, value);
    const decoded = codec.decode(Bag, text) as { map: Record<string, string> };
    expect(Object.keys(decoded.map)).toEqual(["__proto__", "constructor", "prototype"]);
    expect(Object.getPrototypeOf(decoded.map)).toBe(Object.prototype);
    expect(codec.encode(Bag, decoded)).toBe(text);
    expect(({} as Record<string, unknown>)["p"]).toBeUndefined();
  });

  test.each([
    ["json", () => json.decode(SessionInfo, '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}', { strict: true })],
    ["jsv", () => jsv.decode(SessionInfo, "{__proto__:{polluted:1},constructor:{prototype:{polluted:1}}}", { strict: true })],
    ["csv", () => csv.decode(Sessions, "__proto__,constructor\r\n{polluted:1},x\r\n", { strict: true })],
  ])("%s: as member names they are unknown members, and nothing is polluted", (_, decode) => {
    expect(within(100, decode)).toMatchObject({ code: "unknown-member" });
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  test("no decoder or encoder copies untrusted objects with Object.assign or for…in", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const source = new URL("../../src/", import.meta.url);
    const files = readdirSync(source, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const code = readFileSync(new URL(file, source), "utf8");
      expect(code, file).not.toMatch(/Object\.assign|for\s*\(\s*(const|let|var)\s+\w+\s+in\s/);
    }
  });
});

describe("time grows with the length of the input", () => {
  /** Best of five, to keep a busy machine's pauses out of it. */
  function best(run: () => void): number {
    let fastest = Infinity;
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      run();
      fastest = Math.min(fastest, performance.now() - started);
    }
    return fastest;
  }

  test.each([
    ["jsv doubled quotes", (n: number) => () => jsv.decode(SessionInfo, `{accountId:"${'""'.repeat(n)}"}`)],
    ["json escapes", (n: number) => () => json.decode(SessionInfo, `{"accountId":"${"\\n".repeat(n)}"}`)],
    ["csv rows", (n: number) => () => csv.decode(Sessions, "AccountId,Ended\r\n" + "a,True\r\n".repeat(n))],
  ])("%s: eight times the input takes well under 64 times as long", (_, make) => {
    // Linear is 8 times, quadratic 64: the bound between them leaves room for a busy machine.
    const small = best(make(50_000));
    const large = best(make(400_000));
    expect(large).toBeLessThan(Math.max(small, 1) * 24);
  });
});
