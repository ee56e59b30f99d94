import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/setup/build.ts"],
    testTimeout: 60_000,
    // Lets memory tests collect garbage before they measure what is still held.
    execArgv: ["--expose-gc"],
    benchmark: {
      include: ["bench/**/*.bench.ts"],
    },
  },
});
