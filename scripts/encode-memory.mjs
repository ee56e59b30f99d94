// Encodes one object whose two string members each hold N MiB of text that needs escaping
// (default 100), in one format (json, jsv, csv or jsonl), and prints the time, the output's
// length and the peak resident set size. Run after `npm run build`:
//   node scripts/encode-memory.mjs [json|jsv|csv|jsonl] [MiB] [every|quarter]
// `every`: every character needs escaping (a line feed); `quarter`: one character in four does.
import { csv } from "../dist/csv/index.js";
import { json, jsonl, jsv, listOf, object, string } from "../dist/index.js";

const [format = "json", mib = "100", density = "quarter"] = process.argv.slice(2);
const codecs = { json, jsv, csv, jsonl };
const codec = codecs[format];
if (codec === undefined) throw new Error(`no format ${format}: json, jsv, csv or jsonl`);
const Pair = object("Pair", { first: string(), second: string() });
const schema = format === "csv" || format === "jsonl" ? listOf(Pair) : Pair;

const length = Number(mib) * 2 ** 20;
const unit = density === "every" ? "\n" : 'ab"\n';
const text = unit.repeat(length / unit.length);
const value = { first: text, second: text.slice(1) + "x" };
const baseline = process.resourceUsage().maxRSS;

const started = performance.now();
let outcome;
try {
  const out = codec.encode(schema, schema === Pair ? value : [value]);
  outcome = `${(out.length / 2 ** 20).toFixed(0)} Mi characters written`;
} catch (error) {
  outcome = `${error.name} ${error.code ?? ""}: ${error.message.split("\n")[0]}`;
}
const seconds = (performance.now() - started) / 1000;
const peak = process.resourceUsage().maxRSS;
console.log(
  `${format}, two strings of ${mib} MiB (${density === "every" ? "every character" : "one in four"} escaped): ${outcome}, ` +
    `${seconds.toFixed(1)} s, peak RSS ${(peak / 1024).toFixed(0)} MiB (${(baseline / 1024).toFixed(0)} MiB before encoding)`,
);
