import { placeholdersOf, type HttpMethod } from "../dto/operation.js";
import type { Decl, GenerateProblem, OperationDecl, RouteDecl, TypeExpr } from "./api.js";
import { referencedKeys } from "./api.js";
import type { MetadataOperationType, MetadataTypes } from "./metadata.js";
import { Refusal, Translator, keyOf, type Definitions } from "./translate-types.js";
import { parseTypeName, TypeNameError, typeRefOf } from "./type-ref.js";

// From the metadata's operations to `operation(request, response, ...routes)`: the response type
// (`IReturn<T>`'s, exactly), one route per verb, and the members a route sends in the query
// whatever its verb (`[ApiMember(ParameterType = "query")]`).

const METHODS: readonly HttpMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** The operations whose request and response are described; the rest are reported. */
export function translateOperations(
  metadata: MetadataTypes,
  definitions: Definitions,
  decls: ReadonlyMap<string, Decl>,
  refused: ReadonlyMap<string, string>,
  problems: GenerateProblem[],
): OperationDecl[] {
  const operations: OperationDecl[] = [];
  const seen = new Set<string>();
  for (const op of metadata.operations) {
    const subject = op.request.name;
    if (seen.has(subject)) continue;
    seen.add(subject);
    try {
      const request = keyOf(op.request).key;
      const reason = refused.get(request);
      if (reason !== undefined) throw new Refusal(`its request ${subject} is refused`);
      if (decls.get(request)?.params.length) throw new Refusal("its request is a generic type");
      const response = responseOf(op, definitions);
      for (const key of response ? referencedKeys(response, new Set()) : []) {
        if (refused.has(key)) throw new Refusal(`its response uses ${decls.get(key)!.typeName}, which is refused`);
      }
      const routes = routesOf(op, decls.get(request)!, problems);
      if (routes.length === 0) {
        problems.push({ subject, refused: true, message: "it has no route: its types are described, but not the operation" });
        continue;
      }
      operations.push({ name: decls.get(request)!.typeName, request, response, routes, description: op.request.description || undefined });
    } catch (error) {
      if (!(error instanceof Refusal) && !(error instanceof TypeNameError)) throw error;
      problems.push({ subject, refused: true, message: `the operation is refused: ${error.message}` });
    }
  }
  return operations;
}

/** The response type: `IReturn<T>`'s, exactly; the response DTO's when that is all there is; none for `IReturnVoid`. */
function responseOf(op: MetadataOperationType, definitions: Definitions): TypeExpr | undefined {
  if (op.returnsVoid) return undefined;
  const translator = new Translator(definitions);
  if (op.returnType) return translator.expr(typeRefOf(op.returnType.name, op.returnType.genericArgs));
  if (op.response) {
    if (op.response.genericArgs?.length) throw new Refusal(`its response ${op.response.name} is generic, and the metadata does not say its type argument`);
    return translator.expr(parseTypeName(op.response.name));
  }
  throw new Refusal("the metadata names no response type (the request has no IReturn<T> or IReturnVoid)");
}

function routesOf(op: MetadataOperationType, request: Decl, problems: GenerateProblem[]): RouteDecl[] {
  const members = request.shape?.kind === "object" ? request.shape.members : [];
  const routes: RouteDecl[] = [];
  for (const route of op.routes ?? []) {
    const verbs = (route.verbs ?? "")
      .split(",")
      .map((verb) => verb.trim().toUpperCase())
      .filter((verb) => verb !== "");
    if (verbs.length === 0 || verbs.includes("ANY")) {
      const method = op.method?.toUpperCase() ?? "POST";
      verbs.splice(0, verbs.length, method);
      problems.push({ subject: request.typeName, refused: false, message: `route ${route.path} answers any verb: described as ${method}, ${op.method ? "the verb its request names" : "as ServiceStack's clients send it"}` });
    }
    for (const verb of verbs) {
      if (!(METHODS as readonly string[]).includes(verb)) {
        problems.push({ subject: request.typeName, refused: false, message: `route ${verb} ${route.path} is left out: only ${METHODS.join(", ")} are described` });
        continue;
      }
      const query = members.filter((m) => m.paramType === "query").map((m) => m.key);
      routes.push({ method: verb as HttpMethod, path: route.path, query });
      for (const placeholder of placeholdersOf(route.path)) {
        const name = placeholder.endsWith("*") ? placeholder.slice(0, -1) : placeholder;
        if (!members.some((m) => m.name.toLowerCase() === name.toLowerCase() || m.alias?.toLowerCase() === name.toLowerCase())) {
          problems.push({
            subject: request.typeName,
            refused: false,
            message: `route ${verb} ${route.path}: {${placeholder}} names no member of ${request.typeName}, so a request cannot fill it (give the route placeholders: { ${name}: "<member>" })`,
          });
        }
      }
    }
  }
  return routes;
}

