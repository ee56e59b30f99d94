import { boolean, dictionary, list, object, string } from "../schema/build.js";
import type { Infer } from "../schema/infer.js";
import {
  FlowChannels,
  SessionCallState,
  SessionDialState,
  SessionDirections,
  SessionHoldReasons,
  SessionMemberCallState,
  SessionMemberRoles,
  SessionQueueStates,
} from "./enums.js";

// The Evo Voice API's types, member by member in the documented order. C# names are the
// keys with their first letter upper-cased (`dialState` -> `DialState`).

export type EntityInfo = Infer<typeof EntityInfo>;
export const EntityInfo = object("EntityInfo", {
  id: string(),
  dateCreated: string(),
  dateLastModified: string(),
  createdBy: string(),
  lastModifiedBy: string(),
});

export type CustomerBreadcrumb = Infer<typeof CustomerBreadcrumb>;
export const CustomerBreadcrumb = object("CustomerBreadcrumb", {
  id: string(),
  name: string(),
});

export type SessionLogInfo = Infer<typeof SessionLogInfo>;
export const SessionLogInfo = object("SessionLogInfo", {
  date: string(),
  message: string(),
});

export type SessionMemberInfo = Infer<typeof SessionMemberInfo>;
export const SessionMemberInfo = object("SessionMemberInfo", {
  identity: string(),
  endpointId: string(),
  displayName: string(),
  isOriginalMember: boolean(),
  avatarUrl: string(),
  applicationData: dictionary(string()),
  callState: SessionMemberCallState,
  role: SessionMemberRoles,
  callSid: string(),
  muted: boolean(),
});

export type SessionInfo = Infer<typeof SessionInfo>;
/** A call or chat session; `EntityInfo`'s members come last, as the reference writes them. */
export const SessionInfo = object(
  "SessionInfo",
  {
    dialState: SessionDialState,
    callState: SessionCallState,
    queueState: SessionQueueStates,
    accountId: string(),
    accountName: string(),
    customerId: string(),
    customerBreadcrumb: list(CustomerBreadcrumb),
    customerName: string(),
    endpointId: string(),
    endpointName: string(),
    dateCompleted: string(),
    destination: string(),
    toAddress: string(),
    fromAddress: string(),
    fromName: string(),
    answeredByName: string(),
    queueMemberId: string(),
    channel: FlowChannels,
    ended: boolean(),
    outcome: string(),
    callSid: string(),
    consoleData: string(),
    holdQueueName: string(),
    heldByUserId: string(),
    holdReason: SessionHoldReasons,
    conferenceSid: string(),
    displayName: string(),
    log: list(SessionLogInfo),
    members: list(SessionMemberInfo),
    callbackNumber: string(),
    answeredById: string(),
    direction: SessionDirections,
    fromPhoneNumber: string(),
    mostRecentParticipantCallSid: string(),
    wasMissed: boolean(),
    ringQueueId: string(),
  },
  { base: EntityInfo },
);
