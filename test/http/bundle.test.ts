import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, test } from "vitest";

// evo-codec/http loads CSV (and papaparse) only when a CSV response or format is used: the
// registry imports CSV's codec with a dynamic import(), which bundlers split into a chunk of its
// own. Measured on the published ESM build (dist/, built before the tests), as an app bundles it.

const root = fileURLToPath(new URL("../..", import.meta.url));

/** What an app loads up front (its entry and the chunks that imports statically), and what only on demand. */
interface Loaded {
  readonly gzipped: number;
  readonly papaparse: boolean;
}

async function bundle(app: string, splitting: boolean): Promise<{ eager: Loaded; lazy: Loaded }> {
  const outdir = `${root}test/.bundle`;
  const result = await build({
    stdin: { contents: app, resolveDir: root, sourcefile: "app.js", loader: "js" },
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    target: "es2020",
    minify: true,
    splitting,
    outdir,
    metafile: true,
    logLevel: "silent",
  });
  const outputs = result.metafile.outputs;
  const files = new Map(result.outputFiles.map((file) => [file.path.slice(root.length), file]));
  const eager = new Set<string>();
  const visit = (path: string) => {
    if (eager.has(path)) return;
    eager.add(path);
    for (const imported of outputs[path]!.imports) if (imported.kind === "import-statement") visit(imported.path);
  };
  visit(Object.keys(outputs).find((path) => outputs[path]!.entryPoint !== undefined)!);
  const measure = (paths: string[]): Loaded => ({
    gzipped: paths.reduce((sum, path) => sum + gzipSync(files.get(path)!.contents).length, 0),
    papaparse: paths.some((path) => /papaparse|Papa\.parse/.test(files.get(path)!.text)),
  });
  return { eager: measure([...eager]), lazy: measure(Object.keys(outputs).filter((path) => !eager.has(path))) };
}

const CLIENT = `
  import { SessionInfo } from "./dist/index.js";
  import { decodeResponse, deleteChatMember } from "./dist/http/index.js";
  fetch("/s").then((response) => decodeResponse(SessionInfo, response)).then(console.log);
  deleteChatMember({ sessionId: "s", memberToRemove: "m" }, { baseUrl: "https://x" }).then(console.log);
`;

describe("bundles of evo-codec/http", () => {
  test("a client that decodes responses loads papaparse only when a CSV response arrives", async () => {
    const split = await bundle(CLIENT, true);
    const whole = await bundle(CLIENT, false);
    console.log(
      `evo-codec/http client, minified + gzipped: ${split.eager.gzipped} B up front, ${split.lazy.gzipped} B more on the first CSV response;` +
        ` ${whole.eager.gzipped} B as one file without code splitting`,
    );
    expect(split.eager.papaparse).toBe(false);
    expect(split.lazy.papaparse).toBe(true);
    // Before, the whole subpath was one block of 20.9 KB, papaparse included (31 % of it). Since
    // issue 18 every schema carries its Standard Schema check and JSON Schema writer (about 2.5 KB),
    // since issue 12 every codec the .NET types (dates, decimals, Guids, enum spellings: about 7 KB),
    // since issue 15 every codec its collecting `check` (about 1 KB each for JSON, JSV, JSON Lines),
    // and since issue 13 the encoders' hash-table reading and the decoders' one-pass objects (0.45 KB).
    expect(split.eager.gzipped).toBeLessThan(39 * 1024);
    // Without code splitting a bundler inlines the import(): papaparse is in the one file.
    expect(whole.eager.papaparse).toBe(true);
  });

  test("a server that negotiates loads CSV when it says so: loadCodec(\"csv\") once as it starts", async () => {
    const server = await bundle('import { loadCodec, negotiate } from "./dist/http/index.js"; loadCodec("csv").then(() => console.log(negotiate({ url: "/x.csv" })));', true);
    expect(server.eager.papaparse).toBe(false);
    expect(server.lazy.papaparse).toBe(true);
  });
});
