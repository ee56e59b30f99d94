// Installing the project's own tools, and the Node versions the package promises: checks that
// need no build, so the everyday run makes them.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { pkg, root } from "./support.js";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

it("npm ci accepts the lockfile on this Node without an unsupported-engine warning (EBADENGINE)", () => {
  // A dry run in an empty directory: npm resolves the locked tree and checks every package's
  // engines, then stops; --ignore-scripts skips our own prepare (it needs the tools installed).
  const scratch = mkdtempSync(join(tmpdir(), "evo-codec-ci-"));
  try {
    for (const file of ["package.json", "package-lock.json"]) copyFileSync(join(root, file), join(scratch, file));
    const ci = spawnSync(npm, ["ci", "--dry-run", "--ignore-scripts", "--no-audit", "--no-fund"], { cwd: scratch, encoding: "utf8", timeout: 60_000 });
    expect(ci.status, ci.stderr).toBe(0);
    expect(ci.stdout).toContain("add typescript");
    expect(ci.stderr).not.toMatch(/EBADENGINE|npm warn/);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});

it("leaves no dependency's install script unreviewed (allowScripts: esbuild runs without its postinstall)", (context) => {
  const listed = spawnSync(npm, ["install-scripts", "ls"], { cwd: root, encoding: "utf8", timeout: 60_000 });
  // npm before 11.x has no install-scripts command and runs every install script.
  if (listed.status !== 0 && /Unknown command/i.test(listed.stderr)) context.skip("this npm has no install-scripts command");
  expect(listed.stdout.trim(), listed.stderr).toBe("No packages with unreviewed install scripts.");
});

it("promises the Node versions the CLI runs on: engines starts at or after 18.11 (parseArgs with defaults), as the README says", () => {
  const minimum = /^>=(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(pkg.engines.node);
  expect(minimum, pkg.engines.node).not.toBeNull();
  const [major, minor] = [Number(minimum![1]), Number(minimum![2] ?? 0)];
  expect(major > 18 || (major === 18 && minor >= 11), pkg.engines.node).toBe(true);
  const readme = readFileSync(join(root, "README.md"), "utf8");
  expect(readme).toContain(`Node ${major}+ and browsers`);
  // The CLI bundle is compiled for that Node.
  expect(readFileSync(join(root, "tsup.config.ts"), "utf8")).toContain(`target: "node${major}"`);
});
