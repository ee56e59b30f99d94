import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { bin, cli, folderWith } from "./support.js";

// Where the report goes may fail: a clear message and the run's own exit code, never a stack
// trace (issue 14, item 9).

describe("$GITHUB_STEP_SUMMARY that cannot be written", () => {
  test.each([
    ["in a folder that does not exist", (folder: string) => join(folder, "missing", "summary.md")],
    ["a folder", (folder: string) => folder],
  ])("%s: a warning, and the exit code of the validation", async (_, summaryPath) => {
    const cwd = folderWith({ "ok.json": "{}" });
    const summary = summaryPath(folderWith({}));
    const outcome = await cli(["validate", "--format", "github", "."], { cwd, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(outcome.code).toBe(0);
    expect(outcome.stderr).toContain(`evo-codec: cannot write the job summary to ${summary}:`);
    expect(outcome.stdout).toContain("::warning title=evo-codec::cannot write the job summary");
  });

  test("an invalid file still exits 1", async () => {
    const cwd = folderWith({ "bad.json": "{" });
    const outcome = await cli(["validate", "--format", "github", "."], { cwd, env: { GITHUB_STEP_SUMMARY: join(cwd, "no", "such") } });
    expect(outcome.code).toBe(1);
  });
});

describe("stdout closed early (`| head`)", () => {
  const cwd = folderWith(Object.fromEntries(Array.from({ length: 800 }, (_, i) => [`f${String(i).padStart(4, "0")}.json`, '{"dialState":"Nope"}'])));

  test.each([["text"], ["json"], ["junit"]])("--format %s: no stack trace, the run's exit code", (format) => {
    const outcome = bin([], { cwd, shell: `$EVO validate --format ${format} . | head -c 100 > /dev/null; echo "exit=\${PIPESTATUS[0]}" >&2` });
    expect(outcome.stderr).not.toContain("EPIPE");
    expect(outcome.stderr).not.toContain("    at ");
    expect(outcome.stderr).toContain("exit=1");
  });
});
