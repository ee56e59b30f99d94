// HTTP helpers for clients and servers: content negotiation, decoding responses (and their
// ServiceStack error bodies) by their Content-Type, requests for any operation (`buildRequest`,
// `call`) and the documented DeleteChatMember call. No
// Node-only API. CSV (and so papaparse) is loaded only when a CSV response or format is used:
// `decodeResponse` loads it on first use; a server answering CSV calls `loadCodec("csv")` once.
export { CONTENT_TYPES, MEDIA_TYPES, negotiate } from "./negotiate.js";
export type { Negotiated, NegotiationRequest, NotAcceptable } from "./negotiate.js";
export { formatOfContentType } from "./content-type.js";
export { codecFor, loadCodec, loadCodecs } from "../formats.js";
export { decodeResponse, decodeResponseText } from "./response.js";
export type { FetchedResponse, ResponseParts } from "./response.js";
export { ResponseStatusError } from "./errors.js";
export { decodeErrorResponse, responseStatusOf } from "./error-body.js";
export { deleteChatMember, deleteChatMemberRequest } from "./delete-chat-member.js";
export { buildRequest } from "./operation-request.js";
export type { CallOptions, PreparedRequest, RequestOptions } from "./operation-request.js";
export { call } from "./call.js";
export type { Answer, SendOptions } from "./call.js";
