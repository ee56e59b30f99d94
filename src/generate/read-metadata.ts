import { quoteText } from "../core/objects.js";
import type {
  MetadataAttribute,
  MetadataDataMember,
  MetadataOperationType,
  MetadataPropertyType,
  MetadataRoute,
  MetadataType,
  MetadataTypeName,
  MetadataTypes,
} from "./metadata.js";

// Reads a parsed `/types/metadata` document (untrusted JSON) into `MetadataTypes`, checking
// each field the generator uses. A camelCase host and a PascalCase one name the fields in their
// own case, so names match ignoring case; unknown fields are passed over. `/metadata/app`'s
// `AppMetadata`, which holds the same document as `api`, is read too.

/** A document that is not `MetadataTypes`: the message names the field, such as `types[3].properties[0].type`. */
export class MetadataError extends TypeError {
  override readonly name = "MetadataError";
}

type Fields = ReadonlyMap<string, unknown>;

function join(path: string, name: string): string {
  return path === "" ? name : `${path}.${name}`;
}

/** The own fields of an object by lower-cased name; anything else is a `MetadataError` at `path`. */
function fieldsOf(value: unknown, path: string): Fields {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new MetadataError(`${path || "the document"} must be an object`);
  const fields = new Map<string, unknown>();
  for (const key of Object.keys(value)) fields.set(key.toLowerCase(), (value as Record<string, unknown>)[key]);
  return fields;
}

function optionalString(fields: Fields, name: string, path: string): string | undefined {
  const value = fields.get(name.toLowerCase());
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw new MetadataError(`${join(path, name)} must be a string`);
  return value;
}

function requiredString(fields: Fields, name: string, path: string): string {
  const value = optionalString(fields, name, path);
  if (value === undefined || value === "") throw new MetadataError(`${join(path, name)} is missing`);
  return value;
}

function optionalBoolean(fields: Fields, name: string, path: string): boolean | undefined {
  const value = fields.get(name.toLowerCase());
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "boolean") throw new MetadataError(`${join(path, name)} must be true or false`);
  return value;
}

function optionalList<T>(fields: Fields, name: string, path: string, read: (item: unknown, path: string) => T): T[] | undefined {
  const value = fields.get(name.toLowerCase());
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw new MetadataError(`${join(path, name)} must be a list`);
  return value.map((item, i) => read(item, `${join(path, name)}[${i}]`));
}

function stringItem(item: unknown, path: string): string {
  if (typeof item !== "string") throw new MetadataError(`${path} must be a string, not ${quoteText(JSON.stringify(item) ?? String(item))}`);
  return item;
}

function optionalStringItem(item: unknown, path: string): string | null {
  return item === null ? null : stringItem(item, path);
}

function typeName(value: unknown, path: string): MetadataTypeName {
  const fields = fieldsOf(value, path);
  return {
    name: requiredString(fields, "name", path),
    namespace: optionalString(fields, "namespace", path),
    genericArgs: optionalList(fields, "genericArgs", path, stringItem),
  };
}

function dataMember(value: unknown, path: string): MetadataDataMember | undefined {
  if (value === undefined || value === null) return undefined;
  const fields = fieldsOf(value, path);
  const order = fields.get("order");
  if (order !== undefined && order !== null && !Number.isSafeInteger(order)) throw new MetadataError(`${join(path, "order")} must be an integer`);
  return { name: optionalString(fields, "name", path), order: (order ?? undefined) as number | undefined };
}

function attribute(value: unknown, path: string): MetadataAttribute {
  return { name: optionalString(fieldsOf(value, path), "name", path) };
}

function property(value: unknown, path: string): MetadataPropertyType {
  const fields = fieldsOf(value, path);
  return {
    name: requiredString(fields, "name", path),
    type: requiredString(fields, "type", path),
    namespace: optionalString(fields, "namespace", path),
    genericArgs: optionalList(fields, "genericArgs", path, stringItem),
    isValueType: optionalBoolean(fields, "isValueType", path),
    isEnum: optionalBoolean(fields, "isEnum", path),
    description: optionalString(fields, "description", path),
    dataMember: dataMember(fields.get("datamember"), join(path, "dataMember")),
    paramType: optionalString(fields, "paramType", path),
  };
}

function metadataType(value: unknown, path: string): MetadataType {
  const fields = fieldsOf(value, path);
  const inherits = fields.get("inherits");
  return {
    name: requiredString(fields, "name", path),
    namespace: optionalString(fields, "namespace", path),
    genericArgs: optionalList(fields, "genericArgs", path, stringItem),
    inherits: inherits === undefined || inherits === null ? undefined : typeName(inherits, join(path, "inherits")),
    description: optionalString(fields, "description", path),
    isEnum: optionalBoolean(fields, "isEnum", path),
    isEnumInt: optionalBoolean(fields, "isEnumInt", path),
    isInterface: optionalBoolean(fields, "isInterface", path),
    isAbstract: optionalBoolean(fields, "isAbstract", path),
    attributes: optionalList(fields, "attributes", path, attribute),
    properties: optionalList(fields, "properties", path, property),
    enumNames: optionalList(fields, "enumNames", path, stringItem),
    enumValues: optionalList(fields, "enumValues", path, stringItem),
    enumMemberValues: optionalList(fields, "enumMemberValues", path, stringItem),
    enumDescriptions: optionalList(fields, "enumDescriptions", path, optionalStringItem),
  };
}

function route(value: unknown, path: string): MetadataRoute {
  const fields = fieldsOf(value, path);
  return {
    path: requiredString(fields, "path", path),
    verbs: optionalString(fields, "verbs", path),
    summary: optionalString(fields, "summary", path),
    notes: optionalString(fields, "notes", path),
  };
}

function operation(value: unknown, path: string): MetadataOperationType {
  const fields = fieldsOf(value, path);
  const request = fields.get("request");
  if (request === undefined || request === null) throw new MetadataError(`${join(path, "request")} is missing`);
  const response = fields.get("response");
  const returnType = fields.get("returntype");
  return {
    request: metadataType(request, join(path, "request")),
    response: response === undefined || response === null ? undefined : metadataType(response, join(path, "response")),
    returnsVoid: optionalBoolean(fields, "returnsVoid", path),
    method: optionalString(fields, "method", path),
    returnType: returnType === undefined || returnType === null ? undefined : typeName(returnType, join(path, "returnType")),
    routes: optionalList(fields, "routes", path, route),
  };
}

/**
 * Reads a parsed `/types/metadata` document (or `/metadata/app`, which holds it as `api`),
 * checking every field the generator uses. A field of the wrong type is a {@link MetadataError}
 * naming it; a document with neither `types` nor `operations` is one too.
 */
export function readMetadata(document: unknown): MetadataTypes {
  let fields = fieldsOf(document, "");
  const api = fields.get("api");
  if (!fields.has("types") && !fields.has("operations") && api !== undefined) fields = fieldsOf(api, "api");
  if (!fields.has("types") && !fields.has("operations")) {
    throw new MetadataError("the document is not ServiceStack metadata: it has neither types nor operations (fetch it from /types/metadata)");
  }
  return {
    types: optionalList(fields, "types", "", metadataType) ?? [],
    operations: optionalList(fields, "operations", "", operation) ?? [],
  };
}
