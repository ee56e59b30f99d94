import { enumeration } from "../schema/build.js";

// The Evo Voice API's enumerations, in declaration order (the first member is the default).

export const SessionDialState = enumeration("SessionDialState", ["None", "Active"]);
export const SessionCallState = enumeration("SessionCallState", ["Disconnected", "Ringing", "Connected", "Hold", "Passive"]);
export const SessionQueueStates = enumeration("SessionQueueStates", [
  "None",
  "Queued",
  "Ringing",
  "Connected",
  "Hold",
  "Disconnected",
]);
export const FlowChannels = enumeration("FlowChannels", ["Voice", "Chat", "Fax"]);
export const SessionHoldReasons = enumeration("SessionHoldReasons", ["None", "Transferring"]);
export const SessionMemberCallState = enumeration("SessionMemberCallState", ["None", "Ringing", "Connected", "Hold"]);
export const SessionMemberRoles = enumeration("SessionMemberRoles", ["None", "Caller", "Agent", "Transfer"]);
export const SessionDirections = enumeration("SessionDirections", ["Incoming", "Outgoing"]);
