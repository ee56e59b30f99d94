import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { generateFromDtos } from "../../src/generate/dtos.js";
import { generateModule } from "../../src/generate/index.js";
import { cli, folderWith, SRC_INDEX } from "../cli/support.js";
import { metadataFixture, root } from "./support.js";

// `evo-codec generate`: from a file, stdin or --url to a module, with what it left out on stderr.

const sessions = readFileSync(join(root, "fixtures", "generate", "sessions.metadata.json"), "utf8");
const every = readFileSync(join(root, "fixtures", "generate", "every-construct.metadata.json"), "utf8");
const dtos = readFileSync(join(root, "fixtures", "generate", "sessions.dtos.ts"), "utf8");

describe("evo-codec generate", () => {
  test("writes the module -o names, and says what it wrote", async () => {
    const dir = folderWith({ "metadata.json": sessions });
    const outcome = await cli(["generate", "metadata.json", "-o", "api.ts"], { cwd: dir });
    expect(outcome.code).toBe(0);
    expect(readFileSync(join(dir, "api.ts"), "utf8")).toBe(generateModule(metadataFixture("sessions.metadata.json"), { source: "metadata.json" }).code);
    expect(outcome.stderr).toMatch(/note DeleteChatMember: route DELETE .*\nevo-codec: wrote api\.ts: 25 types, 8 operations\n$/);
  });

  test("writes to stdout without -o, and JavaScript for an .mjs", async () => {
    const dir = folderWith({ "metadata.json": sessions });
    expect((await cli(["generate", "metadata.json"], { cwd: dir })).stdout).toContain('import { boolean, dictionary, dotNetTypeName, enumeration, generic, type Infer,');
    await cli(["generate", "--metadata", "metadata.json", "-o", "api.mjs"], { cwd: dir });
    const code = readFileSync(join(dir, "api.mjs"), "utf8");
    expect(code).toContain("export const ListResponse = generic((t) =>");
    expect(code).not.toContain("type Infer");
  });

  test("names each type it left out, with the reason, and still writes the rest", async () => {
    const dir = folderWith({ "metadata.json": every });
    const outcome = await cli(["generate", "metadata.json", "-o", "api.ts"], { cwd: dir });
    expect(outcome.code).toBe(0);
    expect(outcome.stderr).toContain("evo-codec: left out Calendar: member Day: DateOnly is not yet describable: the model has no DateOnly yet\n");
    expect(outcome.stderr).toContain("evo-codec: left out Drawing: member Shape: IShape is an interface");
    expect(outcome.stderr).toContain("evo-codec: wrote api.ts: 32 types, 6 operations, 8 left out\n");
    expect((await cli(["generate", "metadata.json", "-o", "api.ts", "--strict"], { cwd: dir })).code).toBe(1);
  });

  test("reads TypeScript DTOs, noting the numbers it guessed; metadata wins when both are given", async () => {
    const dir = folderWith({ "dtos.ts": dtos, "metadata.json": sessions });
    const outcome = await cli(["generate", "--dtos", "dtos.ts", "-o", "api.ts"], { cwd: dir });
    expect(outcome.code).toBe(0);
    expect(outcome.stderr).toContain("note ListRequest: ListRequest.page: number is described as double");
    expect(readFileSync(join(dir, "api.ts"), "utf8")).toBe(generateFromDtos(dtos, { source: "dtos.ts" }).code);
    const both = await cli(["generate", "metadata.json", "--dtos", "dtos.ts", "-o", "both.ts"], { cwd: dir });
    expect(both.stderr).toContain("evo-codec: dtos.ts is not read: the metadata is exact where DTOs guess");
    expect(readFileSync(join(dir, "both.ts"), "utf8")).toContain("page: int(),");
  });

  test.each([
    ["a file that is not there", ["generate", "missing.json"], "evo-codec: cannot read missing.json"],
    ["a file that is not JSON", ["generate", "broken.json"], "evo-codec: broken.json is not JSON"],
    ["JSON that is not metadata", ["generate", "other.json"], "evo-codec: the document is not ServiceStack metadata"],
    ["a field of the wrong type", ["generate", "wrong.json"], "evo-codec: types[0].properties[0].type is missing"],
    ["metadata with nothing the model can describe", ["generate", "empty.json"], "evo-codec: the metadata describes no type the model can describe"],
    ["bytes that are not UTF-8", ["generate", "latin1.json"], "evo-codec: latin1.json is not UTF-8 text"],
    ["an output whose language cannot be told", ["generate", "other.json", "-o", "api.txt"], "cannot tell the language of \"api.txt\""],
    ["no source at all", ["generate"], "generate needs a metadata document"],
  ])("%s is exit 2", async (_, argv, message) => {
    const dir = folderWith({
      "broken.json": "{",
      "other.json": '{"a":1}',
      "wrong.json": '{"types":[{"name":"X","properties":[{"name":"Y"}]}]}',
      "empty.json": '{"types":[],"operations":[]}',
      "latin1.json": new Uint8Array([0x7b, 0xe9, 0x7d]),
    });
    const outcome = await cli(argv, { cwd: dir });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain(message);
  });

  test("--url reads a live server's metadata, and a server that fails is exit 2", async () => {
    const server = createServer((request, response) => {
      if (request.url === "/types/metadata") response.writeHead(200, { "Content-Type": "application/json" }).end(sessions);
      else response.writeHead(500).end("boom");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const ok = await cli(["generate", "--url", `${base}/types/metadata`]);
      expect([ok.code, ok.stdout.includes("export const SessionInfo = object(")]).toEqual([0, true]);
      const failed = await cli(["generate", "--url", `${base}/broken`]);
      expect([failed.code, failed.stderr]).toEqual([2, `evo-codec: ${base}/broken answered 500 Internal Server Error\n`]);
    } finally {
      server.close();
    }
  });

  test.skipIf(!existsSync(join(root, "dist", "cli", "main.js")))("reads the metadata from stdin with -", () => {
    const outcome = spawnSync(process.execPath, [join(root, "dist", "cli", "main.js"), "generate", "-"], { input: sessions, encoding: "utf8" });
    expect(outcome.status).toBe(0);
    expect(outcome.stdout).toContain("// Generated by `evo-codec generate` from stdin: 25 types, 8 operations.");
  });
});

describe("evo-codec validate --metadata", () => {
  test("checks documents against a type the metadata describes, a generic one included", async () => {
    const dir = folderWith({
      "metadata.json": sessions,
      "page.json": '{"items":[{"dialState":"Active"}],"totalCount":1}',
      "bad.json": '{"items":[{"dialState":"Dialing"}]}',
    });
    const good = await cli(["validate", "--metadata", "metadata.json", "--type", "ListResponse<SessionInfo>", "page.json"], { cwd: dir });
    expect(good.code).toBe(0);
    const bad = await cli(["validate", "--metadata", "metadata.json", "--type", "ListResponse<SessionInfo>", "bad.json"], { cwd: dir });
    expect([bad.code, bad.stdout]).toEqual([1, expect.stringContaining("invalid-enum  items[0].dialState")]);
  });

  test.each([
    [["--type", "Nope"], 'does not describe --type "Nope"'],
    [["--type", "Calendar"], 'does not describe --type "Calendar": member Day: DateOnly is not yet describable'],
    [[], "--metadata needs --type"],
    [["--type", "Color"], 'is not a class'],
  ])("%j is a usage error", async (args, message) => {
    const dir = folderWith({ "metadata.json": every, "x.json": "{}" });
    const outcome = await cli(["validate", "--metadata", "metadata.json", ...args, "x.json"], { cwd: dir });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain(message);
  });
});

// A generated module and the metadata itself, with the .NET types of issue 12: what `validate`
// finds in documents of such a type, in each format.
describe("validate with a type of dates, decimals, Guids, TimeSpans, flags and spelled enums", () => {
  const good =
    '{"start":"\\/Date(1623764730123)\\/","length":"PT1H30M","id":"0f8fad5bd9cb469fa16570867728950e","price":79228162514264337593543950335,' +
    '"initial":"x","status":"in progress","priority":7,"permissions":3,"level":2}';
  // One problem each, so that the report is the same whether validate stops at a file's first problem or collects them.
  const bad: Record<string, [string, string, string]> = {
    "bad-date.json": ['{"start":"yesterday"}', "invalid-value", "start"],
    "bad-guid.json": ['{"id":"0f8fad5b"}', "invalid-value", "id"],
    "bad-decimal.json": ['{"price":"1.10"}', "invalid-number", "price"],
    "bad-enum.json": ['{"status":"Paused"}', "invalid-enum", "status"],
    "bad-flags.json": ['{"permissions":"Read, Nope"}', "invalid-enum", "permissions"],
  };
  const badFiles = Object.fromEntries(Object.entries(bad).map(([name, [text]]) => [name, text]));
  const badReports = Object.entries(bad).map(([name, [, code, path]]) => [name, false, [expect.objectContaining({ code, path })]]);
  type Report = { files: { file: string; valid: boolean; problems?: unknown[] }[] };

  // Files of one base name in two formats are compared with each other: these have names of their own.
  test("--schema on a generated module: JSON, JSV and CSV documents checked against the generated type", async () => {
    const module = generateModule(metadataFixture("every-construct.metadata.json"), { language: "mjs", importFrom: SRC_INDEX }).code;
    const dir = folderWith({
      "api.mjs": module,
      "good.json": good,
      "other.jsv": "{start:2021-06-15T13:45:30.1234567Z,length:PT1H30M,id:0f8fad5bd9cb469fa16570867728950e,price:1.10,status:in progress,permissions:3}",
      "rows.csv": "Start,Price,Status,Permissions\r\n2021-06-15,1.10,Done,5\r\n",
      ...badFiles,
    });
    const outcome = await cli(["validate", "--schema", "./api.mjs#Appointment", "--format", "json", "good.json", "other.jsv", "rows.csv", ...Object.keys(bad)], { cwd: dir });
    const report = JSON.parse(outcome.stdout) as Report;
    expect(outcome.code).toBe(1);
    expect(report.files.map((f) => [f.file, f.valid, f.problems])).toEqual([
      ["good.json", true, []],
      ["other.jsv", true, []],
      ["rows.csv", true, []],
      ...badReports,
    ]);
  });

  test("--metadata --type: the same type straight from the metadata", async () => {
    const dir = folderWith({ "metadata.json": every, "good.json": good, ...badFiles });
    const outcome = await cli(["validate", "--metadata", "metadata.json", "--type", "Appointment", "--format", "json", "good.json", ...Object.keys(bad)], { cwd: dir });
    const report = JSON.parse(outcome.stdout) as Report;
    expect(outcome.code).toBe(1);
    expect(report.files.map((f) => [f.file, f.valid, f.problems])).toEqual([
      ["good.json", true, []],
      ...badReports,
    ]);
  });
});
