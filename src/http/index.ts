// HTTP helpers for clients and servers: content negotiation, decoding responses by their
// Content-Type, and the documented DeleteChatMember call. A subpath of its own (it loads CSV,
// and so papaparse); no Node-only API.
export { codecFor, CONTENT_TYPES, formatOfContentType, MEDIA_TYPES, negotiate } from "./negotiate.js";
export type { Negotiated, NegotiationRequest, NotAcceptable } from "./negotiate.js";
export { decodeResponse, decodeResponseText } from "./response.js";
export type { ResponseParts } from "./response.js";
export { deleteChatMember, deleteChatMemberRequest, ResponseStatusError } from "./delete-chat-member.js";
export type { CallOptions, PreparedRequest } from "./delete-chat-member.js";
