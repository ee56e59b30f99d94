import type { Codec } from "./core/codec.js";
import { csv } from "./csv/index.js";
import { json } from "./json/index.js";
import { jsv } from "./jsv/index.js";

/** What the rest of evo-codec (negotiation, responses, the CLI) knows about one wire format. */
export interface FormatInfo {
  /** Its encoder and decoder. */
  readonly codec: Codec;
  /** The media types a request's `Accept` or a response's `Content-Type` names it by, as ServiceStack registers them; the first is the one asked for. */
  readonly mediaTypes: readonly string[];
  /** The `Content-Type` a response in this format carries. */
  readonly contentType: string;
  /** File extensions (lower case, with the dot) that hold a document in this format. */
  readonly extensions: readonly string[];
  /** Whether a document of this format is a table of rows (a single object is a one-row table). */
  readonly tabular: boolean;
}

/**
 * The registry of formats: the one place a format is added. `Format` is derived from its keys,
 * so every `Record<Format, …>` and lookup elsewhere fails to compile until it knows a new one.
 */
export const FORMATS = {
  json: {
    codec: json,
    mediaTypes: ["application/json"],
    contentType: "application/json; charset=utf-8",
    extensions: [".json"],
    tabular: false,
  },
  jsv: {
    codec: jsv,
    mediaTypes: ["text/jsv", "application/jsv"],
    // The API pages show `text/jsv` without a charset.
    contentType: "text/jsv",
    extensions: [".jsv"],
    tabular: false,
  },
  csv: {
    codec: csv as Codec,
    mediaTypes: ["text/csv"],
    contentType: "text/csv",
    extensions: [".csv"],
    tabular: true,
  },
} as const satisfies Record<string, FormatInfo>;

/** A wire format evo-codec reads and writes: `"json"`, `"jsv"` or `"csv"`. */
export type Format = keyof typeof FORMATS;

/** Every format, in the registry's order (JSON, the servers' default, first). */
export const FORMAT_NAMES = Object.freeze(Object.keys(FORMATS)) as readonly Format[];

/** Whether `name` is a registered format (exactly, lower case). */
export function isFormat(name: string): name is Format {
  return Object.hasOwn(FORMATS, name);
}

/** The registry's entry for a format; a name that is not one is a `TypeError`, never a fall-through. */
export function formatInfo(format: Format): FormatInfo {
  if (typeof format !== "string" || !isFormat(format)) {
    throw new TypeError(`unknown format ${JSON.stringify(format)}: one of ${FORMAT_NAMES.join(", ")}`);
  }
  return FORMATS[format];
}

/** The codec of a format. */
export function codecFor(format: Format): Codec {
  return formatInfo(format).codec;
}

/** The format a media type (`Content-Type` without parameters, lower case) names, if any. */
export function formatOfMediaType(media: string): Format | undefined {
  return FORMAT_NAMES.find((format) => (FORMATS[format].mediaTypes as readonly string[]).includes(media));
}

/** The format a file name's extension names, if any (ignoring letter case). */
export function formatOfFileName(name: string): Format | undefined {
  const lower = name.toLowerCase();
  return FORMAT_NAMES.find((format) => (FORMATS[format].extensions as readonly string[]).some((extension) => lower.endsWith(extension)));
}
