import { defineConfig } from "tsup";

// `npm run build` empties dist/ first; these two builds write beside each other.
export default defineConfig([
  {
    // Each entry is a subpath export in package.json; CSV has its own so that only its users
    // load papaparse.
    entry: {
      index: "src/index.ts",
      "csv/index": "src/csv/index.ts",
      "http/index": "src/http/index.ts",
      "testing/index": "src/testing/index.ts",
    },
    format: ["esm", "cjs"],
    // Declarations for both module systems: .d.ts next to the .js, .d.cts next to the .cjs.
    dts: true,
    sourcemap: true,
    target: "es2020",
    // The library runs in browsers: no Node built-ins, no Node-specific resolution.
    platform: "neutral",
    // papaparse is a runtime dependency; fast-check is the caller's (the testing entry only
    // uses its types). Neither is bundled.
    external: ["papaparse", "fast-check"],
  },
  {
    // The `evo-codec` bin: Node only, ESM, run directly.
    entry: { "cli/main": "src/cli/main.ts" },
    format: ["esm"],
    target: "node18",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    // One file: the registry's lazy import() of CSV is inlined, not split into chunks beside dist/.
    splitting: false,
    external: ["papaparse"],
  },
]);
