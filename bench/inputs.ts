import * as fc from "fast-check";
import { bytes, double, enumeration, int, json, list, long, nullable, object, SessionInfo, string } from "../src/index.js";
import { arbitraryFor } from "../src/testing/index.js";

// Benchmark inputs, every one drawn from a fixed seed so that every run times the same data:
// sessions of mixed shapes (each value a different set of present members, as real traffic has),
// sessions of one uniform shape (plain ASCII text), and a DTO of the newer member kinds.

export const SEED = 20261125;
export const COUNT = 1500;

/** Sessions drawn by `arbitraryFor`: any subset of the reference-type members, hostile strings included. */
export const mixedSessions: SessionInfo[] = fc.sample(arbitraryFor(fc, SessionInfo), { seed: SEED, numRuns: COUNT });

/**
 * The same sessions as fast-property objects, as `JSON.parse`, an object literal or a decoder makes
 * them: fast-check builds its records member by member into hash tables ("dictionary mode"), on
 * which `Object.values` is some thirty times slower, and that is most of what sets them apart.
 */
export const mixedFastSessions: SessionInfo[] = mixedSessions.map((value) => json.decode(SessionInfo, json.encode(SessionInfo, value)));

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const random = seeded(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const id = () => Math.floor(random() * 2 ** 32).toString(16).padStart(8, "0") + "-" + Math.floor(random() * 65536).toString(16);
const words = ["Acme", "Support", "Sales", "Queue", "Agent", "Jane Doe", "John Smith", "Main line", "Overflow", "Billing"];

/** A session as typical traffic has it: the same members present every time, in ASCII text. */
function uniformSession(): SessionInfo {
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

export const uniformSessions: SessionInfo[] = Array.from({ length: COUNT }, uniformSession);

/** A DTO of the newer kinds: nullable value types, int, long (bigint), double, bytes. */
export const MeterReading = object("MeterReading", {
  id: long(),
  meterId: int(),
  unit: enumeration("MeterUnit", ["KilowattHours", "CubicMetres", "Litres"]),
  value: double(),
  previousValue: nullable(double()),
  scale: nullable(int()),
  sequence: long(),
  temperature: nullable(double()),
  signature: bytes(),
  label: string(),
  samples: list(double()),
  counters: list(long()),
});

/** Readings of mixed shapes; no NaN or infinities, which JSON cannot hold. */
export const readings = fc.sample(arbitraryFor(fc, MeterReading, { nonFinite: false }), { seed: SEED, numRuns: COUNT });
