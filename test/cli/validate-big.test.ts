import { spawnSync } from "node:child_process";
import { createWriteStream, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { once } from "node:events";
import { afterAll, describe, expect, test } from "vitest";
import { cli, folderWith, repoRoot, SLOW } from "./support.js";

// Files too big for one string (issue 12): CSV and documents whose root is a list are
// validated by streaming, element by element, in bounded memory; --max-length bounds a row,
// an element or a document read whole.

const ROW = 'Active,Connected,acc-1,"Acme, Inc.","[{Id:b1,Name:Home}]",Voice,True,Outgoing,s-1\r\n';
const HEADER = "DialState,CallState,AccountId,AccountName,CustomerBreadcrumb,Channel,Ended,Direction,Id\r\n";
const ELEMENT = '{"dialState":"Active","callState":"Connected","accountId":"acc-1","accountName":"Acme, Inc.","customerBreadcrumb":[{"id":"b1","name":"Home"}],"channel":"Voice","ended":true,"direction":"Outgoing","id":"s-1"}';

/** `rows` data rows of CSV, or elements of a JSON list, as one string. */
const csvOf = (rows: number) => HEADER + ROW.repeat(rows);
const jsonListOf = (elements: number) => "[" + Array.from({ length: elements }, () => ELEMENT).join(",\n") + "]\n";

describe("--max-length", () => {
  test("refuses a document read whole that is longer", async () => {
    const cwd = folderWith({ "s.json": `{"accountName":"${"x".repeat(200)}"}` });
    const outcome = await cli(["validate", "--format", "json", "--max-length", "100", "s.json"], { cwd });
    expect(outcome.code).toBe(1);
    expect(JSON.parse(outcome.stdout).files[0].problems[0]).toMatchObject({ code: "input-too-long", message: expect.stringContaining("--max-length") });
  });

  test.each([["0"], ["-1"], ["ten"], ["1.5"]])("must be a positive integer, not %s", async (value) => {
    expect((await cli(["validate", "--max-length", value, "."])).code).toBe(2);
  });
});

describe("a file bigger than --max-length is validated row by row, element by element", () => {
  // 1 MB, ten times the limit: streamed, each row or element far shorter than it.
  const cwd = folderWith({ "big.csv": csvOf(12_000), "big.json": jsonListOf(5_000), "big.jsv": "[" + "{dialState:Active,accountName:\"Acme, Inc.\",ended:True},".repeat(20_000) + "{}]" });

  test.each([["big.csv"], ["big.json"], ["big.jsv"]])("%s is valid with --max-length 100000", async (name) => {
    const outcome = await cli(["validate", "--max-length", "100000", name], { cwd });
    expect(outcome).toMatchObject({ code: 0, stdout: "✔ 1 file valid\n" });
  });

  test("an error deep in a streamed list is placed in the file", async () => {
    const list = jsonListOf(5_000);
    const last = list.lastIndexOf('"Voice"');
    const cwd = folderWith({ "big.json": list.slice(0, last) + '"Pigeon"' + list.slice(last + '"Voice"'.length) });
    const problem = JSON.parse((await cli(["validate", "--format", "json", "--max-length", "100000", "big.json"], { cwd })).stdout).files[0].problems[0];
    expect(problem).toMatchObject({ code: "invalid-enum", path: "[4999].channel", line: 5_000, column: 153 });
  });

  test("an error deep in a streamed CSV is placed in the file", async () => {
    const cwd = folderWith({ "big.csv": csvOf(12_000) + "Active,Connected,acc-1,x,[],Pigeon,True,Outgoing,s-2\r\n" });
    const problem = JSON.parse((await cli(["validate", "--format", "json", "--max-length", "100000", "big.csv"], { cwd })).stdout).files[0].problems[0];
    expect(problem).toMatchObject({ code: "invalid-enum", path: "[12000].channel", line: 12_002, column: 29 });
  });
});

/** Writes `count` pieces of `piece` after `head`, and `tail`, without building the whole text. */
async function generate(file: string, head: string, piece: (i: number) => string, count: number, tail: string) {
  const out = createWriteStream(file);
  out.write(head);
  for (let i = 0; i < count; i++) if (!out.write(piece(i))) await once(out, "drain");
  out.end(tail);
  await once(out, "finish");
}

/** Runs the built bin on `file` and reads its peak resident set size (kB) from `/usr/bin/time`. */
function measure(file: string, flags: string[] = []) {
  const main = join(repoRoot, "dist", "cli", "main.js");
  const started = performance.now();
  const outcome = spawnSync("/usr/bin/time", ["-f", "peak-rss-kb=%M", process.execPath, main, "validate", ...flags, file], { encoding: "utf8" });
  const seconds = (performance.now() - started) / 1000;
  const peak = Number(/peak-rss-kb=(\d+)/.exec(outcome.stderr)?.[1]);
  console.log(`${file}: exit ${outcome.status}, ${seconds.toFixed(1)} s, peak RSS ${(peak / 1024).toFixed(0)} MB`);
  return { code: outcome.status, stdout: outcome.stdout, peakMb: peak / 1024 };
}

describe.skipIf(!SLOW)("hundreds of megabytes (EVO_SLOW=1 only: they take a minute)", () => {
  const folder = folderWith({});
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test("a 300 MB CSV validates in bounded memory", async () => {
    const file = join(folder, "300mb.csv");
    await generate(file, HEADER, () => ROW, Math.ceil((300 * 1024 * 1024) / ROW.length), "");
    const { code, peakMb } = measure(file);
    expect(code).toBe(0);
    expect(peakMb).toBeLessThan(300);
  });

  test("a 300 MB JSON list validates in bounded memory", async () => {
    const file = join(folder, "300mb.json");
    await generate(file, "[", (i) => (i === 0 ? ELEMENT : "," + ELEMENT), Math.ceil((300 * 1024 * 1024) / ELEMENT.length), "]");
    const { code, peakMb } = measure(file);
    expect(code).toBe(0);
    expect(peakMb).toBeLessThan(300);
  });

  test("a 600 MB JSON object is refused as too long, without reading it into one string", () => {
    const file = join(folder, "600mb.json");
    writeFileSync(file, "");
    spawnSync("bash", ["-c", `printf '{"accountName":"' > ${file}; head -c 629145600 /dev/zero | tr '\\0' x >> ${file}; printf '"}' >> ${file}`]);
    const { code, stdout, peakMb } = measure(file);
    expect(code).toBe(1);
    expect(stdout).toContain("input-too-long");
    expect(peakMb).toBeLessThan(1200);
  });
});
