import { boolean, dictionary, list, object, string } from "../schema/build.js";
import type { Infer } from "../schema/infer.js";
import type { NamedSchema } from "../schema/standard.js";
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
// keys with their first letter upper-cased (`dialState` -> `DialState`). Member descriptions are
// the API pages' own; members the pages leave undescribed have none here either. Each type is
// a schema (the value) and an interface of its decoded form (the type), so editors show its name.

const entityInfo = object("EntityInfo", {
  /** The ID of the object */
  id: string(),
  /** The date the object was created */
  dateCreated: string(),
  /** The date the object was last modified */
  dateLastModified: string(),
  /** The user that created this object */
  createdBy: string(),
  /** The user that last modified this object */
  lastModifiedBy: string(),
});
/** The members every stored Evo Voice object has; `SessionInfo` extends it. */
export interface EntityInfo extends Infer<typeof entityInfo> {}
/** The description of {@link EntityInfo}: pass it to a codec, `checkValue` or `toJsonSchema`. */
export const EntityInfo: NamedSchema<typeof entityInfo, EntityInfo> = entityInfo;

const customerBreadcrumb = object("CustomerBreadcrumb", {
  id: string(),
  name: string(),
});
/** One step of the path to a session's customer: its ID and name. */
export interface CustomerBreadcrumb extends Infer<typeof customerBreadcrumb> {}
/** The description of {@link CustomerBreadcrumb}. */
export const CustomerBreadcrumb: NamedSchema<typeof customerBreadcrumb, CustomerBreadcrumb> = customerBreadcrumb;

const sessionLogInfo = object("SessionLogInfo", {
  date: string(),
  message: string(),
});
/** One entry of a session's log: a date and a message. */
export interface SessionLogInfo extends Infer<typeof sessionLogInfo> {}
/** The description of {@link SessionLogInfo}. */
export const SessionLogInfo: NamedSchema<typeof sessionLogInfo, SessionLogInfo> = sessionLogInfo;

const sessionMemberInfo = object("SessionMemberInfo", {
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
/** One member of a session: who, their call state and role. */
export interface SessionMemberInfo extends Infer<typeof sessionMemberInfo> {}
/** The description of {@link SessionMemberInfo}. */
export const SessionMemberInfo: NamedSchema<typeof sessionMemberInfo, SessionMemberInfo> = sessionMemberInfo;

const sessionInfo = object(
  "SessionInfo",
  {
    /** The state of the session */
    dialState: SessionDialState,
    /** The call state of the session */
    callState: SessionCallState,
    /** The queue state of the session */
    queueState: SessionQueueStates,
    /** The ID of the account associated with the flow */
    accountId: string(),
    /** The name of the account associated with the session */
    accountName: string(),
    /** The ID of the customer this session is associated with */
    customerId: string(),
    /** The customer breadcrumb this session is associated with */
    customerBreadcrumb: list(CustomerBreadcrumb),
    /** The name of the customer this session is associated with */
    customerName: string(),
    /** The ID of the endpoint associated with this session */
    endpointId: string(),
    /** The name of the endpoint associated with this session */
    endpointName: string(),
    /** The date the call completed */
    dateCompleted: string(),
    /** The destination of the session (e.g. what was entered into the Dial box) */
    destination: string(),
    /** The to address if any */
    toAddress: string(),
    /** The from address if any */
    fromAddress: string(),
    /** The from name if any */
    fromName: string(),
    /** Answered by name (if any) */
    answeredByName: string(),
    /** The ID of the queue member assigned to this call */
    queueMemberId: string(),
    /** The flow channel */
    channel: FlowChannels,
    /** Has the session ended */
    ended: boolean(),
    /** The outcome of the call */
    outcome: string(),
    /** The twilio Call SID of this session */
    callSid: string(),
    /** Any console data for this session */
    consoleData: string(),
    /** The name of the hold queue for this call */
    holdQueueName: string(),
    /** The user ID who put this call on hold */
    heldByUserId: string(),
    /** The reason for the hold */
    holdReason: SessionHoldReasons,
    /** The SID of the conference if in a conference call */
    conferenceSid: string(),
    /** The display name for this session */
    displayName: string(),
    /** The log entries for this session */
    log: list(SessionLogInfo),
    /** The members of this session */
    members: list(SessionMemberInfo),
    /** The callback number (typically used for SIP to User calls) */
    callbackNumber: string(),
    /** The ID of the endpoint that answered */
    answeredById: string(),
    /** Is this session incoming or outgoing? */
    direction: SessionDirections,
    /** The phone number that this session is coming from (used with SMS chats) */
    fromPhoneNumber: string(),
    /** The Call SID of the most recently added conference participant */
    mostRecentParticipantCallSid: string(),
    /** Was this session missed? */
    wasMissed: boolean(),
    /** The ring queue that the call is currently in */
    ringQueueId: string(),
  },
  { base: EntityInfo },
);
/** A call or chat session; `EntityInfo`'s members come last, as the reference writes them. */
export interface SessionInfo extends Infer<typeof sessionInfo> {}
/** The description of {@link SessionInfo}: what the session operations answer. */
export const SessionInfo: NamedSchema<typeof sessionInfo, SessionInfo> = sessionInfo;
