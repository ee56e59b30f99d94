import { loadEveryCodec } from "../all-codecs.js";
import type { DecodeOptions } from "../core/options.js";
import { codecFor, FORMATS, formatOfFileName, type Format } from "../formats.js";
import { listOf } from "../schema/build.js";
import type { ObjectSchema, Schema } from "../schema/nodes.js";

// The CLI reads every format: CSV (and papaparse) is loaded with it, not on first use.
loadEveryCodec();

/** What a file holds, by its extension: a format, an HTTP recording, or neither. */
export function kindOfFile(file: string): Format | "http" | undefined {
  if (file.toLowerCase().endsWith(".http")) return "http";
  return formatOfFileName(file);
}

/**
 * Decodes one document of `type`: a list when its root is one (a CSV table's or a JSON Lines
 * text's always is), and a list of one row or line as that one value, as a single object is
 * written in CSV and JSON Lines. Throws what the codec throws.
 */
export function decodeDocument(format: Format, body: string, type: ObjectSchema, options?: DecodeOptions): { schema: Schema; value: unknown } {
  const schema = documentSchema(format, body, type);
  return documentValue(format, type, schema, codecFor(format).decode(schema, body, options));
}

/** The schema a document of `type` is read as: a list of it when its root is one, or its format's always is. */
export function documentSchema(format: Format, body: string, type: ObjectSchema): Schema {
  return FORMATS[format].listRoot || startsList(body) ? listOf(type) : type;
}

/** A decoded document as `decodeDocument` gives it: a list of one row or line as that one value. */
export function documentValue(format: Format, type: ObjectSchema, schema: Schema, value: unknown): { schema: Schema; value: unknown } {
  if (FORMATS[format].listRoot && Array.isArray(value) && value.length === 1) return { schema: type, value: value[0] };
  return { schema, value };
}

/** Whether the first character after white space (and a byte-order mark) is `[`. */
export function startsList(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xfeff) continue;
    return c === 0x5b;
  }
  return false;
}
