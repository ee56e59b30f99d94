import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, test, vi } from "vitest";

// The README's examples are executed: every ```ts block with `// →` lines must print them.

const root = fileURLToPath(new URL("..", import.meta.url));
const readme = readFileSync(join(root, "README.md"), "utf8");
const examples = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((code) => code.includes("// →"));
const scratch = mkdtempSync(join(root, "test", ".readme-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const SUBPATHS: Record<string, string> = {
  "evo-codec": "src/index.ts",
  "evo-codec/csv": "src/csv/index.ts",
  "evo-codec/http": "src/http/index.ts",
  "evo-codec/generate": "src/generate/index.ts",
  "evo-codec/testing": "src/testing/index.ts",
};

test("there are examples to run", () => {
  expect(examples.length).toBeGreaterThanOrEqual(2);
});

test.each(examples.map((code, i) => [i + 1, code] as const))("README example %i prints what it says", async (index, code) => {
  const expected = code
    .split("\n")
    .filter((line) => line.trim().startsWith("// →"))
    .map((line) => line.trim().slice("// → ".length));
  const file = join(scratch, `example-${index}.ts`);
  const source = code.replace(/from "(evo-codec(?:\/\w+)?)"/g, (_, name: string) => `from ${JSON.stringify(join(root, SUBPATHS[name]!))}`);
  writeFileSync(file, source);
  const printed: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
    printed.push(args.map(String).join(" "));
  });
  try {
    await import(/* @vite-ignore */ file);
  } finally {
    log.mockRestore();
  }
  expect(printed).toEqual(expected);
});
