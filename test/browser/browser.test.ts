import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Message, type Plugin } from "esbuild";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { SLOW, SLOW_ONLY } from "../support/slow.js";
import { chromiumAvailable, launchChromium, serve, type Served } from "./chromium.js";

// The codecs in a real browser, running a page bundled from the published ESM build, and the
// size of what an app that uses them ships.

const root = fileURLToPath(new URL("../..", import.meta.url));
const fixture = (name: string) => readFileSync(`${root}fixtures/samples/${name}`, "utf8");

/** Minified and gzipped size budgets in KB (1,024 bytes), as the README states them. */
const BUDGET_KB = { jsvOnly: 26, withCsv: 40 };

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

/**
 * esbuild's one expected warning: an entry of the ESM build imports a shared chunk for its
 * side effects only, and the package says it has none (`"sideEffects": false`), so the import
 * is dropped (the chunk's code stays wherever its exports are used).
 */
const isDroppedChunkImport = (warning: Message) => warning.id === "ignored-bare-import" && /\bdist\/chunk-\w+\.js\b/.test(warning.text);

/** Bundles `contents` as an app would, printing nothing: errors reject, warnings other than the expected one fail. */
async function bundle(contents: string, minify: boolean): Promise<Uint8Array> {
  const result = await build({
    stdin: { contents, resolveDir: `${root}test/browser`, sourcefile: "app.ts", loader: "ts" },
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    target: "es2020",
    minify,
    logLevel: "silent",
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
  expect(result.warnings.filter((warning) => !isDroppedChunkImport(warning)).map((warning) => warning.text)).toEqual([]);
  return result.outputFiles[0]!.contents;
}

test("the README states the bundle budgets this file holds the bundles to", () => {
  const readme = readFileSync(`${root}README.md`, "utf8").replaceAll(/\s+/g, " ");
  const sentence = /An app that imports only [^.]*\./.exec(readme)?.[0];
  expect(sentence).toBe(
    `An app that imports only \`jsv\` stays under ${BUDGET_KB.jsvOnly} KB minified and gzipped; ` +
      `one that also imports \`evo-codec/csv\` (which brings papaparse) under ${BUDGET_KB.withCsv} KB.`,
  );
});

describe.skipIf(!SLOW)(`bundles of the built package ${SLOW_ONLY}`, () => {
  test("the page builds for the browser with every Node built-in unavailable", async () => {
    await expect(bundle(readFileSync(`${root}test/browser/page.ts`, "utf8"), false)).resolves.toBeInstanceOf(Uint8Array);
    await expect(bundle('import "node:fs";', false)).rejects.toThrow(/node:fs is a Node built-in/);
  });

  test(`an app that imports only jsv stays under ${BUDGET_KB.jsvOnly} KB gzipped and leaves papaparse out; one with csv under ${BUDGET_KB.withCsv} KB`, async () => {
    const jsvOnly = await bundle('import { jsv, SessionInfo } from "../../dist/index.js"; console.log(jsv.encode(SessionInfo, {}));', true);
    const withCsv = await bundle(
      'import { SessionInfo } from "../../dist/index.js"; import { csv } from "../../dist/csv/index.js"; console.log(csv.encode(SessionInfo, {}));',
      true,
    );
    const size = (code: Uint8Array) => gzipSync(code).length;
    console.log(`minified + gzipped: jsv only ${size(jsvOnly)} bytes, with csv ${size(withCsv)} bytes`);
    expect(size(jsvOnly)).toBeLessThan(BUDGET_KB.jsvOnly * 1024);
    expect(new TextDecoder().decode(jsvOnly)).not.toMatch(/papaparse|Papa/);
    expect(size(withCsv)).toBeGreaterThan(size(jsvOnly));
    expect(size(withCsv)).toBeLessThan(BUDGET_KB.withCsv * 1024);
  });
});

describe.skipIf(!SLOW || !chromiumAvailable)(`in headless Chromium, bundled ${SLOW_ONLY}`, () => {
  let server: Served;
  let browser: Browser;

  beforeAll(async () => {
    const script = await bundle(readFileSync(`${root}test/browser/page.ts`, "utf8"), false);
    server = await serve((request, response) => {
      if (request.url === "/app.js") {
        response.writeHead(200, { "content-type": "text/javascript" }).end(script);
      } else {
        response.writeHead(200, { "content-type": "text/html" }).end('<!doctype html><meta charset="utf-8"><script type="module" src="/app.js"></script>');
      }
    });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("encodes and decodes the documented samples in all four formats", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    await page.goto(server.url);
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
