import type { NameCase } from "../model/plan.js";

/** Options every encoder takes. */
export interface EncodeOptions {
  /** Member names as a .NET Core ServiceStack host writes them (`"camel"`, the default) or as declared (`"pascal"`). */
  case?: NameCase;
  /**
   * Deepest nesting of containers written, the root counting as 1. Default {@link DEFAULT_MAX_DEPTH}.
   * A recursive type is written as deep as the value goes, up to this: deeper is `depth-limit`,
   * and a value that contains itself is `cycle`.
   */
  maxDepth?: number;
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
  /** Deepest nesting of containers accepted, the root counting as 1. Default {@link DEFAULT_MAX_DEPTH}, at most {@link MAX_DEPTH}. */
  maxDepth?: number;
  /** Longest text accepted, in UTF-16 code units. Default {@link DEFAULT_MAX_LENGTH}. */
  maxLength?: number;
}

/** The reference's own parsers stop between 64 and 128 levels. */
export const DEFAULT_MAX_DEPTH = 64;

/** The deepest `maxDepth` may be: the readers and writers of recursive types go one call deeper per level. */
export const MAX_DEPTH = 1000;

/** 256 Mi code units: far beyond a single response; use the CSV stream for bigger exports. */
export const DEFAULT_MAX_LENGTH = 256 * 1024 * 1024;

export interface ResolvedDecodeOptions {
  readonly strict: boolean;
  readonly maxDepth: number;
  readonly maxLength: number;
}

export interface ResolvedEncodeOptions {
  readonly nameCase: NameCase;
  readonly maxDepth: number;
}

const DECODE_KEYS = ["case", "strict", "maxDepth", "maxLength"] as const;
const DEFAULT_DECODE_OPTIONS: ResolvedDecodeOptions = Object.freeze({ strict: false, maxDepth: DEFAULT_MAX_DEPTH, maxLength: DEFAULT_MAX_LENGTH });
const DEFAULT_ENCODE_OPTIONS: ResolvedEncodeOptions = Object.freeze({ nameCase: "camel", maxDepth: DEFAULT_MAX_DEPTH });
const ENCODE_KEYS = ["case", "maxDepth"] as const;

/**
 * A decoder's options, checked: a wrong value (`maxDepth: NaN`, `strict: "yes"`) or an option
 * the codec does not have (`delimiter`) is a `TypeError`, never silently ignored. `extra` names
 * the codec's own further options, which it checks itself.
 */
export function resolveDecodeOptions(options: DecodeOptions | undefined, extra: readonly string[] = []): ResolvedDecodeOptions {
  // Most calls give none: the defaults are resolved once.
  if (options === undefined) return DEFAULT_DECODE_OPTIONS;
  checkKeys(options, [...DECODE_KEYS, ...extra]);
  nameCaseOf(options);
  const strict = options?.strict;
  if (strict !== undefined && typeof strict !== "boolean") throw new TypeError(`options.strict must be true or false, not ${show(strict)}`);
  return {
    strict: strict === true,
    maxDepth: depthOption(options?.maxDepth),
    maxLength: countOption("maxLength", options?.maxLength, DEFAULT_MAX_LENGTH, 0, Number.MAX_SAFE_INTEGER),
  };
}

/** An encoder's options, checked as {@link resolveDecodeOptions} checks a decoder's. */
export function resolveEncodeOptions(options: EncodeOptions | undefined, extra: readonly string[] = []): ResolvedEncodeOptions {
  if (options === undefined) return DEFAULT_ENCODE_OPTIONS;
  checkKeys(options, [...ENCODE_KEYS, ...extra]);
  return { nameCase: nameCaseOf(options), maxDepth: depthOption(options?.maxDepth) };
}

export function nameCaseOf(options: { case?: NameCase } | undefined, option = "case"): NameCase {
  const nameCase = options?.case ?? "camel";
  if (nameCase !== "camel" && nameCase !== "pascal") {
    throw new TypeError(`options.${option} must be "camel" or "pascal", not ${show(nameCase)}`);
  }
  return nameCase;
}

function depthOption(value: unknown): number {
  return countOption("maxDepth", value, DEFAULT_MAX_DEPTH, 0, MAX_DEPTH);
}

export function countOption(name: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new TypeError(`options.${name} must be a whole number from ${min} to ${max}, not ${show(value)}`);
  }
  return value;
}

function checkKeys(options: object | undefined, allowed: readonly string[]): void {
  if (options === undefined || options === null) return;
  if (typeof options !== "object") throw new TypeError(`options must be an object, not ${show(options)}`);
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) throw new TypeError(`unknown option ${JSON.stringify(key)}: the options are ${allowed.join(", ")}`);
  }
}

function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.slice(0, 40));
  if (typeof value === "bigint") return `${value}n`;
  return typeof value === "object" && value !== null ? "an object" : String(value);
}
