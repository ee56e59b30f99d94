import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { bin, cli, folderWith } from "./support.js";

// Walking folders: symlinks, folders that cannot be read, and `.evo-codec-ignore` that is not
// an ordinary file. Nothing is passed over without a word.

const files = (report: { files: { file: string }[] }) => report.files.map((f) => f.file);

describe("symlinks inside walked folders (issue 14, item 3)", () => {
  test("a symlink to a folder inside the given path is followed", async () => {
    // The repository's `fixtures -> recorded`, with recorded/ itself ignored.
    const cwd = folderWith({ "repo/recorded/bad.json": "{", "repo/.evo-codec-ignore": "recorded\n" });
    symlinkSync("recorded", join(cwd, "repo", "fixtures"));
    const outcome = await cli(["validate", "--format", "json", "repo"], { cwd });
    expect(outcome.code).toBe(1);
    expect(files(JSON.parse(outcome.stdout))).toEqual([join("repo", "fixtures", "bad.json")]);
  });

  test("a symlink to a file inside the given path is followed", async () => {
    const cwd = folderWith({ "repo/data/.evo-codec-ignore": "a.json\n", "repo/data/a.json": "{" });
    symlinkSync(join("data", "a.json"), join(cwd, "repo", "latest.json"));
    expect(files(JSON.parse((await cli(["validate", "--format", "json", "repo"], { cwd })).stdout))).toEqual([join("repo", "latest.json")]);
  });

  const outside = folderWith({ "recorded/bad.json": "{" });
  const cwd = folderWith({ "repo/ok.json": "{}" });
  symlinkSync(join(outside, "recorded"), join(cwd, "repo", "fixtures"));

  test.each([
    ["text", (out: string) => expect(out).toContain(`${join("repo", "fixtures")}  skipped  a symlink to a folder outside the paths given`)],
    ["json", (out: string) => expect(JSON.parse(out).skipped).toEqual([{ path: join("repo", "fixtures"), reason: expect.stringContaining("outside the paths given") }])],
    ["github", (out: string) => expect(out).toContain(`::warning file=${join("repo", "fixtures")},title=evo-codec skipped::a symlink to a folder outside the paths given`)],
    ["junit", (out: string) => expect(out).toMatch(/<testcase classname="evo-codec.validate" name="repo\/fixtures">\s*<skipped message="a symlink to a folder outside the paths given/)],
  ])("a symlink to elsewhere is reported as skipped: %s", async (format, check) => {
    const outcome = await cli(["validate", "--format", format, "repo"], { cwd });
    expect(outcome.code).toBe(0);
    check(outcome.stdout);
  });

  test("a symlink to elsewhere is named in the job summary", async () => {
    const summary = join(folderWith({}), "summary.md");
    await cli(["validate", "--format", "github", "repo"], { cwd, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(execFileSync("cat", [summary], { encoding: "utf8" })).toContain("skipped: `a symlink to a folder outside the paths given");
  });

  test("a loop of symlinks is walked once, and said so", async () => {
    const cwd = folderWith({ "repo/a/x.json": "{}" });
    symlinkSync("..", join(cwd, "repo", "a", "up"));
    const report = JSON.parse((await cli(["validate", "--format", "json", "repo"], { cwd })).stdout);
    expect(files(report)).toEqual([join("repo", "a", "x.json")]);
    expect(report.skipped).toEqual([{ path: join("repo", "a", "up"), reason: expect.stringContaining("already walked") }]);
  });

  test("a symlink to nothing is a path that cannot be read", async () => {
    const cwd = folderWith({ "repo/ok.json": "{}" });
    symlinkSync("missing.json", join(cwd, "repo", "gone.json"));
    const outcome = await cli(["validate", "--format", "json", "repo"], { cwd });
    expect(outcome.code).toBe(2);
    expect(JSON.parse(outcome.stdout).unreadable).toEqual([{ path: join("repo", "gone.json"), message: expect.stringContaining("ENOENT") }]);
  });
});

describe("a folder that cannot be read (item 4)", () => {
  test("is reported by its own name, and its siblings are still checked", () => {
    const cwd = folderWith({ "repo/a/x.json": "{}", "repo/b/y.json": "{" });
    chmodSync(join(cwd, "repo", "a"), 0o000);
    chmodSync(join(cwd, "repo"), 0o755);
    const outcome = bin(["validate", "--format", "json", "repo"], { cwd, unprivileged: true });
    expect(outcome.code).toBe(2);
    const report = JSON.parse(outcome.stdout);
    expect(report.unreadable).toEqual([{ path: join("repo", "a"), message: expect.stringContaining("EACCES") }]);
    expect(files(report)).toEqual([join("repo", "b", "y.json")]);
  });
});

describe(".evo-codec-ignore is read only when it is an ordinary file of sane size (item 10)", () => {
  const cases: [string, (folder: string) => void, string][] = [
    ["a symlink to /dev/zero", (folder) => symlinkSync("/dev/zero", join(folder, ".evo-codec-ignore")), "not a regular file"],
    ["a FIFO", (folder) => execFileSync("mkfifo", [join(folder, ".evo-codec-ignore")]), "not a regular file"],
    ["a folder", (folder) => mkdirSync(join(folder, ".evo-codec-ignore")), "not a regular file"],
    ["a 2 MB file", (folder) => writeFileSync(join(folder, ".evo-codec-ignore"), "x\n".repeat(1024 * 1024)), "larger than"],
  ];
  test.each(cases)("%s is reported, and the folder still walked", (_, make, message) => {
    const cwd = folderWith({ "repo/x.json": "{}", "repo/sub/y.json": "{}" });
    make(join(cwd, "repo"));
    const outcome = bin(["validate", "--format", "json", "repo"], { cwd, timeout: 20_000 });
    expect(outcome.code).toBe(2);
    const report = JSON.parse(outcome.stdout);
    expect(report.unreadable).toEqual([{ path: join("repo", ".evo-codec-ignore"), message: expect.stringContaining(message) }]);
    expect(files(report)).toEqual([join("repo", "sub", "y.json"), join("repo", "x.json")]);
  });

  test("a file of a known kind that is a FIFO is skipped with a word, never opened", async () => {
    const cwd = folderWith({ "repo/x.json": "{}" });
    execFileSync("mkfifo", [join(cwd, "repo", "pipe.json")]);
    const report = JSON.parse((await cli(["validate", "--format", "json", "repo"], { cwd })).stdout);
    expect(report.skipped).toEqual([{ path: join("repo", "pipe.json"), reason: "not a regular file (a FIFO)" }]);
  });
});
