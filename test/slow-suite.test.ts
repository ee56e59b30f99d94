import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

// `npm run test:slow` names the test files it runs with EVO_SLOW=1: every file whose tests that
// switch skips or shortens must be among them, or CI would never run it in full.

const root = fileURLToPath(new URL("..", import.meta.url));
const scripts = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

test("npm run test:slow runs every test file that EVO_SLOW changes, and .ci/run runs it after npm test", () => {
  const [, paths = ""] = /^EVO_SLOW=1 vitest run (.+)$/.exec(scripts["test:slow"] ?? "") ?? [];
  const covered = paths.split(" ").filter((path) => path !== "");
  const switched = readdirSync(join(root, "test"), { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".test.ts"))
    .map((name) => relative(root, join(root, "test", name)).replaceAll("\\", "/"))
    .filter((file) => /support\/(slow|property-runs)\.js"/.test(readFileSync(join(root, file), "utf8")) || file.startsWith("test/package/"));
  expect(switched.length).toBeGreaterThan(5);
  expect(switched.filter((file) => !covered.some((path) => file === path || file.startsWith(`${path}/`)))).toEqual([]);
  expect(readFileSync(join(root, ".ci/run"), "utf8")).toMatch(/\nnpm test\nnpm run test:slow\n$/);
});
