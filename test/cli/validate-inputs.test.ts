import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { bin, cli, folderWith } from "./support.js";

// Input conventions (issue 15, item 3): `-` for standard input, quoted globs, gitignore-style
// `.evo-codec-ignore`.

const files = (outcome: { stdout: string }) => JSON.parse(outcome.stdout).files.map((f: { file: string }) => f.file);

describe("- reads standard input", () => {
  test("alone, it is read as JSON and reported as <stdin>", async () => {
    const outcome = await cli(["validate", "--format", "json", "-"], { cwd: folderWith({}), stdin: '{"ended":true}' });
    expect(outcome.code).toBe(0);
    expect(JSON.parse(outcome.stdout).files).toEqual([expect.objectContaining({ file: "<stdin>", format: "json", valid: true })]);
  });

  test("--stdin-filepath names it: its extension gives the format, its path the name, the config's patterns and the siblings", async () => {
    const cwd = folderWith({ "s/a.json": '{"ended":true}' });
    const outcome = await cli(["validate", "--format", "json", "--stdin-filepath", "s/a.jsv", "-", "s"], { cwd, stdin: "{ended:False}" });
    expect(outcome.code).toBe(1);
    const report = JSON.parse(outcome.stdout);
    expect(report.files.map((f: { file: string; format: string }) => [f.file, f.format])).toEqual([
      ["s/a.jsv", "jsv"],
      ["s/a.json", "json"],
    ]);
    // Compared with its sibling on disk, and placed in its own text.
    expect(report.files[1].problems).toEqual([expect.objectContaining({ code: "mismatch", path: "ended" })]);
  });

  test("a problem in it is placed by line and column, with an excerpt", async () => {
    const outcome = await cli(["validate", "-"], { cwd: folderWith({}), stdin: '{\n  "dialState": "Dialing"\n}' });
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toContain("<stdin>:2:16  error  invalid-enum  dialState:");
    expect(outcome.stdout).toContain('      "dialState": "Dialing"');
  });

  test("it is read strictly as UTF-8, as a file is", async () => {
    const outcome = await cli(["validate", "--format", "json", "-"], { cwd: folderWith({}), stdin: new Uint8Array([0x7b, 0x22, 0x61, 0xe9, 0x22, 0x7d]) });
    expect(JSON.parse(outcome.stdout).files[0].problems[0]).toMatchObject({ code: "encoding", line: 1, column: 4 });
  });

  test("a config's patterns apply to the name --stdin-filepath gives", async () => {
    const cwd = folderWith({ "evo-codec.config.json": JSON.stringify({ files: { "loose/**": { strict: false } } }) });
    const body = '{"ended":true,"later":1}';
    expect((await cli(["validate", "--stdin-filepath", "loose/x.json", "-"], { cwd, stdin: body })).code).toBe(0);
    expect((await cli(["validate", "--stdin-filepath", "strict/x.json", "-"], { cwd, stdin: body })).code).toBe(1);
  });

  test("through the bin, from a pipe", () => {
    const outcome = bin([], { cwd: folderWith({}), shell: `printf '{ended:True}' | $EVO validate --stdin-filepath r.jsv -` });
    expect(outcome).toMatchObject({ code: 0, stdout: expect.stringContaining("✔ 1 file valid") });
  });

  test("--stdin-filepath without - is a usage error", async () => {
    expect((await cli(["validate", "--stdin-filepath", "x.json", "."], { cwd: folderWith({ "a.json": "{}" }) })).code).toBe(2);
  });
});

describe("quoted globs", () => {
  const tree = {
    "recorded/a/one.jsv": "{ended:True}",
    "recorded/a/one.json": '{"ended":true}',
    "recorded/b/c/two.jsv": "{ended:True}",
    "recorded/b/notes.txt": "x",
    "recorded/.hidden/three.jsv": "{ended:True}",
    "other/four.jsv": "{ended:True}",
  };

  test.each([
    ["recorded/**/*.jsv", ["recorded/a/one.jsv", "recorded/b/c/two.jsv"]],
    ["recorded/*/*.json", ["recorded/a/one.json"]],
    ["**/four.jsv", ["other/four.jsv"]],
    ["recorded/{a,b/c}/*.jsv", ["recorded/a/one.jsv", "recorded/b/c/two.jsv"]],
    ["recorded/**/*", ["recorded/a/one.json", "recorded/a/one.jsv", "recorded/b/c/two.jsv"]],
  ])("%s finds %j (files of the known kinds, no dot folders)", async (pattern, expected) => {
    const outcome = await cli(["validate", "--format", "json", pattern], { cwd: folderWith(tree) });
    expect(outcome.code).toBe(0);
    expect(files(outcome).sort()).toEqual(expected);
  });

  test("a pattern that matches nothing is exit 2 and says so", async () => {
    const outcome = await cli(["validate", "recorded/**/*.csv"], { cwd: folderWith(tree) });
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toContain("recorded/**/*.csv  error  unreadable: no file matches this pattern");
  });

  test("a file found by a pattern and named again is checked once", async () => {
    const outcome = await cli(["validate", "--format", "json", "recorded/**/*.jsv", "recorded/a/one.jsv"], { cwd: folderWith(tree) });
    expect(files(outcome).sort()).toEqual(["recorded/a/one.jsv", "recorded/b/c/two.jsv"]);
  });

  test("the walker's rules hold: a symlink out of the pattern's folder is reported as skipped", async () => {
    const cwd = folderWith(tree);
    symlinkSync(join(cwd, "other"), join(cwd, "recorded", "link"));
    const outcome = await cli(["validate", "--format", "json", "recorded/**/*.jsv"], { cwd });
    expect(JSON.parse(outcome.stdout).skipped).toEqual([expect.objectContaining({ path: "recorded/link", reason: expect.stringContaining("outside the paths given") })]);
  });

  test("a path that exists is a path, even with glob characters in its name", async () => {
    const cwd = folderWith({ "[draft].json": '{"ended":true}' });
    expect(files(await cli(["validate", "--format", "json", "[draft].json"], { cwd }))).toEqual(["[draft].json"]);
  });
});

describe(".evo-codec-ignore is gitignore-style", () => {
  test.each([
    ["a name, at any depth below", "tmp.json", ["a/keep.json", "keep.json"]],
    ["a folder only, with a trailing slash", "a/", ["keep.json", "tmp.json"]],
    ["anchored to its folder, with a leading slash", "/tmp.json", ["a/keep.json", "a/tmp.json", "keep.json"]],
    ["a wildcard", "*.json\n!keep.json", ["a/keep.json", "keep.json"]],
    ["comments and blank lines", "# notes\n\ntmp.json", ["a/keep.json", "keep.json"]],
  ])("%s", async (_, patterns, expected) => {
    const cwd = folderWith({ ".evo-codec-ignore": patterns, "keep.json": "{}", "tmp.json": "{", "a/keep.json": "{}", "a/tmp.json": "{" });
    expect(files(await cli(["validate", "--format", "json", "."], { cwd })).sort()).toEqual(expected);
  });

  test("a deeper file's !pattern brings back what an outer one passed over", async () => {
    const cwd = folderWith({ ".evo-codec-ignore": "*.jsv", "a/.evo-codec-ignore": "!keep.jsv", "a/keep.jsv": "{}", "a/other.jsv": "{", "b/x.jsv": "{" });
    expect(files(await cli(["validate", "--format", "json", "."], { cwd }))).toEqual(["a/keep.jsv"]);
  });

  test("it applies to the walk below its folder: a folder it lists can still be named and checked", async () => {
    const cwd = folderWith({ ".evo-codec-ignore": "invalid", "invalid/bad.json": "{", "ok.json": "{}" });
    expect(files(await cli(["validate", "--format", "json", "."], { cwd }))).toEqual(["ok.json"]);
    expect(files(await cli(["validate", "--format", "json", "--expect-invalid", "invalid"], { cwd }))).toEqual(["invalid/bad.json"]);
  });

  test("it is a file of the folder it is in: a folder by that name is reported", async () => {
    const cwd = folderWith({ "a.json": "{}" });
    mkdirSync(join(cwd, ".evo-codec-ignore"));
    const outcome = await cli(["validate", "."], { cwd });
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toContain(".evo-codec-ignore  error  unreadable: not a regular file (a folder)");
  });
});
