import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cli, folderWith } from "./support.js";

// A repository's bytes never reach a terminal or a job summary raw (issue 14, items 14 and 15).

/** Control characters a terminal acts on: C0 but the line feed, DEL, C1. */
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/;

const hostile = {
  "\x1b[31mRED.json": '{"dialState":"Nope"}',
  "title.http": "HTTP/1.1 200 OK\nContent-Type: \x1b]0;TITLE\x07\x1b[2J\n\n{}",
  "c1.json": '{"accountName":"a\u009b31mb","dialState":"Nope"}',
  "del.jsv": "{accountName:a\x7fb,ended:maybe}",
  "bell.csv": "AccountName,Ended\r\nx\x07y,maybe\r\n",
  "del\x7f\u009b2J.json": "{",
};

describe("control characters are shown, never sent (item 14)", () => {
  const cwd = folderWith(hostile);

  test.each([["text"], ["github"], ["junit"]])("--format %s", async (format) => {
    const { stdout, code } = await cli(["validate", "--format", format, "."], { cwd });
    expect(code).toBe(1);
    expect(stdout).not.toMatch(CONTROL);
    expect(stdout).toContain("\\x1b[31mRED.json");
    // A header is quoted as JSON quotes it, its controls escaped the JSON way.
    expect(stdout).toContain("\\u001b]0;TITLE\\u0007\\u001b[2J");
  });

  test("on a terminal too, where the only escape sequences are evo-codec's colours", async () => {
    const { stdout } = await cli(["validate", "."], { cwd, tty: true });
    expect(stdout.replace(/\x1b\[\d+m/g, "")).not.toMatch(CONTROL);
  });

  test("in the excerpt: a C1 control is shown as its code point", async () => {
    const { stdout } = await cli(["validate", "c1.json"], { cwd });
    expect(stdout).not.toMatch(CONTROL);
    expect(stdout).toContain("c1.json:1:37  error  invalid-enum");
  });

  test("json: still exact JSON, with every control character escaped", async () => {
    const { stdout } = await cli(["validate", "--format", "json", "."], { cwd });
    expect(stdout).not.toMatch(CONTROL);
    expect(JSON.parse(stdout).files.map((f: { file: string }) => f.file)).toEqual(expect.arrayContaining(["\x1b[31mRED.json", "del\x7f\u009b2J.json"]));
  });

  test("convert's messages", async () => {
    const { stderr } = await cli(["convert", "\x1b[31mRED.json", "--to", "jsv"], { cwd });
    expect(stderr).not.toMatch(CONTROL);
    expect(stderr).toContain("\\x1b[31mRED.json");
  });

  test("a usage error that quotes an argument", async () => {
    const { stderr, code } = await cli(["validate", "--format", "\x1b[2Jx", "."], { cwd });
    expect(code).toBe(2);
    expect(stderr).not.toMatch(CONTROL);
  });
});

describe("the job summary escapes Markdown and HTML (item 15)", () => {
  const name = "![x](javascript:alert(1))<img src=x onerror=alert(1)>[y](http:evil) www.evil.example *b* `c` | d.json";
  const cwd = folderWith({ [name]: '{"dialState":"<b>Nope</b>"}', "ok.json": "{}" });

  /** The summary with its code spans taken out: what GitHub would read as Markdown. */
  function markdownOutsideCode(summary: string): string {
    return summary.replace(/(`+)(?:(?!\1)[^])*?\1/g, "");
  }

  test("a file name and a message can inject no image, link or HTML", async () => {
    const summary = join(folderWith({}), "summary.md");
    await cli(["validate", "--format", "github", "."], { cwd, env: { GITHUB_STEP_SUMMARY: summary } });
    const text = readFileSync(summary, "utf8");
    const rows = text.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| File"));
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      const outside = markdownOutsideCode(row);
      expect(outside).not.toMatch(/[<>[\]*_]|www\.|javascript:/);
      // Each row has its three cells: no `|` from a name or a message splits one.
      expect(outside.replaceAll("\\|", "").split("|")).toHaveLength(5);
    }
  });
});
