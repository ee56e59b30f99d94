import { DEFAULT_MAX_LENGTH } from "../core/options.js";
import { quoteText } from "../core/objects.js";
import type { ObjectSchema } from "../schema/nodes.js";
import { DTO_TYPES, dtoType } from "./types.js";

/** A command line the CLI cannot run: exit 2, with the message and a pointer to `--help`. */
export class UsageError extends Error {}

export function typeOption(name: string | undefined): ObjectSchema {
  const type = dtoType(name ?? "SessionInfo");
  if (!type) throw new UsageError(`unknown --type ${quoteText(String(name))}; one of ${DTO_TYPES.map((t) => t.typeName).join(", ")} (--schema module#Export names your own)`);
  return type;
}

/** `--max-length`: a positive integer of UTF-16 code units. */
export function maxLengthOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_LENGTH;
  let digits = value.length > 0 && value.length <= 16;
  for (let i = 0; i < value.length && digits; i++) digits = value.charCodeAt(i) >= 0x30 && value.charCodeAt(i) <= 0x39;
  const n = Number(value);
  if (!digits || !Number.isSafeInteger(n) || n < 1) throw new UsageError(`--max-length must be a positive integer, not ${quoteText(value)}`);
  return n;
}
