import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, test } from "vitest";
import { bin, cli, folderWith, repoRoot } from "./support.js";

// Output conventions (issue 15, item 4): --quiet, -o, several reports in one run, colour, SARIF;
// and --max-problems (item 2).

const GOOD = '{"ended":true}';
const BAD = '{\n  "dialState": "Dialing"\n}';

describe("--format sarif: SARIF 2.1.0 with exact regions", () => {
  // The OASIS SARIF 2.1.0 schema (Committee Specification, sarif-schema-2.1.0.json), as published.
  const schema = JSON.parse(readFileSync(join(import.meta.dirname, "sarif-schema-2.1.0.json"), "utf8"));
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const conforms = ajv.compile(schema);
  const sarif = async (files: Record<string, string | Uint8Array>, extra: string[] = []) => {
    const outcome = await cli(["validate", "--format", "sarif", ...extra, "."], { cwd: folderWith(files) });
    const log = JSON.parse(outcome.stdout);
    expect(conforms(log), JSON.stringify(conforms.errors, null, 2)).toBe(true);
    return { code: outcome.code, log, run: log.runs[0] };
  };

  test("the schema check can fail: a log without its version, or with a column of 0, does not conform", () => {
    expect(conforms({ runs: [] })).toBe(false);
    const region = { startLine: 1, startColumn: 0 };
    expect(conforms({ version: "2.1.0", runs: [{ tool: { driver: { name: "x" } }, results: [{ message: { text: "m" }, locations: [{ physicalLocation: { artifactLocation: { uri: "a" }, region } }] }] }] })).toBe(false);
  });

  test("a problem is a result at its line and column: one character, UTF-16 columns", async () => {
    const { code, log, run } = await sarif({ "ok.json": GOOD, "dir with space/bad#1.json": BAD });
    expect(code).toBe(1);
    expect(log.version).toBe("2.1.0");
    expect(run.tool.driver).toMatchObject({ name: "evo-codec", rules: [expect.objectContaining({ id: "invalid-enum" })] });
    expect(run.columnKind).toBe("utf16CodeUnits");
    expect(run.results).toEqual([
      {
        ruleId: "invalid-enum",
        ruleIndex: 0,
        level: "error",
        message: { text: expect.stringMatching(/^dialState: /) },
        locations: [{ physicalLocation: { artifactLocation: { uri: "dir%20with%20space/bad%231.json", uriBaseId: "SRCROOT" }, region: { startLine: 2, startColumn: 16, endLine: 2, endColumn: 17 } } }],
      },
    ]);
    expect(run.originalUriBaseIds.SRCROOT.uri).toMatch(/^file:\/\/\/.*\/$/);
    expect(run.invocations[0]).toMatchObject({ executionSuccessful: true, exitCode: 1 });
  });

  test("a truncated document is an insertion point at its end; a problem with the whole file has no region", async () => {
    const { run } = await sarif({ "cut.json": '{"ended":', "bin.json": new Uint8Array([0x7b, 0, 0x7d]) });
    const byFile = Object.fromEntries(run.results.map((r: { locations: [{ physicalLocation: { artifactLocation: { uri: string }; region?: object } }] }) => [r.locations[0].physicalLocation.artifactLocation.uri, r.locations[0].physicalLocation.region]));
    expect(byFile["cut.json"]).toEqual({ startLine: 1, startColumn: 10, endLine: 1, endColumn: 10 });
    expect(byFile["bin.json"]).toBeUndefined();
  });

  test("what was skipped or unreadable, and a run that checked nothing, are notifications of the run", async () => {
    const { run } = await sarif({ "only.txt": "x" });
    expect(run.results).toEqual([]);
    expect(run.invocations[0]).toMatchObject({ executionSuccessful: false, exitCode: 2, toolExecutionNotifications: [expect.objectContaining({ level: "error", message: { text: expect.stringContaining("no file was checked") } })] });
  });

  test("a valid run has no results and conforms too", async () => {
    const { code, run } = await sarif({ "ok.json": GOOD });
    expect(code).toBe(0);
    expect(run.results).toEqual([]);
  });

  test("control characters from the repository are escaped in the log", async () => {
    const { run } = await sarif({ "\u009b.json": '{"dialState":"\u001b[31m"}' });
    expect(JSON.stringify(run)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});

describe("several reports in one run, each to its own file", () => {
  test("--format sarif=FILE --format text: SARIF to the file, text to stdout", async () => {
    const cwd = folderWith({ "bad.json": BAD });
    const outcome = await cli(["validate", "--format", "sarif=out/report.sarif", "--format", "text", "."], { cwd });
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toContain("bad.json:2:16  error  invalid-enum");
    expect(JSON.parse(readFileSync(join(cwd, "out/report.sarif"), "utf8")).runs[0].results).toHaveLength(1);
  });

  test("-o sends the report without a file of its own to that file; stdout stays empty", async () => {
    const cwd = folderWith({ "bad.json": BAD });
    const outcome = await cli(["validate", "--format", "junit", "-o", "report.xml", "--format", "json=report.json", "."], { cwd });
    expect(outcome).toMatchObject({ code: 1, stdout: "" });
    expect(readFileSync(join(cwd, "report.xml"), "utf8")).toContain('<failure type="invalid-enum"');
    expect(JSON.parse(readFileSync(join(cwd, "report.json"), "utf8")).valid).toBe(false);
  });

  test.each([
    [["--format", "json", "--format", "text"], "json and text would both be written to stdout"],
    [["--format", "json=r", "--format", "text=r"], 'two reports would be written to "r"'],
    [["--format", "xml"], "--format must be text, github, json, junit, sarif"],
    [["--format", "json="], "needs a file name after the ="],
  ])("%j is a usage error, and nothing is written", async (flags, message) => {
    const cwd = folderWith({ "a.json": GOOD });
    const outcome = await cli(["validate", ...flags, "."], { cwd });
    expect(outcome).toMatchObject({ code: 2, stdout: "", stderr: expect.stringContaining(message) });
    expect(existsSync(join(cwd, "r"))).toBe(false);
  });

  test("a report that cannot be written is exit 2, said on stderr; the other reports are still written", async () => {
    const cwd = folderWith({ "a.json": GOOD, "blocked": "a file, not a folder" });
    const outcome = await cli(["validate", "--format", "json=blocked/r.json", "--format", "text", "."], { cwd });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain("cannot write the json report to blocked/r.json");
    expect(outcome.stdout).toContain("✔ 1 file valid");
  });
});

describe("--quiet: problems only", () => {
  test("a valid run prints nothing", async () => {
    expect(await cli(["validate", "--quiet", "."], { cwd: folderWith({ "a.json": GOOD }) })).toMatchObject({ code: 0, stdout: "" });
  });

  test("skipped paths and notes are left out; problems and the failing summary stay", async () => {
    const cwd = folderWith({ "a.json": BAD, "fifo-less.txt": "x" });
    const outcome = await cli(["validate", "-q", "a.json"], { cwd });
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toContain("a.json:2:16  error  invalid-enum");
    expect(outcome.stdout).toContain("✖ 1 problem in 1 of 1 files");
  });

  test("the github annotations keep errors only; the machine-readable reports stay whole", async () => {
    const cwd = folderWith({ "a.json": GOOD, "r.http": 'HTTP/1.1 404 Not Found\nContent-Type: application/json\n\n{"responseStatus":{"errorCode":"NotFound"}}' });
    expect((await cli(["validate", "--quiet", "--format", "github", "."], { cwd })).stdout).toBe("");
    expect((await cli(["validate", "--format", "github", "."], { cwd })).stdout).toContain("::notice file=r.http,title=evo-codec error response::404 Not Found: NotFound");
    expect(JSON.parse((await cli(["validate", "--quiet", "--format", "json", "."], { cwd })).stdout).files[1].note).toBe("404 Not Found: NotFound");
  });
});

describe("colour", () => {
  const coloured = async (flags: string[], env: Record<string, string>, tty: boolean) => (await cli(["validate", ...flags, "a.json"], { cwd: folderWith({ "a.json": BAD }), env, tty })).stdout.includes("\x1b[");

  test.each([
    ["a terminal", [], {}, true, true],
    ["a pipe", [], {}, false, false],
    ["NO_COLOR on a terminal", [], { NO_COLOR: "1" }, true, false],
    ["FORCE_COLOR into a pipe", [], { FORCE_COLOR: "1" }, false, true],
    ["FORCE_COLOR=0 on a terminal", [], { FORCE_COLOR: "0" }, true, false],
    ["FORCE_COLOR over NO_COLOR, as Node.js reads them", [], { FORCE_COLOR: "1", NO_COLOR: "1" }, false, true],
    ["--color into a pipe", ["--color"], {}, false, true],
    ["--no-color on a terminal, over FORCE_COLOR", ["--no-color"], { FORCE_COLOR: "1" }, true, false],
    ["the last of --color and --no-color", ["--color", "--no-color"], {}, true, false],
  ])("%s", async (_, flags, env, tty, expected) => {
    expect(await coloured(flags as string[], env as Record<string, string>, tty as boolean)).toBe(expected);
  });

  test("a text report written to a file has no colour unless asked for", async () => {
    const cwd = folderWith({ "a.json": BAD });
    await cli(["validate", "--format", "text=r.txt", "a.json"], { cwd, tty: true });
    expect(readFileSync(join(cwd, "r.txt"), "utf8")).not.toContain("\x1b[");
  });
});

describe("--max-problems: at most N problems a file, then a count of the rest", () => {
  // A file of expectations that names several files no longer there has one problem per name.
  const stale = (n: number) => JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [`gone${i}.json`, "syntax"])));

  test("the default keeps 50", async () => {
    const outcome = await cli(["validate", "--expect-invalid", "--format", "json", "."], { cwd: folderWith({ "bad.json": "{", ".evo-codec-expect.json": stale(53) }) });
    const file = JSON.parse(outcome.stdout).files.find((f: { file: string }) => f.file === ".evo-codec-expect.json");
    expect(file.problems).toHaveLength(50);
    expect(file.omitted).toBe(3);
  });

  test.each([["text", "and 2 more problems in this file (--max-problems raises the limit)"], ["github", "::error file=.evo-codec-expect.json,title=evo-codec::and 2 more problems"], ["junit", '<failure type="max-problems" message="and 2 more problems']])(
    "--max-problems 1 in %s says how many more there are",
    async (format, said) => {
      const outcome = await cli(["validate", "--expect-invalid", "--max-problems", "1", "--format", format, "."], { cwd: folderWith({ "bad.json": "{", ".evo-codec-expect.json": stale(3) }) });
      expect(outcome.code).toBe(1);
      expect(outcome.stdout).toContain(said);
    },
  );

  test.each([["0"], ["-1"], ["1.5"], ["lots"]])("--max-problems %s is a usage error", async (value) => {
    expect((await cli(["validate", "--max-problems", value, "."], { cwd: folderWith({ "a.json": GOOD }) })).code).toBe(2);
  });
});

describe("every problem in a file (issue 15, item 2)", () => {
  // Four schema-level problems: a wrong enum, a wrong type, an unknown member, a null element.
  const FOUR = '{\n  "dialState": "Dialing",\n  "ended": "yes",\n  "callColour": "red",\n  "members": [null]\n}\n';
  const problemsIn = async (format: string) => JSON.parse((await cli(["validate", "--format", "json", `four.${format}`], { cwd: folderWith({ [`four.${format}`]: FOUR }) })).stdout).files[0].problems;

  test("each is reported with its own path, line and column, in the order of the text", async () => {
    expect(await problemsIn("json")).toEqual([
      expect.objectContaining({ code: "invalid-enum", path: "dialState", line: 2, column: 16 }),
      expect.objectContaining({ code: "invalid-boolean", path: "ended", line: 3, column: 12 }),
      expect.objectContaining({ code: "unknown-member", path: "callColour", line: 4, column: 3 }),
      expect.objectContaining({ code: "null-value", path: "members[0]", line: 5, column: 15 }),
    ]);
  });

  test.each([
    ["text", ["four.json:2:16  error  invalid-enum  dialState:", "four.json:3:12  error  invalid-boolean  ended:", "four.json:4:3  error  unknown-member  callColour:", "four.json:5:15  error  null-value  members[0]:", "✖ 4 problems in 1 of 1 files"]],
    [
      "github",
      [
        "::error file=four.json,line=2,col=16,title=evo-codec invalid-enum::dialState:",
        "::error file=four.json,line=3,col=12,title=evo-codec invalid-boolean::ended:",
        "::error file=four.json,line=4,col=3,title=evo-codec unknown-member::callColour:",
        "::error file=four.json,line=5,col=15,title=evo-codec null-value::members[0]:",
      ],
    ],
    ["junit", ['<failure type="invalid-enum"', "four.json:2:16 dialState", '<failure type="invalid-boolean"', "four.json:3:12 ended", '<failure type="unknown-member"', "four.json:4:3 callColour", '<failure type="null-value"', "four.json:5:15 members[0]"]],
  ])("--format %s prints each of them", async (format, said) => {
    const outcome = await cli(["validate", "--format", format, "four.json"], { cwd: folderWith({ "four.json": FOUR }) });
    expect(outcome.code).toBe(1);
    let from = 0;
    for (const part of said) {
      const at = outcome.stdout.indexOf(part, from);
      expect(at, `${part} after offset ${from} in\n${outcome.stdout}`).toBeGreaterThanOrEqual(0);
      from = at + part.length;
    }
  });

  test("--format sarif has a result for each, at its region", async () => {
    const outcome = await cli(["validate", "--format", "sarif", "four.json"], { cwd: folderWith({ "four.json": FOUR }) });
    const results = JSON.parse(outcome.stdout).runs[0].results as { ruleId: string; locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[] }[];
    expect(results.map((result) => [result.ruleId, result.locations[0]!.physicalLocation.region.startLine, result.locations[0]!.physicalLocation.region.startColumn])).toEqual([
      ["invalid-enum", 2, 16],
      ["invalid-boolean", 3, 12],
      ["unknown-member", 4, 3],
      ["null-value", 5, 15],
    ]);
  });

  test.each([
    ["jsv", "{dialState:Dialing,ended:yes,callColour:red,members:[,{role:Boss}]}", ["invalid-enum dialState 1:12", "invalid-boolean ended 1:26", "unknown-member callColour 1:30", "null-value members[0] 1:54", "invalid-enum members[1].role 1:61"]],
    ["csv", 'DialState,Ended,CallColour\r\nDialing,yes,red\r\nActive,True,\r\nNone,no,x\r\n', ["unknown-member [0].CallColour 1:17", "invalid-enum [0].dialState 2:1", "invalid-boolean [0].ended 2:9", "invalid-boolean [2].ended 4:6"]],
  ])("a %s file too", async (extension, content, expected) => {
    const outcome = await cli(["validate", "--format", "json", `four.${extension}`], { cwd: folderWith({ [`four.${extension}`]: content }) });
    const found = JSON.parse(outcome.stdout).files[0].problems as { code: string; path: string; line: number; column: number }[];
    expect(found.map((p) => `${p.code} ${p.path} ${p.line}:${p.column}`)).toEqual(expected);
  });

  test("a syntax error after them ends the file: what follows it is not read", async () => {
    const broken = FOUR.replace('"members": [null]', '"members": [null], ] "queueState": "Nope"');
    const found = JSON.parse((await cli(["validate", "--format", "json", "four.json"], { cwd: folderWith({ "four.json": broken }) })).stdout).files[0].problems;
    expect(found.map((p: { code: string }) => p.code)).toEqual(["invalid-enum", "invalid-boolean", "unknown-member", "null-value", "syntax"]);
  });

  test("a negative fixture with several problems passes when the expected one is among them, with no count of the rest", async () => {
    const cwd = folderWith({ "four.json": FOUR, ".evo-codec-expect.json": JSON.stringify({ "four.json": { code: "null-value", path: "members[0]" } }) });
    const outcome = await cli(["validate", "--expect-invalid", "--max-problems", "1", "--format", "json", "."], { cwd });
    const file = JSON.parse(outcome.stdout).files.find((f: { file: string }) => f.file === "four.json");
    expect(outcome.code).toBe(0);
    expect(file).not.toHaveProperty("omitted");
  });

  test.skipIf(!existsSync(join(repoRoot, "dist", "cli", "main.js")))("through the built bin, each in text (npm run build first)", () => {
    const outcome = bin(["validate", "--max-problems", "3", "four.json"], { cwd: folderWith({ "four.json": FOUR }) });
    expect(outcome.code).toBe(1);
    expect(outcome.stdout.match(/^four\.json:\d+:\d+ {2}error/gm)).toEqual(["four.json:2:16  error", "four.json:3:12  error", "four.json:4:3  error"]);
    expect(outcome.stdout).toContain("and 1 more problem in this file (--max-problems raises the limit)");
  });

  test("--max-problems 2 keeps the first two and counts the rest", async () => {
    const outcome = await cli(["validate", "--max-problems", "2", "--format", "json", "four.json"], { cwd: folderWith({ "four.json": FOUR }) });
    const file = JSON.parse(outcome.stdout).files[0];
    expect(file.problems.map((p: { code: string }) => p.code)).toEqual(["invalid-enum", "invalid-boolean"]);
    expect(file.omitted).toBe(2);
  });
});
