// Streams a generated CSV export of N sessions (default 1,000,000) through csv.encodeStream and
// csv.decodeStream and prints the peak memory. Run after `npm run build`:
//   node --expose-gc scripts/csv-stream-memory.mjs [rows] [--without-codec] [--digit-ids]
// or under `/usr/bin/time -v` for the peak resident set size. `--without-codec` passes the same
// sessions, ids and checks through one async generator instead, with no encoding or decoding:
// what the script itself costs (its row ids among it, see the README's Performance section).
// `--digit-ids` spells the same ids without turning numbers into text: V8 keeps the text of the
// last 16,384 numbers it converted, which outlives young collections and fills the old
// generation with ids (the README's Performance section has the figures).
import { csv } from "../dist/csv/index.js";
import { SessionInfo } from "../dist/index.js";

const args = process.argv.slice(2);
const withoutCodec = args.includes("--without-codec");
const digitIds = args.includes("--digit-ids");
const rows = Number(args.find((arg) => !arg.startsWith("--")) ?? 1_000_000);
const session = {
  dialState: "Active",
  callState: "Connected",
  accountId: "acc-1",
  accountName: "Acme, Inc.",
  customerBreadcrumb: [{ id: "b1", name: "Home" }],
  log: [{ date: "2026-11-25T10:40:00Z", message: "Call started" }],
  members: [{ identity: "agent@example.com", applicationData: { source: "web" }, role: "Agent" }],
  channel: "Voice",
  ended: true,
  direction: "Outgoing",
  id: "s-1",
};

/** `s-0`, `s-1`, … in turn: from a number, or (`--digit-ids`) counted digit by digit. */
function idMaker() {
  if (!digitIds) {
    let next = 0;
    return () => `s-${next++}`;
  }
  const digits = [0x30];
  return () => {
    const id = "s-" + String.fromCharCode(...digits);
    let i = digits.length - 1;
    while (i >= 0 && digits[i] === 0x39) digits[i--] = 0x30;
    if (i < 0) digits.unshift(0x31);
    else digits[i]++;
    return id;
  };
}

async function* sessions() {
  const nextId = idMaker();
  for (let i = 0; i < rows; i++) yield { ...session, id: nextId() };
}

let peakRss = 0;
let peakHeap = 0;
function sample() {
  const { rss, heapUsed } = process.memoryUsage();
  peakRss = Math.max(peakRss, rss);
  peakHeap = Math.max(peakHeap, heapUsed);
}
let chars = 0;
let decoded = 0;
const started = performance.now();
async function* text() {
  const reader = csv.encodeStream(SessionInfo, sessions()).getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    const piece = next.value;
    chars += piece.length;
    yield piece;
  }
}
async function* passedThrough() {
  for await (const value of sessions()) yield value;
}
const expectedId = idMaker();
for await (const row of withoutCodec ? passedThrough() : csv.decodeStream(SessionInfo, text())) {
  const id = expectedId();
  if (row.id !== id) throw new Error(`row ${decoded} came back as ${row.id}, not ${id}`);
  decoded++;
  if (decoded % 50_000 === 0) sample();
}
sample();
const seconds = (performance.now() - started) / 1000;
console.log(
  `${decoded} rows, ${withoutCodec ? "without the codec" : `${(chars / 1e6).toFixed(1)} M characters`}${digitIds ? ", digit ids" : ""}, ${seconds.toFixed(1)} s; ` +
    `peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB, peak heap ${(peakHeap / 2 ** 20).toFixed(0)} MiB`,
);
