import { placeholdersOf, type HttpMethod, type Operation, type Route } from "../dto/operation.js";
import { codecFor, FORMAT_NAMES, isFormat, type Format } from "../formats.js";
import { jsv } from "../jsv/index.js";
import type { Input } from "../schema/infer.js";
import type { MemberDescriptor, ObjectSchema } from "../schema/nodes.js";
import { CONTENT_TYPES, MEDIA_TYPES } from "./negotiate.js";
import { requestHeaders, routeUrl } from "./request.js";

// A request for any operation (`operation(request, response, ...routes)`, generated or written
// by hand): the route filled from the request's members, the rest in the query (GET, DELETE) or
// the body (POST, PUT, PATCH), and the headers. Every problem with the arguments is a
// `TypeError` that names it, before anything is sent; a member value the request's type refuses
// is the encoders' `EncodeError`.

/** A request ready for `fetch`: method, URL, headers, and the body of a POST, PUT or PATCH. */
export interface PreparedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

/** Where and how to call the API. */
export interface CallOptions {
  /**
   * Where the API lives, such as `https://evovoice.io`. A path prefix is kept (the route joins
   * it) and so is a query (`…/v1?key=K`); a fragment is refused.
   */
  readonly baseUrl: string;
  /** The response format to ask for with `Accept`: `"json"` (default), `"jsv"`, `"csv"` or `"jsonl"`. */
  readonly format?: Format;
  /** More request headers, such as `Authorization`; names in any case. An `Accept` here replaces the one `format` asks for. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** {@link CallOptions}, and what an operation of several routes or a body needs. */
export interface RequestOptions extends CallOptions {
  /** The format of a POST, PUT or PATCH body (its `Content-Type`). Default: `format`. */
  readonly bodyFormat?: Format;
  /** Take a route of this verb. Default: the route that fills the most placeholders from the request, the first among equals. */
  readonly method?: HttpMethod;
}

const BODY_METHODS: ReadonlySet<string> = new Set(["POST", "PUT", "PATCH"]);

function checkedFormat(value: unknown, name: string): Format {
  if (typeof value !== "string" || !isFormat(value)) throw new TypeError(`options.${name} must be one of ${FORMAT_NAMES.join(", ")}, not ${JSON.stringify(value)}`);
  return value;
}

/** The member a placeholder names: the route's own mapping first, then a member's key, C# name or alias, ignoring case. */
function memberFor(route: Route, placeholder: string, schema: ObjectSchema): MemberDescriptor | undefined {
  const name = placeholder.endsWith("*") ? placeholder.slice(0, -1) : placeholder;
  const mapped = route.placeholders?.[name];
  const folded = (mapped ?? name).toLowerCase();
  return schema.members.find((m) => m.key.toLowerCase() === folded || (mapped === undefined && (m.name.toLowerCase() === folded || m.alias?.toLowerCase() === folded)));
}

/** A member's value as a path segment or query value: a string as it is, anything else as compact JSV (`True`, `[a,b]`). */
function textOf(member: MemberDescriptor, value: unknown): unknown {
  if (typeof value === "string" || value === undefined || value === null) return value;
  return jsv.encode(member.schema, value);
}

/** Each placeholder with the member that fills it and its text, or undefined when the request cannot fill one. */
function filling(route: Route, schema: ObjectSchema, request: Record<string, unknown>): Record<string, readonly [string, unknown]> | undefined {
  const values: Record<string, readonly [string, unknown]> = {};
  let complete = true;
  for (const placeholder of placeholdersOf(route.path)) {
    const member = memberFor(route, placeholder, schema);
    const raw = member && Object.hasOwn(request, member.key) ? request[member.key] : undefined;
    let text: unknown = raw;
    try {
      text = member ? textOf(member, raw) : undefined;
    } catch {
      text = raw;
    }
    if (typeof text !== "string" || text === "") complete = false;
    values[placeholder] = [member?.key ?? placeholder, text];
  }
  return complete ? values : undefined;
}

/**
 * The request of `op` for `request`: the route (see {@link RequestOptions.method}) with each
 * `{placeholder}` filled by its member, URL-encoded (`.` and `..` refused); the members the path
 * does not hold in the query for GET and DELETE, and the whole request in the body, in
 * `bodyFormat`, for POST, PUT and PATCH; members a route lists in `query` in the query whatever
 * the verb. `Accept` asks for `format`; `Content-Type` says `bodyFormat`.
 */
export function buildRequest<Q extends ObjectSchema>(op: Operation<Q>, request: Input<Q>, options: RequestOptions): PreparedRequest {
  const schema = op.request;
  if (typeof request !== "object" || request === null) throw new TypeError(`the request must be a ${schema.typeName} object`);
  if (typeof options !== "object" || options === null) throw new TypeError("the request needs options with a baseUrl");
  const format = checkedFormat(options.format ?? "json", "format");
  const bodyFormat = checkedFormat(options.bodyFormat ?? format, "bodyFormat");
  const routes = options.method === undefined ? op.routes : op.routes.filter((route) => route.method === options.method);
  if (routes.length === 0) throw new TypeError(`${schema.typeName} has no ${String(options.method)} route`);
  const values = request as Record<string, unknown>;

  let chosen: { route: Route; fills: Record<string, readonly [string, unknown]> } | undefined;
  for (const route of routes) {
    const fills = filling(route, schema, values);
    if (fills && (!chosen || Object.keys(fills).length > Object.keys(chosen.fills).length)) chosen = { route, fills };
  }
  // No route can be filled: the first one says which member is missing or unfit.
  const route = chosen?.route ?? routes[0]!;
  const url = routeUrl(options.baseUrl, route.path, chosen?.fills ?? filling(route, schema, values) ?? placeholdersWith(route, schema, values));

  // Checks every member against its type, and refuses a member the type does not describe.
  const jsvText = jsv.encode(schema, request);
  const inPath = new Set(Object.values(chosen?.fills ?? {}).map(([key]) => key));
  const hasBody = BODY_METHODS.has(route.method);
  for (const member of schema.members) {
    const value = Object.hasOwn(values, member.key) ? values[member.key] : undefined;
    if (value === undefined || value === null) continue;
    const inQuery = route.query?.includes(member.key) || (!hasBody && !inPath.has(member.key));
    if (inQuery) url.searchParams.set(member.alias ?? member.key, textOf(member, value) as string);
  }
  const base = { Accept: MEDIA_TYPES[format][0]! };
  if (!hasBody) return { method: route.method, url: url.toString(), headers: requestHeaders(base, options.headers) };
  const body = bodyFormat === "jsv" ? jsvText : codecFor(bodyFormat).encode(schema, request);
  return { method: route.method, url: url.toString(), headers: requestHeaders({ ...base, "Content-Type": CONTENT_TYPES[bodyFormat] }, options.headers), body };
}

/** The placeholders with whatever the request holds, for the message of the one it cannot fill. */
function placeholdersWith(route: Route, schema: ObjectSchema, request: Record<string, unknown>): Record<string, readonly [string, unknown]> {
  const values: Record<string, readonly [string, unknown]> = {};
  for (const placeholder of placeholdersOf(route.path)) {
    const member = memberFor(route, placeholder, schema);
    values[placeholder] = [member?.key ?? placeholder, member && Object.hasOwn(request, member.key) ? request[member.key] : undefined];
  }
  return values;
}
