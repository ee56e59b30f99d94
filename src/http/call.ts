import { ErrorResponse } from "../dto/response-status.js";
import type { Operation } from "../dto/operation.js";
import type { DecodeOptions } from "../core/options.js";
import { loadCodec } from "../formats.js";
import type { Infer, Input } from "../schema/infer.js";
import type { ObjectSchema, Schema } from "../schema/nodes.js";
import { discardBody } from "./body.js";
import { buildRequest, type RequestOptions } from "./operation-request.js";
import { decodeResponse } from "./response.js";

/** {@link RequestOptions}, the `fetch` to send with, and how to decode the answer. */
export interface SendOptions extends RequestOptions {
  /** Default: the global `fetch`. */
  readonly fetch?: typeof fetch;
  /** For decoding the response (`maxLength`, `maxDepth`, `strict`). */
  readonly decode?: DecodeOptions;
}

/** What an operation answers: its response type's value, or nothing for a void one. */
export type Answer<R extends Schema | undefined> = R extends Schema ? Infer<R> : void;

/**
 * Sends `request` as `op` says (see {@link buildRequest}) and decodes the answer as the
 * operation's response type, in the format the response says it is in. A non-2xx answer is a
 * `ResponseStatusError` with the server's `ResponseStatus`; a body that does not decode is a
 * `DecodeError`. A void operation resolves to `undefined` on any 2xx.
 */
export async function call<Q extends ObjectSchema, R extends Schema | undefined>(op: Operation<Q, R>, request: Input<Q>, options: SendOptions): Promise<Answer<R>> {
  // A CSV body needs CSV's codec, which is loaded on first use.
  const bodyFormat = options?.bodyFormat ?? options?.format;
  if (bodyFormat === "csv") await loadCodec("csv");
  const prepared = buildRequest(op, request, options);
  const response = await (options.fetch ?? fetch)(prepared.url, { method: prepared.method, headers: prepared.headers, body: prepared.body });
  if (op.response === undefined) {
    if (response.status < 200 || response.status > 299) await decodeResponse(ErrorResponse, response, options.decode);
    await discardBody(response);
    return undefined as Answer<R>;
  }
  return (await decodeResponse(op.response, response, options.decode)) as Answer<R>;
}
