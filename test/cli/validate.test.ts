import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { bin, cli, folderWith, repoRoot } from "./support.js";

// `evo-codec validate`: the fixture validator CI pipelines run.

const SAMPLE_JSON = '{"dialState":"Active","accountName":"Acme, Inc.","ended":true}\n';
const SAMPLE_JSV = '{dialState:Active,accountName:"Acme, Inc.",ended:True}\n';
const SAMPLE_CSV = 'DialState,AccountName,Ended\r\nActive,"Acme, Inc.",True\r\n';
const SAMPLE_HTTP = "HTTP/1.1 200 OK\r\nContent-Type: text/jsv; charset=utf-8\r\n\r\n" + SAMPLE_JSV;

describe("the shipped fixtures", () => {
  test("are all valid, and the negative ones all invalid", async () => {
    expect(await cli(["validate", "fixtures"])).toMatchObject({ code: 0, stdout: expect.stringMatching(/✔ \d+ files valid/) });
    expect(await cli(["validate", "--expect-invalid", "fixtures/invalid"])).toMatchObject({ code: 0, stdout: expect.stringContaining("invalid, as expected") });
  });

  test("the team fixtures validate green: a user DTO module, a config, negative fixtures with their codes (issue 15)", () => {
    // Through the built bin: the DTO module imports "evo-codec", which resolves to dist/ by the package's own name.
    const outcome = bin(["validate", "--config", "fixtures/team/evo-codec.config.json"], { cwd: repoRoot });
    expect(outcome).toMatchObject({ code: 0, stdout: expect.stringContaining("✔ 6 files valid and 5 invalid, as expected") });
    expect(outcome.stdout).toContain("fixtures/team/tickets/missing.http  note  404 Not Found: NotFound: Ticket 99 does not exist");
  });

  test("the CSV page's sample is JSON sent as text/csv, and says so", async () => {
    const { code, stdout } = await cli(["validate", "--format", "json", "fixtures/invalid/csv-page-sample.http"]);
    expect(code).toBe(1);
    const [problem] = JSON.parse(stdout).files[0].problems;
    expect(problem).toMatchObject({ code: "syntax", line: 9, column: 1 });
    expect(problem.message).toContain("the body looks like JSON");
  });
});

describe("formats", () => {
  test.each([
    ["sample.json", SAMPLE_JSON],
    ["sample.jsv", SAMPLE_JSV],
    ["sample.csv", SAMPLE_CSV],
    ["sample.http", SAMPLE_HTTP],
    ["list.json", `[${SAMPLE_JSON.trim()},{}]`],
    ["list.jsv", "[{},{ended:True}]"],
  ])("%s is read by its extension (or Content-Type)", async (name, text) => {
    expect(await cli(["validate", name], { cwd: folderWith({ [name]: text }) })).toMatchObject({ code: 0 });
  });

  test.each([
    ["bad.json", '{"dialState":"Dialing"}', "invalid-enum", 1, 14],
    ["bad.jsv", "{ended:yes}", "invalid-boolean", 1, 8],
    ["bad.csv", "Ended\r\nyes\r\n", "invalid-boolean", 2, 1],
    ["bad.http", "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"x\":1}", "unknown-member", 4, 2],
    ["odd.http", "HTTP/1.1 200 OK\nContent-Type: text/html\n\n<p>", "content-type", 4, 1],
    ["broken.http", "no status line", "http", 1, 1],
  ])("%s: each problem has its file, line, column and code", async (name, text, code, line, column) => {
    const outcome = await cli(["validate", "--format", "json", name], { cwd: folderWith({ [name]: text }) });
    expect(outcome.code).toBe(1);
    expect(JSON.parse(outcome.stdout).files[0].problems[0]).toMatchObject({ code, line, column });
  });

  test("decoding is strict: unknown members are reported", async () => {
    const outcome = await cli(["validate", "x.json"], { cwd: folderWith({ "x.json": '{"nickname":"x"}' }) });
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toContain("x.json:1:2  error  unknown-member  nickname:");
  });

  test("--type picks another described DTO", async () => {
    const cwd = folderWith({ "crumb.json": '{"id":"b1","name":"Home"}' });
    expect((await cli(["validate", "crumb.json"], { cwd })).code).toBe(1);
    expect((await cli(["validate", "--type", "CustomerBreadcrumb", "crumb.json"], { cwd })).code).toBe(0);
  });
});

describe("files that share a base name", () => {
  test("must decode to the same value, across formats", async () => {
    const cwd = folderWith({ "s.json": SAMPLE_JSON, "s.jsv": SAMPLE_JSV, "s.csv": SAMPLE_CSV, "s.pretty.http": SAMPLE_HTTP });
    expect((await cli(["validate", "."], { cwd })).code).toBe(0);
  });

  test("a difference is reported with its path", async () => {
    const cwd = folderWith({ "s.json": SAMPLE_JSON, "s.jsv": SAMPLE_JSV.replace("Acme, Inc.", "Acme Ltd") });
    const outcome = await cli(["validate", "--format", "json", "."], { cwd });
    expect(outcome.code).toBe(1);
    expect(JSON.parse(outcome.stdout).files[1].problems[0]).toMatchObject({ code: "mismatch", path: "accountName" });
  });

  test("CSV's empty cells are compared as absent strings", async () => {
    const cwd = folderWith({ "s.json": '{"accountName":""}', "s.csv": "AccountName\r\n\r\n" });
    expect((await cli(["validate", "."], { cwd })).code).toBe(0);
  });
});

describe("exit codes", () => {
  test("0 when everything is valid, 1 when something is not, and one bad file never stops the others", async () => {
    const cwd = folderWith({ "a.json": "{", "b.json": "{}", "c.jsv": "{x" });
    const outcome = await cli(["validate", "--format", "json", "."], { cwd });
    expect(outcome.code).toBe(1);
    expect(JSON.parse(outcome.stdout).files.map((f: { valid: boolean }) => f.valid)).toEqual([false, true, false]);
  });

  test.each([
    [["validate"], "needs at least one file"],
    [["validate", "--format", "xml", "."], "--format must be"],
    [["validate", "--type", "Nope", "."], "unknown --type"],
    [["validate", "--bogus", "."], "Unknown option"],
    [["frobnicate"], "unknown command"],
    [[], "Usage:"],
  ])("2 for a usage error: %j", async (argv, message) => {
    const outcome = await cli(argv);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr + outcome.stdout).toContain(message);
  });

  test("2 for a path that cannot be read, after checking the others", async () => {
    const cwd = folderWith({ "ok.json": "{}" });
    const outcome = await cli(["validate", "ok.json", "missing.json"], { cwd });
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toContain("missing.json  error  unreadable");
  });

  test("--expect-invalid fails when a file is valid", async () => {
    const cwd = folderWith({ "bad.json": "{", "good.json": "{}" });
    const outcome = await cli(["validate", "--expect-invalid", "--format", "json", "."], { cwd });
    expect(outcome.code).toBe(1);
    expect(JSON.parse(outcome.stdout).files[1].problems[0].code).toBe("unexpectedly-valid");
  });
});

describe("output for people and for CI", () => {
  const cwd = folderWith({ "bad.jsv": "{dialState:None,\nended:maybe}", "good.json": "{}" });

  test("text: file:line:col, code, path and message, the line with a caret, a summary", async () => {
    const { stdout } = await cli(["validate", "."], { cwd });
    expect(stdout).toBe(
      'bad.jsv:2:7  error  invalid-boolean  ended: expected True or False, found "maybe"\n    ended:maybe}\n          ^\n✖ 1 problem in 1 of 2 files\n',
    );
  });

  test("text is coloured on a terminal, unless NO_COLOR is set", async () => {
    expect((await cli(["validate", "."], { cwd, tty: true })).stdout).toContain("\x1b[31merror\x1b[0m");
    expect((await cli(["validate", "."], { cwd, tty: true, env: { NO_COLOR: "1" } })).stdout).not.toContain("\x1b[");
  });

  test("a progress line on stderr when a terminal watches a long run", async () => {
    const many = folderWith(Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`f${i}.json`, "{}"])));
    expect((await cli(["validate", "."], { cwd: many, tty: true })).stderr).toContain("validating 25/25");
    expect((await cli(["validate", "."], { cwd: many })).stderr).toBe("");
  });

  test("github: ::error annotations, and a Markdown summary in $GITHUB_STEP_SUMMARY", async () => {
    const summary = join(folderWith({}), "summary.md");
    writeFileSync(summary, "");
    const { stdout } = await cli(["validate", "--format", "github", "."], { cwd, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(stdout).toBe('::error file=bad.jsv,line=2,col=7,title=evo-codec invalid-boolean::ended: expected True or False, found "maybe"\n');
    expect(readFileSync(summary, "utf8")).toContain("| `bad.jsv` | jsv | ❌ 2:7 `invalid-boolean`");
  });

  test("json: one report on stdout", async () => {
    const report = JSON.parse((await cli(["validate", "--format", "json", "."], { cwd })).stdout);
    expect(report).toMatchObject({ valid: false, files: [{ file: "bad.jsv", valid: false }, { file: "good.json", valid: true, problems: [] }] });
  });

  test("junit: a testcase per file and a failure per problem", async () => {
    const { stdout } = await cli(["validate", "--format", "junit", "."], { cwd });
    expect(stdout).toContain('<testsuite name="evo-codec validate" tests="2" failures="1" errors="0" skipped="0">');
    expect(stdout.match(/<testcase /g)).toHaveLength(2);
    expect(stdout).toContain('<failure type="invalid-boolean" message="expected True or False, found &quot;maybe&quot;">bad.jsv:2:7 ended');
  });
});

describe("walking folders", () => {
  test("finds .json .jsv .csv .http files, skipping what .evo-codec-ignore names", async () => {
    const cwd = folderWith({ "a/x.json": "{}", "a/notes.txt": "?", "a/skip/y.json": "{", "a/.evo-codec-ignore": "skip\n" });
    const report = JSON.parse((await cli(["validate", "--format", "json", "a"], { cwd })).stdout);
    expect(report.files.map((f: { file: string }) => f.file)).toEqual([join("a", "x.json")]);
  });
});
