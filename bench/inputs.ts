import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { SessionInfo } from "../src/index.js";

// Benchmark inputs: the reference's SessionInfo vectors (hostile strings), and sessions of
// plain ASCII text as real traffic mostly is, built from a fixed seed so every run times the same data.

const vectorsFile = fileURLToPath(new URL("../fixtures/vectors/sessioninfo-vectors.jsonl", import.meta.url));

export const hostileSessions: SessionInfo[] = readFileSync(vectorsFile, "utf8")
  .split("\n")
  .filter((line) => line.includes('"kind":"single"'))
  .map((line) => (JSON.parse(line) as { value: SessionInfo }).value);

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const random = seeded(20261125);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const id = () => Math.floor(random() * 2 ** 32).toString(16).padStart(8, "0") + "-" + Math.floor(random() * 65536).toString(16);
const words = ["Acme", "Support", "Sales", "Queue", "Agent", "Jane Doe", "John Smith", "Main line", "Overflow", "Billing"];

function typicalSession(): SessionInfo {
  const members = Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
    identity: `user${Math.floor(random() * 1000)}@example.com`,
    endpointId: id(),
    displayName: pick(words),
    isOriginalMember: random() < 0.5,
    applicationData: { source: "web", campaign: pick(words) },
    callState: pick(["None", "Ringing", "Connected", "Hold"] as const),
    role: pick(["None", "Caller", "Agent", "Transfer"] as const),
    callSid: "CA" + id(),
    muted: random() < 0.2,
  }));
  return {
    dialState: pick(["None", "Active"] as const),
    callState: pick(["Disconnected", "Ringing", "Connected", "Hold", "Passive"] as const),
    queueState: pick(["None", "Queued", "Ringing", "Connected", "Hold", "Disconnected"] as const),
    accountId: id(),
    accountName: pick(words),
    customerId: id(),
    customerBreadcrumb: [{ id: id(), name: pick(words) }],
    customerName: pick(words),
    endpointId: id(),
    endpointName: pick(words),
    dateCompleted: "2026-11-25T10:40:00Z",
    destination: "+15551234567",
    toAddress: "+15551234567",
    fromAddress: "+15557654321",
    fromName: pick(words),
    channel: pick(["Voice", "Chat", "Fax"] as const),
    ended: random() < 0.5,
    callSid: "CA" + id(),
    holdReason: "None",
    displayName: pick(words),
    log: [
      { date: "2026-11-25T10:40:00Z", message: "Call started" },
      { date: "2026-11-25T10:41:00Z", message: "Agent joined" },
    ],
    members,
    direction: pick(["Incoming", "Outgoing"] as const),
    wasMissed: random() < 0.1,
    id: id(),
    dateCreated: "2026-11-25T10:40:00Z",
    createdBy: "system",
  };
}

export const typicalSessions: SessionInfo[] = Array.from({ length: 300 }, typicalSession);
