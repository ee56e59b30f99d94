import { boolean, list, nullable, object, string } from "../schema/build.js";
import type { Infer } from "../schema/infer.js";
import { DeleteChatMember, DeleteChatMemberRoute } from "./delete-chat-member.js";
import { SessionCallState, SessionHoldReasons, SessionQueueStates } from "./enums.js";
import { ListRequest, ListResponse } from "./list.js";
import { operation } from "./operation.js";
import { SessionInfo } from "./session-info.js";

// The session operations of the Evo Voice API (see the API survey), each with its route and the
// DTO it answers. `DeleteChatMember` is in its own file, as the API page that defines the project.

/** `GET /sessions`: sessions matching a filter, a page at a time. */
export type ListSessions = Infer<typeof ListSessions>;
export const ListSessions = object(
  "ListSessions",
  {
    /** Only sessions of these accounts. */
    accountIds: list(string()),
    /** Search the archive too. */
    searchArchive: boolean(),
    /** Sessions from this date. */
    startDate: string(),
    /** Sessions up to this date. */
    endDate: string(),
    /** Only sessions of these customers. */
    customerIds: list(string()),
    /** Only sessions of these endpoints. */
    endpointIds: list(string()),
    /** Sessions from this address. */
    from: string(),
    /** Sessions to this address. */
    to: string(),
    /** Sessions whose log holds this text. */
    log: string(),
    /** Only the children of this session. */
    parentSessionId: string(),
  },
  { base: ListRequest(SessionInfo) },
);

/** `GET /sessions/{sessionId}`: one session. */
export type GetSession = Infer<typeof GetSession>;
export const GetSession = object("GetSession", {
  /** The ID of the session (path). */
  sessionId: string(),
});

/** `PATCH /sessions/{sessionId}`: changes what is given and leaves the rest. */
export type PatchSession = Infer<typeof PatchSession>;
export const PatchSession = object("PatchSession", {
  /** The ID of the session (path). */
  sessionId: string(),
  /** New console data. */
  consoleData: string(),
  /** A new call state; absent leaves it as it is. */
  callState: nullable(SessionCallState),
  /** A new hold reason; absent leaves it as it is. */
  holdReason: nullable(SessionHoldReasons),
  /** A new queue state; absent leaves it as it is. */
  queueState: nullable(SessionQueueStates),
});

/** `POST /sessions/{sessionId}/hold`: puts a call on hold. */
export type HoldSession = Infer<typeof HoldSession>;
export const HoldSession = object("HoldSession", {
  /** The ID of the session (path). */
  sessionId: string(),
  /** The call to hold. */
  callSid: string(),
  /** Why it is held. */
  reason: SessionHoldReasons,
});

/** `POST /sessions/{sessionId}/members`: invites a member into a chat. */
export type InviteChatMember = Infer<typeof InviteChatMember>;
export const InviteChatMember = object("InviteChatMember", {
  /** The ID of the session (path). */
  sessionId: string(),
  /** The member to add: a cell phone number or a user ID (email). */
  memberToAdd: string(),
  /** The caller ID to use. */
  callerId: string(),
});

/** `POST /sessions/{sessionId}/conference/members`: dials a new member into a conference. */
export type AddConferenceMember = Infer<typeof AddConferenceMember>;
export const AddConferenceMember = object("AddConferenceMember", {
  /** The ID of the session (path). */
  sessionId: string(),
  /** The call the conference belongs to. */
  callSid: string(),
  /** Who to dial. */
  destination: string(),
  /** The number to call from. */
  fromNumber: string(),
});

/** `GET /sessions/my`: takes no members. */
export type GetMySessions = Infer<typeof GetMySessions>;
export const GetMySessions = object("GetMySessions", {});

/** What `GetMySessions` answers. */
export type GetMySessionsResponse = Infer<typeof GetMySessionsResponse>;
export const GetMySessionsResponse = object("GetMySessionsResponse", {
  /** The caller's sessions. */
  sessions: list(SessionInfo),
});

/** Each session operation with its route and response. */
export const SessionOperations = Object.freeze({
  ListSessions: operation(ListSessions, ListResponse(SessionInfo), { method: "GET", path: "/sessions" }),
  GetSession: operation(GetSession, SessionInfo, { method: "GET", path: "/sessions/{sessionId}" }),
  PatchSession: operation(PatchSession, SessionInfo, { method: "PATCH", path: "/sessions/{sessionId}" }),
  HoldSession: operation(HoldSession, SessionInfo, { method: "POST", path: "/sessions/{sessionId}/hold" }),
  InviteChatMember: operation(InviteChatMember, SessionInfo, { method: "POST", path: "/sessions/{sessionId}/members" }),
  DeleteChatMember: operation(DeleteChatMember, SessionInfo, DeleteChatMemberRoute),
  AddConferenceMember: operation(AddConferenceMember, SessionInfo, { method: "POST", path: "/sessions/{sessionId}/conference/members" }),
  GetMySessions: operation(GetMySessions, GetMySessionsResponse, { method: "GET", path: "/sessions/my" }),
});
