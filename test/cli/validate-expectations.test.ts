import { chmodSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { bin, cli, folderWith, repoRoot } from "./support.js";

// Negative fixtures (`--expect-invalid`): a file passes only when it was read, decoded and
// failed; `.evo-codec-expect.json` beside it can say which error it must fail with.

const EXPECT = ".evo-codec-expect.json";
const expectations = (entries: Record<string, unknown>) => JSON.stringify(entries, null, 2);

describe("only a file that was checked can fail as expected (issue 14, item 2)", () => {
  test("a file of no known kind is a problem, not an expected failure", async () => {
    const cwd = folderWith({ "bad.json": "{", "readme.txt": "notes" });
    const outcome = await cli(["validate", "--expect-invalid", "--format", "json", "bad.json", "readme.txt"], { cwd });
    expect(outcome.code).toBe(1);
    const report = JSON.parse(outcome.stdout);
    expect(report.files.find((f: { file: string }) => f.file === "readme.txt").problems[0].code).toBe("format");
  });

  test("a file it could not read is exit 2, not an expected failure", () => {
    const cwd = folderWith({ "bad.json": "{", "locked.json": "{" });
    chmodSync(join(cwd, "locked.json"), 0o000);
    const outcome = bin(["validate", "--expect-invalid", "."], { cwd, unprivileged: true });
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).not.toContain("invalid, as expected");
  });
});

describe(`${EXPECT}: the error each negative fixture must give`, () => {
  const files = {
    "enum.json": '{"dialState":"Dialing"}',
    "syntax.json": '{"dialState":"None",}',
  };

  test.each([
    ["the code alone", { "enum.json": "invalid-enum" }],
    ["code and path", { "enum.json": { code: "invalid-enum", path: "dialState" } }],
    ["code, path, line and column", { "enum.json": { code: "invalid-enum", path: "dialState", line: 1, column: 14 } }],
  ])("a file failing as stated passes: %s", async (_, stated) => {
    const cwd = folderWith({ ...files, [EXPECT]: expectations(stated) });
    const outcome = await cli(["validate", "--expect-invalid", "."], { cwd });
    expect(outcome).toMatchObject({ code: 0, stdout: expect.stringContaining("2 files invalid, as expected") });
  });

  test.each([
    ["another code", { "syntax.json": "invalid-enum" }, "expected invalid-enum, but it fails with syntax at 1:21"],
    ["another path", { "enum.json": { code: "invalid-enum", path: "callState" } }, "expected invalid-enum in callState, but it fails with invalid-enum at 1:14 in dialState"],
    ["another place", { "enum.json": { code: "invalid-enum", line: 2, column: 1 } }, "expected invalid-enum at 2:1, but it fails with invalid-enum at 1:14"],
  ])("a file failing for another reason is reported: %s", async (_, stated, message) => {
    const cwd = folderWith({ ...files, [EXPECT]: expectations(stated) });
    const outcome = await cli(["validate", "--expect-invalid", "--format", "json", "."], { cwd });
    expect(outcome.code).toBe(1);
    const problems = JSON.parse(outcome.stdout).files.flatMap((f: { problems: unknown[] }) => f.problems);
    expect(problems).toEqual([expect.objectContaining({ code: "wrong-error", message: expect.stringContaining(message) })]);
  });

  test("a file stated to fail that decodes is still unexpectedly valid", async () => {
    const cwd = folderWith({ "ok.json": "{}", [EXPECT]: expectations({ "ok.json": "syntax" }) });
    const outcome = await cli(["validate", "--expect-invalid", "--format", "json", "."], { cwd });
    expect(JSON.parse(outcome.stdout).files[0].problems[0].code).toBe("unexpectedly-valid");
  });

  test("an expectation for a file that is not there is reported", async () => {
    const cwd = folderWith({ ...files, [EXPECT]: expectations({ "enum.json": "invalid-enum", "gone.json": "syntax" }) });
    const outcome = await cli(["validate", "--expect-invalid", "."], { cwd });
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toContain(`${EXPECT}:3:3  error  stale-expectation  "gone.json" names no file checked in this folder`);
  });

  test.each([
    ["not JSON", "{", "is not JSON"],
    ["not an object", "[]", "must be an object"],
    ["an unknown code", expectations({ "enum.json": "invalid-enumm" }), 'unknown code "invalid-enumm"'],
    ["an unknown property", expectations({ "enum.json": { code: "syntax", col: 3 } }), 'unknown property "col"'],
    ["a line that is not a positive integer", expectations({ "enum.json": { code: "syntax", line: 0 } }), "line must be a positive integer"],
  ])("a file of expectations that is %s is exit 2", async (_, text, message) => {
    const cwd = folderWith({ ...files, [EXPECT]: text });
    const outcome = await cli(["validate", "--expect-invalid", "."], { cwd });
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toContain(message);
  });

  test("expectations apply to a fixture given by name too", async () => {
    const cwd = folderWith({ ...files, [EXPECT]: expectations({ "syntax.json": "invalid-enum" }) });
    expect((await cli(["validate", "--expect-invalid", "syntax.json"], { cwd })).code).toBe(1);
  });

  test("without --expect-invalid the file is read for nothing: every file must be valid", async () => {
    const cwd = folderWith({ ...files, [EXPECT]: expectations({ "enum.json": "invalid-enum" }) });
    expect((await cli(["validate", "."], { cwd })).code).toBe(1);
  });
});

describe("the shipped negative fixtures", () => {
  test("each states the error it must give", () => {
    const folder = join(repoRoot, "fixtures", "invalid");
    const stated = JSON.parse(readFileSync(join(folder, EXPECT), "utf8"));
    const fixtures = readdirSync(folder).filter((name) => !name.startsWith("."));
    expect(Object.keys(stated).sort()).toEqual(fixtures.sort());
  });
});
