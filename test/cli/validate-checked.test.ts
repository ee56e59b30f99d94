import { chmodSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { bin, cli, folderWith } from "./support.js";

// What counts as checked: a run that checked nothing never passes, each file is checked once,
// and a file that cannot be read is exit 2 like any other path that cannot be read.

describe("a run that checked no file is exit 2 (issue 14, item 1)", () => {
  const empty = folderWith({});
  const onlyNotes = folderWith({ "notes.txt": "hello", "readme.md": "# x" });
  const elsewhere = folderWith({ "x.json": "{}" });
  const linkFolder = folderWith({});
  symlinkSync(join(elsewhere, "x.json"), join(linkFolder, "x.json"));

  test.each([
    ["an empty folder", empty, []],
    ["an empty folder, with --expect-invalid", empty, ["--expect-invalid"]],
    ["a folder of files of no known kind", onlyNotes, []],
    ["a folder of symlinks to elsewhere", linkFolder, []],
  ])("%s", async (_, folder, flags) => {
    const outcome = await cli(["validate", ...flags, folder]);
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).not.toContain("✔");
    expect(outcome.stdout + outcome.stderr).toContain("no file was checked");
  });

  test("the JSON report says how many files were checked", async () => {
    const report = JSON.parse((await cli(["validate", "--format", "json", empty])).stdout);
    expect(report).toMatchObject({ valid: false, checked: 0 });
  });

  test("--allow-empty opts out: nothing to check is then a pass", async () => {
    const outcome = await cli(["validate", "--allow-empty", empty]);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain("0 files");
  });
});

describe("each file is checked once (item 7)", () => {
  const cwd = folderWith({ "a/x.json": "{}", "a/y.json": "{" });

  test.each([
    [["a", "a"]],
    [["a", "a/x.json", "a/y.json"]],
    [["a/x.json", "./a/x.json", "a"]],
  ])("%j", async (paths) => {
    const report = JSON.parse((await cli(["validate", "--format", "json", ...paths], { cwd })).stdout);
    expect(report.files.map((file: { file: string }) => file.file).sort()).toEqual([join("a", "x.json"), join("a", "y.json")]);
    expect(report.checked).toBe(2);
  });

  test("the text summary counts them once", async () => {
    const cwd = folderWith({ "a/x.json": "{}" });
    expect((await cli(["validate", "a", "a"], { cwd })).stdout).toContain("✔ 1 file valid");
  });
});

describe("a file that cannot be read is exit 2, as a missing path is (item 8)", () => {
  test("a file without read permission, among readable ones", () => {
    const cwd = folderWith({ "ok.json": "{}", "locked.json": "{}" });
    chmodSync(join(cwd, "locked.json"), 0o000);
    const outcome = bin(["validate", "--format", "json", "."], { cwd, unprivileged: true });
    expect(outcome.code).toBe(2);
    const report = JSON.parse(outcome.stdout);
    expect(report.unreadable).toEqual([{ path: "locked.json", message: expect.stringContaining("EACCES") }]);
    expect(report.files.map((file: { file: string }) => file.file)).toEqual(["ok.json"]);
  });

  test("given by name, with --expect-invalid too", () => {
    const cwd = folderWith({ "bad.json": "{", "locked.json": "{" });
    chmodSync(join(cwd, "locked.json"), 0o000);
    expect(bin(["validate", "--expect-invalid", "bad.json", "locked.json"], { cwd, unprivileged: true }).code).toBe(2);
  });
});
