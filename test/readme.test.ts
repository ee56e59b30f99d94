import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, test, vi } from "vitest";

// The README's example is executed: every `// →` line must be what the console.log before it printed.

const root = fileURLToPath(new URL("..", import.meta.url));
const readme = readFileSync(join(root, "README.md"), "utf8");
const example = /## Example[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)![1]!;
const scratch = mkdtempSync(join(root, "test", ".readme-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test("the README example prints what it says", async () => {
  const expected = example
    .split("\n")
    .filter((line) => line.trim().startsWith("// →"))
    .map((line) => line.trim().slice("// → ".length));
  expect(expected.length).toBeGreaterThanOrEqual(4);

  const file = join(scratch, "example.ts");
  writeFileSync(file, example.replaceAll('from "evo-codec"', `from ${JSON.stringify(join(root, "src/index.ts"))}`));
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
