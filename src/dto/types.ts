import type { Infer } from "../schema/infer.js";
import type * as dto from "./session-info.js";
import type * as enums from "./enums.js";
import type * as request from "./delete-chat-member.js";

// The value types of the DTOs, named like their schemas (a name can be both a value and a type).

export type SessionInfo = Infer<typeof dto.SessionInfo>;
export type EntityInfo = Infer<typeof dto.EntityInfo>;
export type CustomerBreadcrumb = Infer<typeof dto.CustomerBreadcrumb>;
export type SessionLogInfo = Infer<typeof dto.SessionLogInfo>;
export type SessionMemberInfo = Infer<typeof dto.SessionMemberInfo>;
export type DeleteChatMember = Infer<typeof request.DeleteChatMember>;
export type SessionDialState = Infer<typeof enums.SessionDialState>;
export type SessionCallState = Infer<typeof enums.SessionCallState>;
export type SessionQueueStates = Infer<typeof enums.SessionQueueStates>;
export type FlowChannels = Infer<typeof enums.FlowChannels>;
export type SessionHoldReasons = Infer<typeof enums.SessionHoldReasons>;
export type SessionMemberCallState = Infer<typeof enums.SessionMemberCallState>;
export type SessionMemberRoles = Infer<typeof enums.SessionMemberRoles>;
export type SessionDirections = Infer<typeof enums.SessionDirections>;
