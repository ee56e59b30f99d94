import { readFileSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { packed } from "../package/support.js";
import { SLOW, SLOW_ONLY } from "../support/slow.js";
import { chromiumAvailable, launchChromium, serve, type Served } from "./chromium.js";

// Without a bundler: the README's import-map page, served verbatim next to the installed
// tarball's node_modules, in headless Chromium. papaparse ships only UMD, so the page loads it
// as a classic script and maps the bare "papaparse" to a one-line module that re-exports it.

const root = fileURLToPath(new URL("../..", import.meta.url));
const readme = readFileSync(join(root, "README.md"), "utf8");
const [readmePage] = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((html) => html.includes("importmap"));

const TYPES: Record<string, string> = { ".js": "text/javascript", ".cjs": "text/javascript", ".json": "application/json", ".html": "text/html" };

test("the README has an import-map page with the lines it prints", () => {
  expect(readmePage).toBeDefined();
  expect(expectedLines(readmePage!).length).toBeGreaterThan(0);
});

describe.skipIf(!SLOW || !chromiumAvailable)(`in headless Chromium, through an import map ${SLOW_ONLY}`, () => {
  let server: Served;
  let browser: Browser;
  const pages = new Map<string, string>();

  beforeAll(async () => {
    // Files from the consumer project that installed the tarball: /node_modules/evo-codec/…
    const { project } = packed();
    server = await serve((request, response) => {
      const path = new URL(request.url ?? "/", "http://localhost").pathname;
      const page = pages.get(path);
      if (page !== undefined) return void response.writeHead(200, { "content-type": "text/html" }).end(page);
      if (path === "/favicon.ico") return void response.writeHead(204).end();
      const file = normalize(join(project, decodeURIComponent(path)));
      if (!file.startsWith(project) || !statSync(file, { throwIfNoEntry: false })?.isFile()) return void response.writeHead(404).end();
      response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
    });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens `html` and returns what it logged and which errors it raised, once it has settled. */
  async function open(path: string, html: string): Promise<{ logged: string[]; errors: string[] }> {
    pages.set(path, html);
    const page = await browser.newPage();
    const logged: string[] = [];
    const errors: string[] = [];
    page.on("console", (message) => (message.type() === "log" ? logged : errors).push(message.text()));
    page.on("pageerror", (error) => errors.push(String(error)));
    page.on("response", (answer) => void (answer.status() >= 400 && errors.push(`${answer.status()} ${answer.url()}`)));
    await page.goto(new URL(path, server.url).href, { waitUntil: "networkidle" });
    await page.close();
    return { logged, errors };
  }

  test("the README's page loads evo-codec and evo-codec/csv, and prints what it says", async () => {
    const { logged, errors } = await open("/readme.html", readmePage!);
    expect(errors).toEqual([]);
    expect(logged).toEqual(expectedLines(readmePage!));
  }, 60_000);

  test("mapping papaparse straight to its file fails: it is UMD, not a module with a default export", async () => {
    const direct = readmePage!.replace(/"papaparse": "[^"]*"/, '"papaparse": "/node_modules/papaparse/papaparse.min.js"');
    expect(direct).not.toBe(readmePage);
    const { logged, errors } = await open("/direct.html", direct);
    expect(logged).toEqual([]);
    expect(errors.join("\n")).toMatch(/does not provide an export named 'default'/);
  }, 60_000);
});

function expectedLines(html: string): string[] {
  return html
    .split("\n")
    .filter((line) => line.trim().startsWith("// →"))
    .map((line) => line.trim().slice("// → ".length));
}
