import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

// Tests of the published package (exports, the bin, the browser bundle, sizes) read dist/:
// build it once, from the current source, before any test runs.
export default function setup(): void {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  execFileSync(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "build"], { cwd: root, stdio: "pipe", timeout: 120_000 });
}
