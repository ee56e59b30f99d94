import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cli, folderWith, repoRoot } from "./support.js";

// JSON Lines in the CLI: `.jsonl` files are found by the format registry's extensions, and a
// JSON Lines document is always a list, one value per line; a single line is a single value.

const sampleJson = readFileSync(join(repoRoot, "fixtures", "samples", "documented-sample.json"), "utf8").trim();

describe("validate", () => {
  test("a .jsonl of one line is the single session the reference writes, equal to its .json", async () => {
    const cwd = folderWith({ "sample.json": sampleJson, "sample.jsonl": sampleJson });
    expect(await cli(["validate", "."], { cwd })).toMatchObject({ code: 0, stdout: expect.stringContaining("✔ 2 files valid") });
  });

  test("a .jsonl of many lines is a list of sessions", async () => {
    const cwd = folderWith({ "list.jsonl": '{"ended":true}\n{}\n{"dialState":"Active"}\n', "list.json": '[{"ended":true},{},{"dialState":"Active"}]' });
    expect(await cli(["validate", "."], { cwd })).toMatchObject({ code: 0 });
  });

  test("a problem is reported at its line and column in the file, with the element's index in its path", async () => {
    const cwd = folderWith({ "bad.jsonl": '{}\n{"members":[{"role":"Boss"}]}\n' });
    const outcome = await cli(["validate", "--format", "json", "bad.jsonl"], { cwd });
    expect(outcome.code).toBe(1);
    expect(JSON.parse(outcome.stdout).files[0]).toMatchObject({
      format: "jsonl",
      problems: [{ code: "invalid-enum", path: "[1].members[0].role", line: 2, column: 21 }],
    });
  });

  test("a recorded response with Content-Type text/jsonl", async () => {
    const cwd = folderWith({ "r.http": `HTTP/1.1 200 OK\r\nContent-Type: text/jsonl\r\n\r\n${sampleJson}` });
    expect(await cli(["validate", "r.http"], { cwd })).toMatchObject({ code: 0 });
  });
});

describe("convert", () => {
  test("--to jsonl writes a list one line per session, and a single session as its JSON line", async () => {
    const cwd = folderWith({ "l.jsv": "[{ended:True},{}]", "s.json": '{"ended":true}' });
    const list = await cli(["convert", "l.jsv", "--to", "jsonl"], { cwd });
    expect(list).toMatchObject({ code: 0, stderr: "" });
    expect(list.stdout.split("\n")).toEqual([expect.stringContaining('"ended":true'), expect.stringContaining('"ended":false'), ""]);
    expect((await cli(["convert", "s.json", "--to", "jsonl"], { cwd })).stdout).toBe(`${(await cli(["convert", "s.json", "--to", "json"], { cwd })).stdout}`);
  });

  test("a .jsonl converts to the other formats", async () => {
    const cwd = folderWith({ "s.jsonl": sampleJson });
    expect((await cli(["convert", "s.jsonl", "--to", "json"], { cwd })).stdout).toBe(`${sampleJson}\n`);
  });
});
