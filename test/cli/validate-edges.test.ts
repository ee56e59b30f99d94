import { describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { json, listOf, SessionInfo } from "../../src/index.js";
import { cli, folderWith } from "./support.js";

describe("the validator", () => {
  test("a file it cannot read the format of is a problem, not a pass", async () => {
    const outcome = await cli(["validate", "notes.txt", "ok.json"], { cwd: folderWith({ "notes.txt": "hello", "ok.json": "{}" }) });
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toContain("notes.txt:1:1  error  format");
  });

  test("a JSON list of one session and a one-row CSV of it are the same value", async () => {
    const sessions = [{ dialState: "Active", accountName: "x" }] as const;
    const cwd = folderWith({ "s.json": json.encode(listOf(SessionInfo), sessions), "s.csv": csv.encode(listOf(SessionInfo), sessions) });
    expect((await cli(["validate", "."], { cwd })).code).toBe(0);
  });
});
