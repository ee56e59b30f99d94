// Descriptions of a whole ServiceStack API from its own metadata (`GET /types/metadata`): as a
// module to write (`generateModule`, what `evo-codec generate` runs) or as schemas in memory
// (`schemasFromMetadata`). No Node-only API.
export { generateModule, schemasFromMetadata } from "./generate.js";
export type { GenerateOptions, GeneratedModule, MetadataSchemas } from "./generate.js";
export type { GenerateProblem } from "./api.js";
export { readMetadata, MetadataError } from "./read-metadata.js";
export type {
  MetadataAttribute,
  MetadataDataMember,
  MetadataOperationType,
  MetadataPropertyType,
  MetadataRoute,
  MetadataType,
  MetadataTypeName,
  MetadataTypes,
} from "./metadata.js";
export { DOTNET_TYPES } from "./dotnet-types.js";
export type { DotNetMapping, RefusedMapping, ScalarMapping } from "./dotnet-types.js";
