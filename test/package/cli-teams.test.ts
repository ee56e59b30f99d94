// The installed `evo-codec` bin with a team's own DTOs (issue 15, item 1): a module that imports
// its building blocks from the installed package, named with --schema or mapped by a config file
// (evo-codec.config.json, or the "evo-codec" member of package.json), as a consumer runs it.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SLOW, SLOW_ONLY } from "../support/slow.js";
import { packed, root } from "./support.js";

const DTOS = `import { enumeration, int, object, string } from "evo-codec";
export const Status = enumeration("Status", ["Open", "Closed"]);
export const Ticket = object("Ticket", { id: int(), title: string(), status: Status });
`;

/** A folder inside the consumer project (so `evo-codec` resolves to the installed package) holding these files. */
function teamFolder(files: Record<string, string>): string {
  const folder = mkdtempSync(join(packed().project, "team-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(folder, name, ".."), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
  return folder;
}

function evoCodec(args: string[], cwd: string) {
  const bin = join(packed().project, "node_modules", ".bin", process.platform === "win32" ? "evo-codec.cmd" : "evo-codec");
  const outcome = spawnSync(bin, args, { cwd, encoding: "utf8", timeout: 30_000 });
  return { code: outcome.status, stdout: outcome.stdout, stderr: outcome.stderr };
}

describe.skipIf(!SLOW)(`the installed bin with a team's own types ${SLOW_ONLY}`, () => {
  it("--schema ./dtos.mjs#Ticket loads the type from the user's module, which imports the installed package", () => {
    const cwd = teamFolder({ "dtos.mjs": DTOS, "t/ok.json": '{"id":1,"title":"a","status":"Open"}', "t/bad.jsv": "{id:2,status:Lost}" });
    const outcome = evoCodec(["validate", "--schema", "./dtos.mjs#Ticket", "t"], cwd);
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toContain("t/bad.jsv:1:14  error  invalid-enum  status:");
    expect(outcome.stdout).toContain("✖ 1 problem in 1 of 2 files");
  });

  it("a .js ES module in a package of type module is loaded as well", () => {
    const cwd = teamFolder({ "package.json": '{"type":"module"}', "lib/dtos.js": DTOS, "ok.json": '{"id":1}' });
    expect(evoCodec(["validate", "--schema", "lib/dtos.js#Ticket", "ok.json"], cwd)).toMatchObject({ code: 0, stdout: expect.stringContaining("✔ 1 file valid") });
  });

  it("evo-codec.config.json, found from a subfolder up, maps patterns to types", () => {
    const config = { files: { "tickets/**": { type: "./dtos.mjs#Ticket" }, "sessions/**": { type: "SessionInfo" } } };
    const cwd = teamFolder({ "dtos.mjs": DTOS, "evo-codec.config.json": JSON.stringify(config), "tickets/a.json": '{"id":1}', "sessions/s.json": '{"ended":true}' });
    const outcome = evoCodec(["validate", "--format", "json", "."], cwd);
    expect(outcome.code).toBe(0);
    expect(JSON.parse(outcome.stdout).files.map((f: { file: string; type: string }) => `${f.file} ${f.type}`)).toEqual(["sessions/s.json SessionInfo", "tickets/a.json Ticket"]);
    expect(evoCodec(["validate", "a.json"], join(cwd, "tickets")).code).toBe(0);
  });

  it('the "evo-codec" member of package.json is a config, its problems placed in package.json', () => {
    const cwd = teamFolder({ "dtos.mjs": DTOS, "package.json": JSON.stringify({ name: "team", "evo-codec": { type: "./dtos.mjs#Ticket" } }, null, 2), "a.json": '{"id":1}' });
    expect(evoCodec(["validate", "a.json"], cwd).code).toBe(0);
    writeFileSync(join(cwd, "package.json"), JSON.stringify({ name: "team", "evo-codec": { type: "./dtos.mjs#Tickets" } }, null, 2));
    const broken = evoCodec(["validate", "a.json"], cwd);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('package.json:4:13  error  config  ./dtos.mjs has no export "Tickets"');
  });

  it("the shipped team fixtures (a user DTO module, a config, negative fixtures with their codes) validate green", () => {
    const cwd = mkdtempSync(join(packed().project, "shipped-"));
    cpSync(join(root, "fixtures", "team"), cwd, { recursive: true });
    expect(evoCodec(["validate"], cwd)).toMatchObject({ code: 0, stdout: expect.stringContaining("✔ 6 files valid and 5 invalid, as expected") });
  });
});
