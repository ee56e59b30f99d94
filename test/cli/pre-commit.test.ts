import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { FORMATS } from "../../src/formats.js";
import { bin, folderWith, repoRoot } from "./support.js";

// .pre-commit-hooks.yaml (issue 15, item 5), as pre-commit reads it: a list of hooks, each a map
// of plain `key: value` lines. Read here without a YAML parser: the file keeps to that subset.

const hooks = readFileSync(join(repoRoot, ".pre-commit-hooks.yaml"), "utf8");
const field = (name: string) => {
  const line = hooks.split("\n").find((l) => l.replace(/^- /, "  ").startsWith(`  ${name}: `));
  return line?.slice(line.indexOf(": ") + 2).trim();
};
const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { bin: Record<string, string> };

test("one hook, evo-codec-validate, a node hook that runs the package's bin", () => {
  expect(hooks.split("\n").filter((line) => line.startsWith("- id: "))).toEqual(["- id: evo-codec-validate"]);
  expect(field("language")).toBe("node");
  expect(field("entry")?.split(" ")[0]).toBe(Object.keys(pkg.bin)[0]);
  expect(field("require_serial")).toBe("true");
});

test("its files pattern takes every kind the CLI reads, and nothing else", () => {
  const files = new RegExp(field("files")!);
  const extensions = [...Object.values(FORMATS).flatMap((format) => format.extensions), ".http"];
  for (const extension of extensions) expect(files.test(`recorded/a${extension}`), extension).toBe(true);
  for (const other of ["notes.txt", "a.json.bak", "a.yaml"]) expect(files.test(other), other).toBe(false);
});

test("its entry, given the staged files by name, checks them (and passes when all are ignored)", () => {
  const cwd = folderWith({ "evo-codec.config.json": '{"ignore": ["drafts/"]}', "a.json": '{"ended":true}', "drafts/b.json": "{" });
  const entry = field("entry")!.split(" ").slice(1);
  expect(bin([...entry, "a.json", "drafts/b.json"], { cwd })).toMatchObject({ code: 0 });
  expect(bin([...entry, "drafts/b.json"], { cwd })).toMatchObject({ code: 0, stdout: expect.stringContaining("skipped") });
});
