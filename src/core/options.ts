import type { NameCase } from "../schema/plan.js";

/** Options every encoder takes. */
export interface EncodeOptions {
  /** Member names as a .NET Core ServiceStack host writes them (`"camel"`, the default) or as declared (`"pascal"`). */
  case?: NameCase;
}

/** Options every decoder takes. */
export interface DecodeOptions {
  /**
   * Accepted for symmetry with encoding; decoders match member names ignoring letter case,
   * as the reference does, so both casings are always read.
   */
  case?: NameCase;
  /**
   * Report what lenient decoding passes over: unknown members (`unknown-member`) and a
   * member or dictionary key given twice (`duplicate-member`, `duplicate-key`). Default `false`:
   * unknown members are ignored (forward compatibility) and the last of a repeated member wins.
   */
  strict?: boolean;
  /** Deepest nesting of containers accepted, the root counting as 1. Default {@link DEFAULT_MAX_DEPTH}. */
  maxDepth?: number;
  /** Longest text accepted, in UTF-16 code units. Default {@link DEFAULT_MAX_LENGTH}. */
  maxLength?: number;
}

/** The reference's own parsers stop between 64 and 128 levels. */
export const DEFAULT_MAX_DEPTH = 64;

/** 256 Mi code units: far beyond a single response; use the CSV stream for bigger exports. */
export const DEFAULT_MAX_LENGTH = 256 * 1024 * 1024;

export interface ResolvedDecodeOptions {
  readonly strict: boolean;
  readonly maxDepth: number;
  readonly maxLength: number;
}

export function resolveDecodeOptions(options: DecodeOptions | undefined): ResolvedDecodeOptions {
  return {
    strict: options?.strict === true,
    maxDepth: options?.maxDepth ?? DEFAULT_MAX_DEPTH,
    maxLength: options?.maxLength ?? DEFAULT_MAX_LENGTH,
  };
}

export function nameCaseOf(options: { case?: NameCase } | undefined): NameCase {
  const nameCase = options?.case ?? "camel";
  if (nameCase !== "camel" && nameCase !== "pascal") {
    throw new TypeError(`options.case must be "camel" or "pascal", not ${JSON.stringify(nameCase)}`);
  }
  return nameCase;
}
