import { describe, expect, test } from "vitest";
import { cli, folderWith } from "./support.js";

// Bounded output: a message quotes at most a short prefix of a user's value (issue 14, item 11).

const MB = 1024 * 1024;
const huge = "A".repeat(MB);

describe("a 1 MB value is quoted as a short prefix", () => {
  const cwd = folderWith({
    "enum.json": `{"dialState":"${huge}"}`,
    "member.json": `{"${huge}":1}`,
    "bool.jsv": `{ended:${huge}}`,
    "type.http": `HTTP/1.1 200 OK\nContent-Type: text/${huge}\n\n{}`,
  });

  test.each([["text"], ["json"], ["junit"], ["github"]])("--format %s", async (format) => {
    const outcome = await cli(["validate", "--format", format, "."], { cwd });
    expect(outcome.code).toBe(1);
    expect(outcome.stdout.length).toBeLessThan(8000);
    expect(outcome.stdout).toContain("A".repeat(80));
    expect(outcome.stdout).not.toContain("A".repeat(81));
  });

  test("in convert's message, which is the library's DecodeError", async () => {
    const outcome = await cli(["convert", "enum.json", "--to", "jsv"], { cwd });
    expect(outcome.code).toBe(1);
    expect(outcome.stderr.length).toBeLessThan(2000);
    expect(outcome.stderr).toContain("…");
  });

  test("a 1 MB dictionary key in a path is cut too", async () => {
    const cwd = folderWith({ "key.json": `{"members":[{"applicationData":{"${huge}":[]}}]}` });
    const outcome = await cli(["validate", "--format", "json", "key.json"], { cwd });
    expect(outcome.stdout.length).toBeLessThan(2000);
  });
});
