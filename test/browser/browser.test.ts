import { existsSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

// The codecs in a real browser: Debian's Chromium, headless, driven by playwright-core (no
// browser download), running a page bundled from the published ESM build.

const root = fileURLToPath(new URL("../..", import.meta.url));
const fixture = (name: string) => readFileSync(`${root}fixtures/samples/${name}`, "utf8");
const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
if (!available && process.env["CI"]) throw new Error(`no Chromium at ${CHROMIUM}: .ci/run installs Debian's chromium package`);

/** Fails the build at any import of a Node built-in: the library must not need one. */
const noNodeBuiltins: Plugin = {
  name: "no-node-builtins",
  setup(build) {
    const names = new Set(builtinModules);
    build.onResolve({ filter: /^[a-z_:/]+$/ }, (args) =>
      args.path.startsWith("node:") || names.has(args.path) ? { errors: [{ text: `${args.path} is a Node built-in, unavailable in a browser` }] } : undefined,
    );
  },
};

async function bundle(contents: string, minify: boolean): Promise<Uint8Array> {
  const result = await build({
    stdin: { contents, resolveDir: `${root}test/browser`, sourcefile: "app.ts", loader: "ts" },
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    target: "es2020",
    minify,
    plugins: [noNodeBuiltins],
    define: {
      FIXTURES: JSON.stringify({
        json: fixture("documented-sample.json"),
        jsv: fixture("documented-sample.jsv"),
        reindented: fixture("documented-sample.reindented.jsv"),
        csv: fixture("documented-sample.csv"),
        value: fixture("documented-sample.value.json"),
      }),
    },
  });
  return result.outputFiles[0]!.contents;
}

describe("bundles", () => {
  test("the page builds for the browser with every Node built-in unavailable", async () => {
    await expect(bundle(readFileSync(`${root}test/browser/page.ts`, "utf8"), false)).resolves.toBeInstanceOf(Uint8Array);
    await expect(bundle('import "node:fs";', false)).rejects.toThrow(/Node built-in/);
  });

  test("an app that imports only jsv stays under 8 KB gzipped and leaves papaparse out; one with csv brings it", async () => {
    const jsvOnly = await bundle('import { jsv, SessionInfo } from "../../dist/index.js"; console.log(jsv.encode(SessionInfo, {}));', true);
    const withCsv = await bundle(
      'import { SessionInfo } from "../../dist/index.js"; import { csv } from "../../dist/csv/index.js"; console.log(csv.encode(SessionInfo, {}));',
      true,
    );
    const size = (code: Uint8Array) => gzipSync(code).length;
    console.log(`minified + gzipped: jsv only ${size(jsvOnly)} bytes, with csv ${size(withCsv)} bytes`);
    expect(size(jsvOnly)).toBeLessThan(8 * 1024);
    expect(new TextDecoder().decode(jsvOnly)).not.toMatch(/papaparse|Papa/);
    expect(size(withCsv)).toBeGreaterThan(size(jsvOnly));
  });
});

describe.skipIf(!available)("in headless Chromium", () => {
  let server: Server;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    const script = await bundle(readFileSync(`${root}test/browser/page.ts`, "utf8"), false);
    server = createServer((request, response) => {
      if (request.url === "/app.js") {
        response.writeHead(200, { "content-type": "text/javascript" }).end(script);
      } else {
        response.writeHead(200, { "content-type": "text/html" }).end('<!doctype html><meta charset="utf-8"><script type="module" src="/app.js"></script>');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  test("encodes and decodes the documented samples in all four formats", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    await page.goto(url);
    await page.waitForFunction(() => document.title === "done", undefined, { timeout: 20_000 });
    const results = (await page.evaluate(() => (window as unknown as { results: unknown }).results)) as {
      userAgent: string;
      encoded: Record<string, string>;
      decoded: Record<string, unknown>;
      errorCode: string;
    };
    expect(errors).toEqual([]);
    expect(results.userAgent).toContain("Chrome");
    const value = JSON.parse(fixture("documented-sample.value.json"));
    expect(results.encoded).toEqual({
      json: fixture("documented-sample.json"),
      jsv: fixture("documented-sample.jsv").replaceAll("\n", "").replaceAll(": ", ":"),
      pretty: fixture("documented-sample.reindented.jsv"),
      csv: fixture("documented-sample.csv"),
      jsonl: `${fixture("documented-sample.json")}\n`.repeat(2),
    });
    expect(results.decoded).toEqual({ json: value, jsv: value, reindented: value, csv: value, jsonl: [value, value] });
    expect(results.errorCode).toBe("invalid-enum dialState 1:12");
  }, 60_000);
});
