import { enumeration } from "../schema/build.js";
import type { Infer } from "../schema/infer.js";

// The Evo Voice API's enumerations, in declaration order (the first member is the default). Each
// is a schema and, as in the API's generated DTOs, the object of its members
// (`SessionDialState.Active === "Active"`); the type of the same name is the union of the names.

/** The dial state of a session (`SessionInfo.dialState`): `None` or `Active`. */
export type SessionDialState = Infer<typeof SessionDialState>;
/** The enumeration {@link SessionDialState}: its schema and its members (`SessionDialState.Active`). */
export const SessionDialState = enumeration("SessionDialState", ["None", "Active"]);

/** The call state of a session (`SessionInfo.callState`). */
export type SessionCallState = Infer<typeof SessionCallState>;
/** The enumeration {@link SessionCallState}: its schema and its members. */
export const SessionCallState = enumeration("SessionCallState", ["Disconnected", "Ringing", "Connected", "Hold", "Passive"]);

/** The queue state of a session (`SessionInfo.queueState`). */
export type SessionQueueStates = Infer<typeof SessionQueueStates>;
/** The enumeration {@link SessionQueueStates}: its schema and its members. */
export const SessionQueueStates = enumeration("SessionQueueStates", [
  "None",
  "Queued",
  "Ringing",
  "Connected",
  "Hold",
  "Disconnected",
]);

/** The channel of a flow (`SessionInfo.channel`): voice, chat or fax. */
export type FlowChannels = Infer<typeof FlowChannels>;
/** The enumeration {@link FlowChannels}: its schema and its members. */
export const FlowChannels = enumeration("FlowChannels", ["Voice", "Chat", "Fax"]);

/** Why a session is on hold (`SessionInfo.holdReason`). */
export type SessionHoldReasons = Infer<typeof SessionHoldReasons>;
/** The enumeration {@link SessionHoldReasons}: its schema and its members. */
export const SessionHoldReasons = enumeration("SessionHoldReasons", ["None", "Transferring"]);

/** The call state of one member of a session (`SessionMemberInfo.callState`). */
export type SessionMemberCallState = Infer<typeof SessionMemberCallState>;
/** The enumeration {@link SessionMemberCallState}: its schema and its members. */
export const SessionMemberCallState = enumeration("SessionMemberCallState", ["None", "Ringing", "Connected", "Hold"]);

/** The role of one member of a session (`SessionMemberInfo.role`). */
export type SessionMemberRoles = Infer<typeof SessionMemberRoles>;
/** The enumeration {@link SessionMemberRoles}: its schema and its members. */
export const SessionMemberRoles = enumeration("SessionMemberRoles", ["None", "Caller", "Agent", "Transfer"]);

/** Whether a session is incoming or outgoing (`SessionInfo.direction`). */
export type SessionDirections = Infer<typeof SessionDirections>;
/** The enumeration {@link SessionDirections}: its schema and its members. */
export const SessionDirections = enumeration("SessionDirections", ["Incoming", "Outgoing"]);
