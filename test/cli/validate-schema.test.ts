import { describe, expect, test } from "vitest";
import { cli, folderWith, SRC_INDEX } from "./support.js";

// `--schema ./dtos.mjs#Ticket`: a team's own DTO, described with evo-codec's building blocks in
// an ES module of theirs (issue 15, item 1). The installed bin does the same with `import … from
// "evo-codec"` (test/package/cli-teams.test.ts).

const builders = `import { object, string, int, list, enumeration, lazy } from ${JSON.stringify(SRC_INDEX)};`;
const DTOS = `${builders}
export const TicketStatus = enumeration("TicketStatus", ["Open", "Closed"]);
export const Ticket = object("Ticket", { id: int(), title: string(), status: TicketStatus, tags: list(string()) });
export const Tree = object("Tree", { name: string(), children: list(lazy(() => Tree)) });
export default Ticket;
export const notAType = 42;
export const ListResponse = (T) => object("ListResponse", { results: list(T) });
`;

async function validateWith(schema: string, files: Record<string, string>, extra: string[] = []) {
  const cwd = folderWith({ "dtos.mjs": DTOS, ...files });
  const outcome = await cli(["validate", "--schema", schema, "--format", "json", ...extra, ...Object.keys(files)], { cwd });
  return { ...outcome, report: outcome.stdout === "" ? undefined : JSON.parse(outcome.stdout) };
}

describe("--schema module#Export: a described type from the user's module", () => {
  test.each([
    ["JSON", "t.json", '{"id":1,"title":"Printer","status":"Open","tags":["hw"]}'],
    ["JSV", "t.jsv", "{id:1,title:Printer,status:Closed,tags:[hw]}"],
    ["CSV", "t.csv", "Id,Title,Status\r\n1,Printer,Open\r\n"],
    ["a JSON list", "l.json", '[{"id":1},{"id":2,"status":"Closed"}]'],
  ])("%s that fits the type is valid, and the report names the type", async (_, name, text) => {
    const { code, report } = await validateWith("./dtos.mjs#Ticket", { [name]: text });
    expect(code).toBe(0);
    expect(report.files[0]).toMatchObject({ file: name, type: "Ticket", valid: true });
  });

  test("a problem is found against the user's type, with its path and place", async () => {
    const { code, report } = await validateWith("./dtos.mjs#Ticket", { "t.json": '{"id":1,\n "status":"Pending"}' });
    expect(code).toBe(1);
    expect(report.files[0].problems).toEqual([expect.objectContaining({ code: "invalid-enum", path: "status", line: 2, column: 11 })]);
  });

  test("strictly: a member the type does not describe is a problem", async () => {
    const { report } = await validateWith("./dtos.mjs#Ticket", { "t.json": '{"id":1,"priority":"high"}' });
    expect(report.files[0].problems).toEqual([expect.objectContaining({ code: "unknown-member", path: "priority" })]);
  });

  test("a recursive type (lazy) is read as deep as the document goes", async () => {
    const { code } = await validateWith("./dtos.mjs#Tree", { "t.json": '{"name":"a","children":[{"name":"b","children":[{"name":"c"}]}]}' });
    expect(code).toBe(0);
  });

  test("without #Export the module's default export is the type", async () => {
    expect((await validateWith("./dtos.mjs", { "t.json": '{"id":7}' })).code).toBe(0);
  });

  test("--type takes module#Export too, and --type with a built-in name still works", async () => {
    const cwd = folderWith({ "dtos.mjs": DTOS, "t.json": '{"id":7}', "s.json": '{"ended":true}' });
    expect((await cli(["validate", "--type", "./dtos.mjs#Ticket", "t.json"], { cwd })).code).toBe(0);
    expect((await cli(["validate", "--type", "SessionInfo", "s.json"], { cwd })).code).toBe(0);
  });

  test("a CommonJS-free .js module in an ESM package is read too", async () => {
    const cwd = folderWith({ "package.json": '{"type":"module"}', "types/dtos.js": DTOS, "t.json": '{"id":1}' });
    expect((await cli(["validate", "--schema", "types/dtos.js#Ticket", "t.json"], { cwd })).code).toBe(0);
  });

  test("the module is found from the working directory, however the files are named", async () => {
    const cwd = folderWith({ "dtos.mjs": DTOS, "deep/er/t.json": '{"id":1}' });
    expect((await cli(["validate", "--schema", "./dtos.mjs#Ticket", "deep"], { cwd })).code).toBe(0);
  });
});

describe("--schema that names no type is a usage error (exit 2) that says why", () => {
  test.each([
    ["a module that does not exist", "./nope.mjs#Ticket", "cannot find the module ./nope.mjs"],
    ["an export that does not exist", "./dtos.mjs#Tickets", 'has no export "Tickets" (its described object types: Ticket, Tree, default)'],
    ["an export that is not a type", "./dtos.mjs#notAType", "is not a described type (number)"],
    ["an enumeration, not an object", "./dtos.mjs#TicketStatus", 'not an object type (its kind is "enum")'],
    ["a generic not given its argument", "./dtos.mjs#ListResponse", "a generic type must be given its type argument first"],
    ["a module that throws", "./throws.mjs#X", "importing ./throws.mjs failed: broken on purpose"],
    ["a module with a syntax error", "./syntax.mjs#X", "importing ./syntax.mjs failed"],
    ["no export after #", "./dtos.mjs#", "write the module and the export"],
  ])("%s", async (_, schema, message) => {
    const cwd = folderWith({ "dtos.mjs": DTOS, "throws.mjs": 'throw new Error("broken on purpose");', "syntax.mjs": "export const = 1;", "t.json": "{}" });
    const outcome = await cli(["validate", "--schema", schema, "t.json"], { cwd });
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe("");
    expect(outcome.stderr).toContain(message);
  });

  test("a hand-made description that is not what the builders make is refused before any file is read", async () => {
    const cwd = folderWith({ "bad.mjs": 'export const T = { kind: "object", typeName: "T", members: [{ key: "a", name: "A", schema: { kind: "strnig" } }] };', "t.json": "{}" });
    const outcome = await cli(["validate", "--schema", "./bad.mjs#T", "t.json"], { cwd });
    expect(outcome).toMatchObject({ code: 2, stderr: expect.stringContaining('a node of unknown kind "strnig"') });
  });

  test("a lazy reference that builds a new type each time it is followed is refused, not followed forever", async () => {
    const endless = `${builders}\nconst deeper = () => object("N", { next: lazy(deeper) });\nexport const N = deeper();`;
    const outcome = await cli(["validate", "--schema", "./endless.mjs#N", "t.json"], { cwd: folderWith({ "endless.mjs": endless, "t.json": "{}" }) });
    expect(outcome).toMatchObject({ code: 2, stderr: expect.stringContaining("a description of more than 100000 nodes") });
  });

  test("--type and --schema together are a usage error", async () => {
    const outcome = await cli(["validate", "--type", "SessionInfo", "--schema", "./dtos.mjs#Ticket", "."], { cwd: folderWith({ "dtos.mjs": DTOS }) });
    expect(outcome).toMatchObject({ code: 2, stderr: expect.stringContaining("give --type or --schema, not both") });
  });
});

describe("a TypeScript module", () => {
  // Node 20 imports no .ts without a loader; Node 22.18 and later strip types by themselves.
  const stripsTypes = Number(process.versions.node.split(".")[0]) >= 23 || (Number(process.versions.node.split(".")[0]) === 22 && Number(process.versions.node.split(".")[1]) >= 18);

  test.skipIf(stripsTypes)("on a Node.js that cannot import it, the message says what to do", async () => {
    // Run through the built bin: in-process, vitest's own loader would import the .ts.
    const { bin } = await import("./support.js");
    const cwd = folderWith({ "dtos.ts": "export const T: unknown = 1;", "t.json": "{}" });
    const outcome = bin(["validate", "--schema", "./dtos.ts#T", "t.json"], { cwd });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain(`Node.js ${process.version} cannot import the TypeScript module ./dtos.ts: compile it to .js or .mjs`);
  });
});
