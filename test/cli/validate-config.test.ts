import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cli, folderWith, SRC_INDEX } from "./support.js";

// The config file (issue 15, item 1): `evo-codec.config.json`, or the `"evo-codec"` member of
// `package.json`, found from the working directory up. It maps path patterns to types, and
// holds strictness, limits, ignore patterns and the negative fixtures' expected errors. It is
// read strictly as a described schema, so its own problems come with line and column.

const DTOS = `import { object, string, int, enumeration } from ${JSON.stringify(SRC_INDEX)};
export const Order = object("Order", { id: int(), status: enumeration("OrderStatus", ["New", "Shipped"]) });
export const Ticket = object("Ticket", { id: int(), title: string() });`;
const config = (value: unknown) => JSON.stringify(value, null, 2);
const json = async (argv: string[], cwd: string) => {
  const outcome = await cli([...argv, "--format", "json"], { cwd });
  return { ...outcome, report: outcome.stdout === "" ? undefined : JSON.parse(outcome.stdout) };
};

describe("patterns map files to types", () => {
  const files = {
    "dtos.mjs": DTOS,
    "recorded/sessions/a.json": '{"ended":true}',
    "recorded/sessions/deep/b.jsv": "{ended:True}",
    "recorded/orders/o1.jsv": "{id:1,status:Shipped}",
    "recorded/orders/o2.json": '{"id":2,"status":"New"}',
    "recorded/tickets/t.json": '{"id":3,"title":"Printer"}',
  };
  const mapping = {
    files: {
      "recorded/sessions/**": { type: "SessionInfo" },
      "recorded/orders/*.jsv": { type: "./dtos.mjs#Order" },
      "recorded/orders/*.json": { type: "./dtos.mjs#Order" },
    },
    type: "./dtos.mjs#Ticket",
  };

  test("one run validates each folder as its type; a file no pattern matches is the top-level type", async () => {
    const { code, report } = await json(["validate", "recorded"], folderWith({ ...files, "evo-codec.config.json": config(mapping) }));
    expect(code).toBe(0);
    expect(Object.fromEntries(report.files.map((f: { file: string; type: string }) => [f.file, f.type]))).toEqual({
      "recorded/orders/o1.jsv": "Order",
      "recorded/orders/o2.json": "Order",
      "recorded/sessions/a.json": "SessionInfo",
      "recorded/sessions/deep/b.jsv": "SessionInfo",
      "recorded/tickets/t.json": "Ticket",
    });
  });

  test("a file of one folder that does not fit its folder's type is reported against that type", async () => {
    const cwd = folderWith({ ...files, "recorded/orders/o3.json": '{"id":3,"status":"Lost"}', "evo-codec.config.json": config(mapping) });
    const { code, report } = await json(["validate", "recorded"], cwd);
    expect(code).toBe(1);
    expect(report.files.find((f: { file: string }) => f.file === "recorded/orders/o3.json").problems).toEqual([expect.objectContaining({ code: "invalid-enum", path: "status" })]);
  });

  test("patterns, paths and modules are relative to the config's folder, whatever the working directory", async () => {
    const root = folderWith({ ...files, "evo-codec.config.json": config(mapping) });
    const { code, report } = await json(["validate", "."], join(root, "recorded", "orders"));
    expect(code).toBe(0);
    expect(report.files.map((f: { type: string }) => f.type)).toEqual(["Order", "Order"]);
  });

  test("later entries win, property by property: strictness for every .jsv, a type for one folder", async () => {
    const cwd = folderWith({
      "dtos.mjs": DTOS,
      "o/extra.jsv": "{id:1,status:New,note:later}",
      "evo-codec.config.json": config({ files: { "o/**": { type: "./dtos.mjs#Order" }, "**/*.jsv": { strict: false } } }),
    });
    expect((await json(["validate", "o"], cwd)).code).toBe(0);
  });

  test("the command line decides over the config: --type types every file", async () => {
    const cwd = folderWith({ ...files, "evo-codec.config.json": config(mapping) });
    const { code, report } = await json(["validate", "--type", "SessionInfo", "recorded/sessions"], cwd);
    expect(code).toBe(0);
    expect(report.files.every((f: { type: string }) => f.type === "SessionInfo")).toBe(true);
    expect((await json(["validate", "--type", "SessionInfo", "recorded/orders"], cwd)).code).toBe(1);
  });

  test('"paths" is what a run with no path checks', async () => {
    const cwd = folderWith({ ...files, "evo-codec.config.json": config({ ...mapping, paths: ["recorded/sessions", "recorded/orders/*.jsv"] }) });
    const { code, report } = await json(["validate"], cwd);
    expect(code).toBe(0);
    expect(report.files.map((f: { file: string }) => f.file)).toEqual(["recorded/sessions/a.json", "recorded/sessions/deep/b.jsv", "recorded/orders/o1.jsv"]);
  });
});

describe("where the config is found", () => {
  test("from the working directory up: a config in a parent folder applies", async () => {
    const root = folderWith({ "evo-codec.config.json": config({ maxLength: 5 }), "sub/a.json": '{"ended":true}' });
    const { code, report } = await json(["validate", "a.json"], join(root, "sub"));
    expect(code).toBe(1);
    expect(report.files[0].problems[0].code).toBe("input-too-long");
  });

  test('the "evo-codec" member of package.json is a config', async () => {
    const cwd = folderWith({ "package.json": JSON.stringify({ name: "app", "evo-codec": { maxLength: 5 } }), "a.json": '{"ended":true}' });
    expect((await json(["validate", "a.json"], cwd)).report.files[0].problems[0].code).toBe("input-too-long");
  });

  test("evo-codec.config.json wins over package.json's member in the same folder, and the run says so", async () => {
    const cwd = folderWith({ "package.json": JSON.stringify({ "evo-codec": { maxLength: 5 } }), "evo-codec.config.json": "{}", "a.json": '{"ended":true}' });
    const outcome = await cli(["validate", "a.json"], { cwd });
    expect(outcome.code).toBe(0);
    expect(outcome.stderr).toContain('using evo-codec.config.json; the "evo-codec" member of package.json is not read');
  });

  test("the nearer folder wins: a package.json member below beats a config file above", async () => {
    const root = folderWith({ "evo-codec.config.json": config({ maxLength: 5 }), "app/package.json": JSON.stringify({ "evo-codec": {} }), "app/a.json": '{"ended":true}' });
    expect((await json(["validate", "a.json"], join(root, "app"))).code).toBe(0);
  });

  test("--config names one; --no-config reads none", async () => {
    const cwd = folderWith({ "evo-codec.config.json": config({ maxLength: 5 }), "ci/strict.json": config({ maxLength: 6 }), "a.json": '{"ended":true}' });
    expect((await json(["validate", "--config", "ci/strict.json", "a.json"], cwd)).report.files[0].problems[0].message).toContain("longer than 6");
    expect((await json(["validate", "--no-config", "a.json"], cwd)).code).toBe(0);
    expect((await cli(["validate", "--config", "missing.json", "a.json"], { cwd })).code).toBe(2);
  });
});

describe("a config that is not valid stops the run (exit 2), each problem at its line and column", () => {
  test.each([
    ["a misspelt member", '{\n  "maxLenght": 5\n}', "evo-codec.config.json:2:3  error  unknown-member  maxLenght: EvoCodecConfig has no member \"maxLenght\""],
    ["a string where a number belongs", '{\n  "maxLength": "5"\n}', "evo-codec.config.json:2:16  error  invalid-integer  maxLength:"],
    ["a pattern given twice", '{"files": {\n "a/**": {},\n "a/**": {}\n}}', "evo-codec.config.json:3:2  error  duplicate-key"],
    ["not JSON", '{"files": {', "evo-codec.config.json:1:12  error  unexpected-end"],
    ["an unknown built-in type", '{\n  "type": "Sesioninfo"\n}', 'evo-codec.config.json:2:11  error  config  unknown type "Sesioninfo"'],
    ["a module that does not exist", '{"files": {\n  "x/**": { "type": "./nope.mjs#T" }\n}}', "evo-codec.config.json:2:21  error  config  cannot find the module ./nope.mjs"],
    ["an unknown expected code", '{"expect": {\n  "bad.json": { "code": "invalid-enumm" }\n}}', 'evo-codec.config.json:2:25  error  config  unknown code "invalid-enumm"'],
    ["a limit below 1", '{\n  "maxProblems": 0\n}', "evo-codec.config.json:2:18  error  config  maxProblems must be at least 1, not 0"],
  ])("%s", async (_, text, message) => {
    const cwd = folderWith({ "evo-codec.config.json": text, "a.json": "{}" });
    const outcome = await cli(["validate", "a.json"], { cwd });
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe("");
    expect(outcome.stderr).toContain(message);
    expect(outcome.stderr).toContain("the config evo-codec.config.json is not valid: nothing was checked");
  });

  test("every problem the checks find is reported at once, with the line of text and a caret", async () => {
    const text = '{\n  "type": "Nope",\n  "maxLength": 0\n}';
    const outcome = await cli(["validate", "a.json"], { cwd: folderWith({ "evo-codec.config.json": text, "a.json": "{}" }) });
    expect(outcome.stderr).toContain("evo-codec.config.json:2:11");
    expect(outcome.stderr).toContain("evo-codec.config.json:3:16");
    expect(outcome.stderr).toContain('      "maxLength": 0\n                   ^');
  });

  test("in package.json, the place is package.json's own line and column", async () => {
    const text = '{\n  "name": "app",\n  "evo-codec": {\n    "strict": "yes"\n  }\n}';
    const outcome = await cli(["validate", "a.json"], { cwd: folderWith({ "package.json": text, "a.json": "{}" }) });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain("package.json:4:15  error  invalid-boolean  strict:");
  });

  test("a config that is not a regular file is reported, not read", async () => {
    const cwd = folderWith({ "a.json": "{}" });
    const outcome = await cli(["validate", "--config", ".", "a.json"], { cwd });
    expect(outcome).toMatchObject({ code: 2, stderr: expect.stringContaining("cannot be used: not a regular file (a folder)") });
  });
});

describe("strictness, limits, ignore and compare", () => {
  test('"strict": false lets unknown members pass, for every file or for a pattern', async () => {
    const files = { "a/x.json": '{"ended":true,"newField":1}', "b/x.json": '{"ended":true,"newField":1}' };
    expect((await json(["validate", "a"], folderWith({ ...files, "evo-codec.config.json": config({ strict: false }) }))).code).toBe(0);
    const perPattern = folderWith({ ...files, "evo-codec.config.json": config({ files: { "a/**": { strict: false } } }) });
    expect((await json(["validate", "a"], perPattern)).code).toBe(0);
    expect((await json(["validate", "b"], perPattern)).code).toBe(1);
  });

  test('"ignore" is gitignore-style, relative to the config, and applies to paths named on the command line too', async () => {
    const cwd = folderWith({
      "evo-codec.config.json": config({ ignore: ["drafts/", "*.tmp.json", "!keep.tmp.json"] }),
      "r/drafts/x.json": "{",
      "r/a.tmp.json": "{",
      "r/keep.tmp.json": "{}",
      "r/ok.json": "{}",
    });
    const { code, report } = await json(["validate", "r"], cwd);
    expect(code).toBe(0);
    expect(report.files.map((f: { file: string }) => f.file)).toEqual(["r/keep.tmp.json", "r/ok.json"]);
    const named = await json(["validate", "r/a.tmp.json", "r/ok.json"], cwd);
    expect(named.report.skipped).toEqual([{ path: "r/a.tmp.json", reason: 'named on the command line, but passed over by evo-codec.config.json "ignore": *.tmp.json' }]);
  });

  test('"maxProblems" and "compare" are read', async () => {
    const cwd = folderWith({ "evo-codec.config.json": config({ compare: false }), "s.json": '{"ended":true}', "s.jsv": "{ended:False}" });
    expect((await json(["validate", "."], cwd)).code).toBe(0);
  });
});

describe("negative fixtures in the config", () => {
  const files = {
    "dtos.mjs": DTOS,
    "fixtures/good/t.json": '{"id":1,"title":"ok"}',
    "fixtures/bad/enum.json": '{"id":1,"status":"Lost"}',
    "fixtures/bad/syntax.json": '{"id":1,}',
    "fixtures/bad/unstated.json": '{"id":"one"}',
  };
  const settings = {
    type: "./dtos.mjs#Order",
    files: { "fixtures/good/**": { type: "./dtos.mjs#Ticket" }, "fixtures/bad/**": { expectInvalid: true } },
    expect: {
      "fixtures/bad/enum.json": { code: "invalid-enum", path: "status", line: 1, column: 18 },
      "fixtures/bad/syntax.json": { code: "syntax" },
    },
  };

  test("one run checks the good files and the bad ones: each bad one fails as stated", async () => {
    const outcome = await cli(["validate", "fixtures"], { cwd: folderWith({ ...files, "evo-codec.config.json": config(settings) }) });
    expect(outcome).toMatchObject({ code: 0, stdout: expect.stringContaining("✔ 1 file valid and 3 invalid, as expected") });
  });

  test("a bad file that fails for another reason is wrong-error, at the config's expectation", async () => {
    const wrong = { ...settings, expect: { ...settings.expect, "fixtures/bad/syntax.json": { code: "invalid-enum" } } };
    const { code, report } = await json(["validate", "fixtures"], folderWith({ ...files, "evo-codec.config.json": config(wrong) }));
    expect(code).toBe(1);
    expect(report.files.find((f: { file: string }) => f.file === "fixtures/bad/syntax.json").problems).toEqual([
      expect.objectContaining({ code: "wrong-error", message: expect.stringContaining("expected invalid-enum, but it fails with syntax") }),
    ]);
  });

  test("stating an error makes a file a negative fixture, without a pattern", async () => {
    const only = { type: "./dtos.mjs#Order", expect: { "bad.json": { code: "invalid-enum" } } };
    const cwd = folderWith({ "dtos.mjs": DTOS, "bad.json": '{"status":"Lost"}', "good.json": '{"status":"New"}', "evo-codec.config.json": config(only) });
    expect(await cli(["validate", "."], { cwd })).toMatchObject({ code: 0, stdout: expect.stringContaining("1 file valid and 1 invalid, as expected") });
  });

  test("an entry that names no file checked in a walked folder is stale, at its line and column in the config", async () => {
    const stale = { ...settings, expect: { ...settings.expect, "fixtures/bad/gone.json": { code: "syntax" } } };
    const { code, report } = await json(["validate", "fixtures"], folderWith({ ...files, "evo-codec.config.json": config(stale) }));
    expect(code).toBe(1);
    expect(report.files.find((f: { file: string }) => f.file === "evo-codec.config.json").problems).toEqual([
      expect.objectContaining({ code: "stale-expectation", line: 21, column: 5, message: expect.stringContaining('"fixtures/bad/gone.json"') }),
    ]);
  });

  test("the config's expectation wins over a folder's .evo-codec-expect.json", async () => {
    const cwd = folderWith({ ...files, "fixtures/bad/.evo-codec-expect.json": '{"syntax.json": "invalid-enum", "unstated.json": "invalid-integer"}', "evo-codec.config.json": config(settings) });
    expect((await json(["validate", "fixtures"], cwd)).code).toBe(0);
  });
});
