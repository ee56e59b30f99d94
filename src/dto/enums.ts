import { enumeration } from "../schema/build.js";
import type { Infer } from "../schema/infer.js";

// The Evo Voice API's enumerations, in declaration order (the first member is the default).

export type SessionDialState = Infer<typeof SessionDialState>;
export const SessionDialState = enumeration("SessionDialState", ["None", "Active"]);
export type SessionCallState = Infer<typeof SessionCallState>;
export const SessionCallState = enumeration("SessionCallState", ["Disconnected", "Ringing", "Connected", "Hold", "Passive"]);
export type SessionQueueStates = Infer<typeof SessionQueueStates>;
export const SessionQueueStates = enumeration("SessionQueueStates", [
  "None",
  "Queued",
  "Ringing",
  "Connected",
  "Hold",
  "Disconnected",
]);
export type FlowChannels = Infer<typeof FlowChannels>;
export const FlowChannels = enumeration("FlowChannels", ["Voice", "Chat", "Fax"]);
export type SessionHoldReasons = Infer<typeof SessionHoldReasons>;
export const SessionHoldReasons = enumeration("SessionHoldReasons", ["None", "Transferring"]);
export type SessionMemberCallState = Infer<typeof SessionMemberCallState>;
export const SessionMemberCallState = enumeration("SessionMemberCallState", ["None", "Ringing", "Connected", "Hold"]);
export type SessionMemberRoles = Infer<typeof SessionMemberRoles>;
export const SessionMemberRoles = enumeration("SessionMemberRoles", ["None", "Caller", "Agent", "Transfer"]);
export type SessionDirections = Infer<typeof SessionDirections>;
export const SessionDirections = enumeration("SessionDirections", ["Incoming", "Outgoing"]);
