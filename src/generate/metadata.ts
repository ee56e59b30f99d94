// The parts of ServiceStack's `MetadataTypes` (what `GET /types/metadata` answers) that the
// generator reads. The shapes follow the classes `@servicestack/client` publishes (BSD-3), written
// here as plain interfaces with only the members used: evo-codec does not depend on it.

/** A reference to a type: `{ name: "QueryResponse`1", genericArgs: ["SessionInfo"] }`. */
export interface MetadataTypeName {
  readonly name: string;
  readonly namespace?: string;
  readonly genericArgs?: readonly string[];
}

/** `[DataMember(Name, Order)]` on a property. */
export interface MetadataDataMember {
  readonly name?: string;
  readonly order?: number;
}

/** An attribute on a type, by name without its `Attribute` suffix (`Flags`); its arguments are not read. */
export interface MetadataAttribute {
  readonly name?: string;
}

/** One property of a type. `type` is its .NET name (`String`, `List`1`, `Nullable`1`, `Byte[]`). */
export interface MetadataPropertyType {
  readonly name: string;
  readonly type: string;
  readonly namespace?: string;
  /** The type arguments of a generic property type, expanded: `String`, `List<String>`, `Nullable<Int32>`. */
  readonly genericArgs?: readonly string[];
  readonly isValueType?: boolean;
  readonly isEnum?: boolean;
  readonly description?: string;
  readonly dataMember?: MetadataDataMember;
  /** `[ApiMember(ParameterType)]`: `path`, `query`, `body`, `form`, `header`. */
  readonly paramType?: string;
}

/** A class, interface or enum. A generic definition is named with its arity (`ListResponse`1`) and has its parameters as `genericArgs` (`["T"]`). */
export interface MetadataType {
  readonly name: string;
  readonly namespace?: string;
  readonly genericArgs?: readonly string[];
  readonly inherits?: MetadataTypeName;
  readonly description?: string;
  readonly isEnum?: boolean;
  /** An enum written as its number (`[Flags]`, or a host that treats enums as integers). */
  readonly isEnumInt?: boolean;
  readonly isInterface?: boolean;
  readonly isAbstract?: boolean;
  /** The attributes the host exports: `[Flags]` on an enum is `{ name: "Flags" }`. */
  readonly attributes?: readonly MetadataAttribute[];
  readonly properties?: readonly MetadataPropertyType[];
  /** Member names, in the order of their values. */
  readonly enumNames?: readonly string[];
  /** Member values as decimal text, given when they are not 0, 1, 2, … or the enum is written as its number. */
  readonly enumValues?: readonly string[];
  /** Each member's `[EnumMember(Value)]` spelling, or its name where it has none; given only when one differs from its name. */
  readonly enumMemberValues?: readonly string[];
  readonly enumDescriptions?: readonly (string | null)[];
}

/** One `[Route(path, verbs)]`: `verbs` is a comma-separated list, or absent for any verb. */
export interface MetadataRoute {
  readonly path: string;
  readonly verbs?: string;
  readonly summary?: string;
  readonly notes?: string;
}

/** One operation: its request DTO, the DTO it answers, and its routes. */
export interface MetadataOperationType {
  readonly request: MetadataType;
  readonly response?: MetadataType;
  readonly returnsVoid?: boolean;
  /** The verb an `IGet`, `IPost`, … marker names. */
  readonly method?: string;
  /** What `IReturn<T>` names, with its type arguments: the exact response type. */
  readonly returnType?: MetadataTypeName;
  readonly routes?: readonly MetadataRoute[];
}

/** `GET /types/metadata`. */
export interface MetadataTypes {
  readonly types: readonly MetadataType[];
  readonly operations: readonly MetadataOperationType[];
}
