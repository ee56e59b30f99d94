// What the tarball holds: the licence, the changelog, the build (without source maps), and
// nothing publint or @arethetypeswrong/cli object to.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SLOW, SLOW_ONLY } from "../support/slow.js";
import { packed, pkg, root, run } from "./support.js";

/** The paths inside the tarball (without the leading `package/`) and its size in bytes. */
function tarballContents(): { paths: string[]; bytes: number } {
  const { tarball } = packed();
  const listing = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" });
  return { paths: listing.trim().split("\n").map((path) => path.replace(/^package\//, "")), bytes: readFileSync(tarball).length };
}

describe.skipIf(!SLOW)(`the packed tarball ${SLOW_ONLY}`, () => {
  it("holds the MIT licence that package.json names, and the changelog of this version", () => {
    const { paths } = tarballContents();
    expect(paths).toEqual(expect.arrayContaining(["LICENSE", "CHANGELOG.md", "README.md", "package.json"]));
    expect(pkg.license).toBe("MIT");
    const installed = join(packed().project, "node_modules", "evo-codec");
    expect(readFileSync(join(installed, "LICENSE"), "utf8")).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} evo-codec contributors\n/);
    expect(readFileSync(join(installed, "CHANGELOG.md"), "utf8")).toContain(`## [${pkg.version}]`);
  });

  it("ships no source maps, and no build file points to one", () => {
    const { paths, bytes } = tarballContents();
    console.log(`tarball: ${bytes} bytes, ${paths.length} files`);
    expect(paths.filter((path) => path.endsWith(".map"))).toEqual([]);
    const dist = join(packed().project, "node_modules", "evo-codec", "dist");
    const code = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((name) => /\.c?js$/.test(name));
    expect(code.length).toBeGreaterThan(8);
    for (const name of code) expect(readFileSync(join(dist, name), "utf8"), name).not.toContain("sourceMappingURL");
  });

  it("passes publint and @arethetypeswrong/cli", () => {
    const { tarball } = packed();
    expect(run(join(root, "node_modules", ".bin", "publint"), ["run", "--strict", tarball], root)).toContain("All good!");
    expect(run(join(root, "node_modules", ".bin", "attw"), [tarball], root, 120_000)).toContain("No problems found");
  });
});
