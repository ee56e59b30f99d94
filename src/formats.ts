import type { Codec } from "./core/codec.js";
import { json } from "./json/index.js";
import { jsonl } from "./jsonl/index.js";
import { jsv } from "./jsv/index.js";

/** What the rest of evo-codec (negotiation, responses, the CLI) knows about one wire format. */
export interface FormatInfo {
  /** Its encoder and decoder, when every bundle that knows the format holds them. Exactly one of `codec` and `load` is given. */
  readonly codec?: Codec;
  /**
   * Loads the codec of a format kept out of bundles until it is used (CSV, which brings
   * papaparse): a dynamic `import()`, which bundlers split into a chunk of its own.
   */
  readonly load?: () => Promise<Codec>;
  /** The media types a request's `Accept` or a response's `Content-Type` names it by, as ServiceStack registers them; the first is the one asked for. */
  readonly mediaTypes: readonly string[];
  /** The `Content-Type` a response in this format carries. */
  readonly contentType: string;
  /** File extensions (lower case, with the dot) that hold a document in this format. */
  readonly extensions: readonly string[];
  /** Whether a document of this format is a table of rows under a header (a single object is a one-row table). */
  readonly tabular: boolean;
  /**
   * Whether a document is always a list, one value per row or line (CSV's rows, JSON Lines' lines):
   * a list's elements are its rows, and a single object is written and read as a list of one.
   */
  readonly listRoot: boolean;
}

/**
 * The registry of formats: the one place a format is added. `Format` is derived from its keys,
 * so every `Record<Format, …>` and lookup elsewhere fails to compile until it knows a new one.
 */
export const FORMATS = {
  json: {
    codec: json,
    // ServiceStack reads `text/json` as JSON too (`ContentFormat.ContentTypeAliases`).
    mediaTypes: ["application/json", "text/json"],
    contentType: "application/json; charset=utf-8",
    extensions: [".json"],
    tabular: false,
    listRoot: false,
  },
  jsv: {
    codec: jsv,
    mediaTypes: ["text/jsv", "application/jsv"],
    // The API pages show `text/jsv` without a charset.
    contentType: "text/jsv",
    extensions: [".jsv"],
    tabular: false,
    listRoot: false,
  },
  csv: {
    load: () => import("./csv/index.js").then((module) => module.csv as Codec),
    mediaTypes: ["text/csv"],
    contentType: "text/csv",
    extensions: [".csv"],
    tabular: true,
    listRoot: true,
  },
  jsonl: {
    codec: jsonl,
    // ServiceStack's `MimeTypes.Jsonl`; it registers no other name for JSON Lines.
    mediaTypes: ["text/jsonl"],
    contentType: "text/jsonl",
    extensions: [".jsonl"],
    tabular: false,
    listRoot: true,
  },
} as const satisfies Record<string, FormatInfo>;

/** A wire format evo-codec reads and writes: `"json"`, `"jsv"`, `"csv"` or `"jsonl"`. */
export type Format = keyof typeof FORMATS;

/** The formats whose codec is loaded on first use rather than bundled with the registry. */
export type LoadedOnDemand = { [F in Format]: (typeof FORMATS)[F] extends { readonly load: unknown } ? F : never }[Format];

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

/** The codecs loaded on first use that have been loaded (or handed over by {@link provideCodecs}). */
const loaded = new Map<Format, Codec>();

/**
 * The codec of a format, synchronously: JSON, JSV and JSON Lines always; CSV once it has been
 * loaded (`await loadCodec("csv")`; the CLI loads every codec). Before that, an `Error` that says so.
 */
export function codecFor(format: Format): Codec {
  const info = formatInfo(format);
  const codec = info.codec ?? loaded.get(format);
  if (codec === undefined) {
    throw new Error(
      `the ${format.toUpperCase()} codec is loaded on first use, to keep it out of bundles that do not need it: ` +
        `await loadCodec(${JSON.stringify(format)}) once before using it synchronously`,
    );
  }
  return codec;
}

/** The codec of a format, loading it first if it is one kept out of bundles until used (CSV). */
export async function loadCodec(format: Format): Promise<Codec> {
  const info = formatInfo(format);
  if (info.codec) return info.codec;
  let codec = loaded.get(format);
  if (codec === undefined) {
    codec = await info.load!();
    loaded.set(format, codec);
  }
  return codec;
}

/** Loads the codec of every format (or of those named), for code that will use them synchronously. */
export async function loadCodecs(formats: readonly Format[] = FORMAT_NAMES): Promise<void> {
  await Promise.all(formats.map(loadCodec));
}

/** Hands over, already loaded, every codec otherwise loaded on first use: for code that imports them anyway. */
export function provideCodecs(codecs: Readonly<Record<LoadedOnDemand, Codec>>): void {
  for (const format of Object.keys(codecs) as LoadedOnDemand[]) loaded.set(format, codecs[format]);
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
