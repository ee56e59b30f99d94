import type { ObjectSchema, Schema } from "../schema/nodes.js";

/** An HTTP verb a ServiceStack route answers. */
export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** One route of an operation: its verb and path template (`/sessions/{sessionId}`). */
export interface Route {
  readonly method: HttpMethod;
  readonly path: string;
  /**
   * Members (by key) sent in the query string whatever the verb, also when they fill a placeholder
   * (`[ApiMember(ParameterType = "query")]`). Otherwise a member that fills a `{placeholder}` is
   * sent in the path only, and the rest in the query for GET and DELETE, in the body otherwise.
   */
  readonly query?: readonly string[];
  /** Placeholders that name no member, each with the member (by key) that fills it: `{ memberId: "memberToRemove" }`. */
  readonly placeholders?: Readonly<Record<string, string>>;
}

/** A ServiceStack operation: its request DTO, the DTO it answers (none for a void one), its routes. */
export interface Operation<Q extends ObjectSchema = ObjectSchema, R extends Schema | undefined = Schema | undefined> {
  readonly request: Q;
  readonly response: R;
  readonly routes: readonly Route[];
}

/** Describes an operation; the request's type name is the operation's name. */
export function operation<Q extends ObjectSchema, R extends Schema | undefined>(request: Q, response: R, ...routes: Route[]): Operation<Q, R> {
  if (routes.length === 0) throw new TypeError(`${request.typeName} needs at least one route`);
  const frozen = routes.map((route) =>
    Object.freeze({
      ...route,
      ...(route.query && { query: Object.freeze([...route.query]) }),
      ...(route.placeholders && { placeholders: Object.freeze({ ...route.placeholders }) }),
    }),
  );
  return Object.freeze({ request, response, routes: Object.freeze(frozen) });
}

/** The `{names}` in a route path, in order: the members a request fills its path with. */
export function placeholdersOf(path: string): string[] {
  const names: string[] = [];
  for (let open = path.indexOf("{"); open >= 0; open = path.indexOf("{", open + 1)) {
    const close = path.indexOf("}", open);
    if (close < 0) break;
    names.push(path.slice(open + 1, close));
  }
  return names;
}
