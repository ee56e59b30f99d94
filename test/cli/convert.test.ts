import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { version } from "../../package.json";
import { EXIT_RULES } from "../../src/cli/exit.js";
import { cli, folderWith, repoRoot } from "./support.js";

// `evo-codec convert` and the CLI's own help.

const fixture = (name: string) => readFileSync(join(repoRoot, "fixtures", "samples", name), "utf8");

describe("convert", () => {
  test.each([
    ["documented-sample.json", "jsv", [], fixture("documented-sample.jsv").replaceAll("\n", "").replaceAll(": ", ":") + "\n"],
    ["documented-sample.jsv", "csv", [], fixture("documented-sample.csv")],
    ["documented-sample.csv", "json", [], fixture("documented-sample.json") + "\n"],
    ["documented-sample.jsv.http", "jsv", ["--pretty"], fixture("documented-sample.reindented.jsv") + "\n"],
  ])("%s --to %s %j writes what the reference would", async (file, to, flags, expected) => {
    const outcome = await cli(["convert", `fixtures/samples/${file}`, "--to", to, ...flags]);
    expect(outcome).toEqual({ code: 0, stdout: expected, stderr: "" });
  });

  test("--case pascal writes the declared names", async () => {
    const cwd = folderWith({ "s.json": '{"ended":true}' });
    expect((await cli(["convert", "s.json", "--to", "json", "--case", "pascal"], { cwd })).stdout).toBe(
      '{"DialState":"None","CallState":"Disconnected","QueueState":"None","Channel":"Voice","Ended":true,"HoldReason":"None","Direction":"Incoming","WasMissed":false}\n',
    );
  });

  test("lists stay lists", async () => {
    const cwd = folderWith({ "l.jsv": "[{ended:True},{}]" });
    expect((await cli(["convert", "l.jsv", "--to", "csv"], { cwd })).stdout.split("\r\n")).toHaveLength(4);
  });

  test("an invalid file is exit 1 with its error", async () => {
    const cwd = folderWith({ "bad.json": '{"dialState":"Dialing"}' });
    const outcome = await cli(["convert", "bad.json", "--to", "jsv"], { cwd });
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain("JSON invalid-enum at dialState (line 1, column 14)");
  });

  test.each([
    [["convert", "x.json"], "--to json, jsv, csv or jsonl"],
    [["convert", "x.json", "--to", "json", "--pretty"], "--pretty is for --to jsv only"],
    [["convert", "x.json", "--to", "json", "--case", "snake"], "--case must be"],
    [["convert", "--to", "json"], "exactly one file"],
    [["convert", "x.txt", "--to", "json"], "cannot tell the format"],
  ])("usage errors are exit 2: %j", async (argv, message) => {
    const cwd = folderWith({ "x.json": "{}", "x.txt": "{}" });
    const outcome = await cli(argv, { cwd });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain(message);
  });

  test("a missing file is exit 2", async () => {
    expect((await cli(["convert", "nope.json", "--to", "jsv"])).code).toBe(2);
  });
});

describe("help and version", () => {
  test("--help describes both commands and every option", async () => {
    const { code, stdout } = await cli(["--help"]);
    expect(code).toBe(0);
    const words = ["validate", "convert", "--type", "--format", "--expect-invalid", "--allow-empty", "--no-compare", "--max-length", ".evo-codec-expect.json", ".evo-codec-ignore"];
    for (const word of [...words, "--to", "--pretty", "--case", "NO_COLOR", "GITHUB_STEP_SUMMARY", "Exit status"]) {
      expect(stdout).toContain(word);
    }
  });

  test("--help and the README state the same exit code rules, from one table", async () => {
    const { stdout } = await cli(["--help"]);
    const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
    for (const rule of EXIT_RULES) {
      expect(stdout).toContain(`${rule.code}  ${rule.when}`);
      expect(readme).toContain(`| ${rule.code} | ${rule.when} |`);
    }
  });

  test("--version prints the package version", async () => {
    expect(await cli(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });
});
