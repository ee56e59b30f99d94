// Schema: the building blocks, and the types derived from a description.
export {
  boolean,
  byte,
  bytes,
  char,
  dateTime,
  dateTimeOffset,
  decimal,
  dictionary,
  double,
  enumeration,
  flags,
  float,
  generic,
  guid,
  int,
  integer,
  lazy,
  list,
  listOf,
  long,
  member,
  nullable,
  object,
  sbyte,
  short,
  string,
  timeSpan,
  typed,
  uint,
  ulong,
  untyped,
  ushort,
} from "./schema/build.js";
export { dateTimeFromDate, dateTimeToDate } from "./schema/dotnet.js";
export type { EnumOptions } from "./schema/enums.js";
export type { FieldSpec, MemberSpec } from "./schema/build.js";
export type { Infer, Input, Untyped } from "./schema/infer.js";
export type {
  BooleanSchema,
  BytesSchema,
  CharSchema,
  DateTimeOffsetSchema,
  DateTimeSchema,
  DecimalSchema,
  DictionarySchema,
  EnumSchema,
  FlagsSchema,
  GuidSchema,
  KeySchema,
  IntegerSchema,
  IntegerTypeName,
  LazySchema,
  ListSchema,
  MemberDescriptor,
  NullableSchema,
  NumberSchema,
  ObjectSchema,
  Schema,
  SchemaKind,
  StringSchema,
  TimeSpanSchema,
  TypedValue,
  UntypedSchema,
} from "./schema/nodes.js";
export { dotNetTypeName, toCamelCase } from "./schema/naming.js";
export type { NameCase } from "./model/plan.js";
export type { NamedSchema, Standard, StandardProps } from "./schema/standard.js";

// Checking parsed values (Standard Schema's `validate`), and JSON Schema (Standard JSON Schema's `jsonSchema`).
export { checkValue } from "./model/check-value.js";
export type { CheckOptions, CheckResult, ValueIssue, ValueIssueCode } from "./model/check-value.js";
export { toJsonSchema } from "./json-schema/to-json-schema.js";
export type { JsonSchemaOptions, JsonSchemaTarget } from "./json-schema/to-json-schema.js";
export type { JsonSchema, JsonSchemaIo } from "./json-schema/kinds.js";

// The Evo Voice API's DTOs.
export { CustomerBreadcrumb, EntityInfo, SessionInfo, SessionLogInfo, SessionMemberInfo } from "./dto/session-info.js";
export {
  FlowChannels,
  SessionCallState,
  SessionDialState,
  SessionDirections,
  SessionHoldReasons,
  SessionMemberCallState,
  SessionMemberRoles,
  SessionQueueStates,
} from "./dto/enums.js";
export { DeleteChatMember, DeleteChatMemberRoute } from "./dto/delete-chat-member.js";
export { operation } from "./dto/operation.js";
export type { HttpMethod, Operation, Route } from "./dto/operation.js";
export { ErrorResponse, ResponseError, ResponseStatus } from "./dto/response-status.js";

// Formats.
export { json } from "./json/index.js";
export type { JsonDecodeOptions, JsonEncodeOptions } from "./json/index.js";
export { jsv } from "./jsv/index.js";
export type { JsvDecodeOptions, JsvEncodeOptions } from "./jsv/index.js";
export { jsonl } from "./jsonl/index.js";
export type { JsonlCodec, JsonlDecodeOptions, JsonlEncodeOptions, TextSource } from "./jsonl/index.js";
export type { Codec } from "./core/codec.js";
export type { DecodeOptions, EncodeOptions } from "./core/options.js";
export { DEFAULT_MAX_DEPTH, DEFAULT_MAX_LENGTH, MAX_DEPTH } from "./core/options.js";

// Errors.
export { categoryOf, DecodeError, EncodeError, DECODE_ERROR_CODES, DECODE_ERRORS, ENCODE_ERROR_CODES, ENCODE_ERRORS } from "./core/errors.js";
export type { DecodeErrorCode, DecodeSource, EncodeErrorCode, ErrorCategory } from "./core/errors.js";
export type { Format } from "./formats.js";
