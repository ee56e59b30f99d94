import { existsSync } from "node:fs";
import { defineConfig } from "tsup";

// Each entry becomes a subpath export in package.json:
//   src/index.ts         -> "evo-codec"          (dist/index.{js,cjs,d.ts,d.cts})
//   src/testing/index.ts -> "evo-codec/testing"  (dist/testing/index.{js,cjs,d.ts,d.cts})
// An entry whose source file does not exist yet is skipped, so the build keeps working
// while a subpath is still being written.
const entries: Record<string, string> = {
  index: "src/index.ts",
  "testing/index": "src/testing/index.ts",
};

const entry = Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(file)));

export default defineConfig({
  entry,
  format: ["esm", "cjs"],
  // Declarations for both module systems: .d.ts next to the .js, .d.cts next to the .cjs.
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2020",
  // The library must run in browsers: no Node built-ins, no Node-specific resolution.
  platform: "neutral",
  // papaparse is a runtime dependency; fast-check is the caller's (the testing entry only
  // uses its types). Neither is ever bundled.
  external: ["papaparse", "fast-check"],
});
