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
      "generate/index": "src/generate/index.ts",
      "testing/index": "src/testing/index.ts",
    },
    format: ["esm", "cjs"],
    // Code shared by entries goes into chunks in both module systems, so that one module system
    // has one copy of each class: what `require("evo-codec/csv")` throws is an instance of
    // `require("evo-codec").DecodeError`. (Without it, each CommonJS entry bundles its own copy.)
    splitting: true,
    // Declarations for both module systems: .d.ts next to the .js, .d.cts next to the .cjs.
    // Standard Schema's interfaces (a types-only devDependency) are copied in, so that users
    // need not install it.
    dts: { resolve: ["@standard-schema/spec"] },
    // No source maps: the build is readable, unminified JavaScript with each module's source path
    // in a comment, and maps would double the tarball (with sourcesContent) or point at src/,
    // which is not shipped (without it).
    sourcemap: false,
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
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    // One file: the registry's lazy import() of CSV is inlined, not split into chunks beside dist/.
    splitting: false,
    // The CLI's runtime dependencies stay packages of their own (picomatch for globs, ignore for
    // gitignore-style patterns).
    external: ["papaparse", "picomatch", "ignore"],
  },
]);
