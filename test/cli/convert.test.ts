import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { version } from "../../package.json";
import { EXIT_RULES } from "../../src/cli/exit.js";
import { cli, folderWith, repoRoot, SRC_INDEX } from "./support.js";

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
    [["convert", "--to", "json"], "convert needs a file (or - for standard input)"],
    [["convert", "x.json", "x.json", "--to", "jsv"], "several files are converted into a folder: add --out-dir DIR"],
    [["convert", "x.json", "--to", "jsv", "-o", "a", "--out-dir", "b"], "give -o FILE or --out-dir DIR, not both"],
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

describe("convert for teams (issue 15, item 6)", () => {
  const SESSION = '{"ended":true,"accountName":"Acme"}';

  test("- reads standard input; --stdin-filepath gives its format", async () => {
    expect(await cli(["convert", "-", "--to", "jsv"], { cwd: folderWith({}), stdin: SESSION })).toMatchObject({ code: 0, stdout: expect.stringContaining("accountName:Acme") });
    expect(await cli(["convert", "-", "--stdin-filepath", "s.jsv", "--to", "json"], { cwd: folderWith({}), stdin: "{ended:True}" })).toMatchObject({ code: 0, stdout: expect.stringContaining('"ended":true') });
  });

  test("--strict refuses what a client would pass over: an unknown member", async () => {
    const cwd = folderWith({ "s.json": '{"ended":true,"later":1}' });
    expect((await cli(["convert", "s.json", "--to", "jsv"], { cwd })).code).toBe(0);
    const strict = await cli(["convert", "--strict", "s.json", "--to", "jsv"], { cwd });
    expect(strict).toMatchObject({ code: 1, stderr: expect.stringContaining("unknown-member at later") });
  });

  test("-o FILE writes the file, and refuses to overwrite one without --force", async () => {
    const cwd = folderWith({ "s.json": SESSION, "old.jsv": "keep me" });
    expect(await cli(["convert", "s.json", "--to", "jsv", "-o", "out/s.jsv"], { cwd })).toMatchObject({ code: 0, stdout: "" });
    expect(readFileSync(join(cwd, "out/s.jsv"), "utf8")).toContain("accountName:Acme");
    const refused = await cli(["convert", "s.json", "--to", "jsv", "-o", "old.jsv"], { cwd });
    expect(refused).toMatchObject({ code: 2, stderr: expect.stringContaining('"old.jsv" exists: --force overwrites it') });
    expect(readFileSync(join(cwd, "old.jsv"), "utf8")).toBe("keep me");
    expect((await cli(["convert", "s.json", "--to", "jsv", "-o", "old.jsv", "--force"], { cwd })).code).toBe(0);
    expect(readFileSync(join(cwd, "old.jsv"), "utf8")).toContain("accountName:Acme");
  });

  test("several files go into --out-dir, each under its base name with the new extension", async () => {
    const cwd = folderWith({ "a.json": SESSION, "b.jsv": "{ended:True}", "c.jsv.http": "HTTP/1.1 200 OK\nContent-Type: text/jsv\n\n{ended:False}" });
    expect(await cli(["convert", "a.json", "b.jsv", "c.jsv.http", "--to", "csv", "--out-dir", "csv"], { cwd })).toMatchObject({ code: 0, stdout: "", stderr: "" });
    expect(readFileSync(join(cwd, "csv/a.csv"), "utf8")).toContain("Acme");
    expect(readFileSync(join(cwd, "csv/b.csv"), "utf8")).toContain("True");
    expect(readFileSync(join(cwd, "csv/c.csv"), "utf8")).toContain("False");
  });

  test("nothing is written when one output exists or two would share a name: every clash is checked first", async () => {
    const cwd = folderWith({ "a.json": SESSION, "b.json": SESSION, "out/b.jsv": "keep me" });
    expect((await cli(["convert", "a.json", "b.json", "--to", "jsv", "--out-dir", "out"], { cwd })).code).toBe(2);
    expect(existsSync(join(cwd, "out/a.jsv"))).toBe(false);
    const clash = await cli(["convert", "a.json", "x/a.jsv", "--to", "csv", "--out-dir", "o"], { cwd: folderWith({ "a.json": SESSION, "x/a.jsv": "{}" }) });
    expect(clash).toMatchObject({ code: 2, stderr: expect.stringContaining('"a.json" and "x/a.jsv" would both be written to') });
  });

  test("a file that cannot be converted is exit 1; the others are still written", async () => {
    const cwd = folderWith({ "bad.json": '{"dialState":"Dialing"}', "good.json": SESSION });
    const outcome = await cli(["convert", "bad.json", "good.json", "--to", "jsv", "--out-dir", "o"], { cwd });
    expect(outcome).toMatchObject({ code: 1, stderr: expect.stringContaining("bad.json: JSON invalid-enum") });
    expect(existsSync(join(cwd, "o/good.jsv"))).toBe(true);
    expect(existsSync(join(cwd, "o/bad.jsv"))).toBe(false);
  });

  test("--schema converts a team's own type", async () => {
    const cwd = folderWith({ "dtos.mjs": `import { object, int } from ${JSON.stringify(SRC_INDEX)}; export const T = object("T", { id: int() });`, "t.json": '{"id":5}' });
    expect(await cli(["convert", "t.json", "--schema", "./dtos.mjs#T", "--to", "jsv"], { cwd })).toMatchObject({ code: 0, stdout: "{id:5}\n" });
  });

  test("a recorded error response converts as the error body it is", async () => {
    const cwd = folderWith({ "e.http": 'HTTP/1.1 404 Not Found\nContent-Type: application/json\n\n{"responseStatus":{"errorCode":"NotFound","message":"gone"}}' });
    expect(await cli(["convert", "e.http", "--to", "jsv"], { cwd })).toMatchObject({ code: 0, stdout: "{responseStatus:{errorCode:NotFound,message:gone}}\n" });
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
