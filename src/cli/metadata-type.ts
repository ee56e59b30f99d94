import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { quoteText } from "../core/objects.js";
import { schemasFromMetadata } from "../generate/generate.js";
import { MetadataError } from "../generate/read-metadata.js";
import type { ObjectSchema } from "../schema/nodes.js";
import { UsageError } from "./arguments.js";

/**
 * `validate --metadata metadata.json --type SessionInfo`: the type described by a ServiceStack
 * metadata document (a generic one with its arguments, `ListResponse<SessionInfo>`). A document
 * that cannot be read, or a type it does not describe (or that was refused), is a usage error.
 */
export function metadataTypeOption(path: string, name: string | undefined, cwd: string): ObjectSchema {
  if (name === undefined) throw new UsageError("--metadata needs --type, the name of the type to expect");
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(resolve(cwd, path), "utf8"));
  } catch (error) {
    throw new UsageError(`cannot read the metadata ${quoteText(path)}: ${(error as Error).message}`);
  }
  let schemas: ReturnType<typeof schemasFromMetadata>;
  try {
    schemas = schemasFromMetadata(document);
  } catch (error) {
    if (error instanceof MetadataError) throw new UsageError(`${path}: ${error.message}`);
    throw error;
  }
  const type = schemas.type(name);
  if (type === undefined) {
    const refused = schemas.problems.find((p) => p.refused && p.subject.toLowerCase() === name.toLowerCase());
    throw new UsageError(`${quoteText(path)} does not describe --type ${quoteText(name)}${refused ? `: ${refused.message}` : ""}`);
  }
  if (type.kind !== "object") throw new UsageError(`--type ${quoteText(name)} is not a class (validate checks documents of a DTO)`);
  return type;
}
