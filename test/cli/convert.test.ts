import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { version } from "../../package.json";
import { cli, folderWith, repoRoot } from "./support.js";

// `evo-codec convert` and the CLI's own help.

const fixture = (name: string) => readFileSync(join(repoRoot, "fixtures", "samples", name), "utf8");

describe("convert", () => {
  test.each([
    ["documented-sample.json", "jsv", [], fixture("documented-sample.jsv").replaceAll("\n", "").replaceAll(": ", ":") + "\n"],
    ["documented-sample.jsv", "csv", [], fixture("documented-sample.csv")],
    ["documented-sample.csv", "json", [], fixture("documented-sample.json") + "\n"],
    ["documented-sample.jsv.http", "jsv", ["--pretty"], fixture("documented-sample.reindented.jsv") + "\n"],
  ])("%s --to %s %j writes what the reference would", (file, to, flags, expected) => {
    const outcome = cli(["convert", `fixtures/samples/${file}`, "--to", to, ...flags]);
    expect(outcome).toEqual({ code: 0, stdout: expected, stderr: "" });
  });

  test("--case pascal writes the declared names", () => {
    const cwd = folderWith({ "s.json": '{"ended":true}' });
    expect(cli(["convert", "s.json", "--to", "json", "--case", "pascal"], { cwd }).stdout).toBe(
      '{"DialState":"None","CallState":"Disconnected","QueueState":"None","Channel":"Voice","Ended":true,"HoldReason":"None","Direction":"Incoming","WasMissed":false}\n',
    );
  });

  test("lists stay lists", () => {
    const cwd = folderWith({ "l.jsv": "[{ended:True},{}]" });
    expect(cli(["convert", "l.jsv", "--to", "csv"], { cwd }).stdout.split("\r\n")).toHaveLength(4);
  });

  test("an invalid file is exit 1 with its error", () => {
    const cwd = folderWith({ "bad.json": '{"dialState":"Dialing"}' });
    const outcome = cli(["convert", "bad.json", "--to", "jsv"], { cwd });
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain("JSON invalid-enum at dialState (line 1, column 14)");
  });

  test.each([
    [["convert", "x.json"], "--to json, jsv, csv or jsonl"],
    [["convert", "x.json", "--to", "json", "--pretty"], "--pretty is for --to jsv only"],
    [["convert", "x.json", "--to", "json", "--case", "snake"], "--case must be"],
    [["convert", "--to", "json"], "exactly one file"],
    [["convert", "x.txt", "--to", "json"], "cannot tell the format"],
  ])("usage errors are exit 2: %j", (argv, message) => {
    const cwd = folderWith({ "x.json": "{}", "x.txt": "{}" });
    const outcome = cli(argv, { cwd });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain(message);
  });

  test("a missing file is exit 2", () => {
    expect(cli(["convert", "nope.json", "--to", "jsv"]).code).toBe(2);
  });
});

describe("help and version", () => {
  test("--help describes both commands and every option", () => {
    const { code, stdout } = cli(["--help"]);
    expect(code).toBe(0);
    for (const word of ["validate", "convert", "--type", "--format", "--expect-invalid", "--to", "--pretty", "--case", "NO_COLOR", "GITHUB_STEP_SUMMARY", "Exit status"]) {
      expect(stdout).toContain(word);
    }
  });

  test("--version prints the package version", () => {
    expect(cli(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });
});
