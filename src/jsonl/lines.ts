import { DecodeError, EncodeError, encodingFailure, type DecodeErrorCode, type EncodeErrorCode } from "../core/errors.js";
import { describeValue } from "../core/objects.js";
import { excerptAt, positionAt } from "../core/position.js";
import { json, type JsonDecodeOptions, type JsonEncodeOptions } from "../json/index.js";
import type { Schema } from "../schema/nodes.js";

// One line of JSON Lines is one JSON document: the JSON codec reads and writes it, and this file
// says where the line is in the whole text and which element it holds.

/** How the lines of one text are read: each as an `element`, by the JSON decoder with these options. */
export interface LineReading {
  readonly element: Schema;
  /** Whether the lines are a list's elements, so that a path starts with the line's index. */
  readonly indexed: boolean;
  readonly json: JsonDecodeOptions;
  /** The caller's depth limit, for messages: a list's elements are read one level down. */
  readonly maxDepth: number;
}

export function lineReading(element: Schema, indexed: boolean, strict: boolean, maxDepth: number): LineReading {
  return { element, indexed, json: { strict, maxDepth: indexed ? Math.max(0, maxDepth - 1) : maxDepth, maxLength: Number.MAX_SAFE_INTEGER }, maxDepth };
}

/** Where a line starts in the whole text: its offset and its 1-based line number. */
export interface LinePlace {
  offset: number;
  line: number;
}

/** The end of a line's JSON: before the `\r` of a `\r\n`, which JSON would read as white space anyway. */
export function contentEnd(text: string, from: number, end: number): number {
  return end > from && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
}

/** Moves `place` to the next line, past `length` characters (a line and its break) whose JSON is `content`. */
export function advance(place: LinePlace, length: number, content: string): void {
  place.offset += length;
  // A lone CR in the line's white space breaks lines as positions count them.
  place.line += content.includes("\r") ? positionAt(content, content.length).line : 1;
}

/** Reads one line (without its line break) as one JSON document; a problem is a `DecodeError` placed in the whole text. */
export function readLine(reading: LineReading, line: string, place: LinePlace, index: number): unknown {
  const first = firstNonBlank(line, place.offset === 0);
  if (first === line.length) {
    throw lineError(reading, "syntax", "an empty line: JSON Lines holds one JSON value on every line", "", line, first, place, index);
  }
  if (line.charCodeAt(first) === 0xfeff) {
    throw lineError(reading, "syntax", "a byte order mark (U+FEFF) may only start the text", "", line, first, place, index);
  }
  try {
    return json.decode(reading.element, line, reading.json);
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    const detail = error.code === "depth-limit" ? `nesting deeper than ${reading.maxDepth} levels` : error.detail;
    throw lineError(reading, error.code, detail, error.path, line, error.offset, place, index);
  }
}

function firstNonBlank(line: string, startsText: boolean): number {
  let i = startsText && line.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) break;
    i++;
  }
  return i;
}

/** An error at `offset` in a line, with its position in the whole text and the element's index before its path. */
export function lineError(
  reading: LineReading,
  code: DecodeErrorCode,
  detail: string,
  path: string,
  line: string,
  offset: number,
  place: LinePlace,
  index: number,
): DecodeError {
  const inLine = positionAt(line, offset);
  const position = { offset: place.offset + inLine.offset, line: place.line + inLine.line - 1, column: inLine.column };
  return new DecodeError("jsonl", code, detail, reading.indexed ? withIndex(index, path) : path, position, excerptAt(line, inLine));
}

function withIndex(index: number, path: string): string {
  if (path === "") return `[${index}]`;
  return path.startsWith("[") ? `[${index}]${path}` : `[${index}].${path}`;
}

/**
 * The line of one value (without its line break): its compact JSON. For a list's element,
 * `index` starts the path of a refused value.
 */
export function writeLine(schema: Schema, value: unknown, index: number | undefined, options: JsonEncodeOptions | undefined): string {
  if (index !== undefined && (value === null || value === undefined)) {
    throw new EncodeError("jsonl", "null-value", "a list element cannot be null", `[${index}]`);
  }
  try {
    return json.encode(schema, value as never, options);
  } catch (error) {
    if (!(error instanceof EncodeError)) throw error;
    const lineError = new EncodeError("jsonl", error.code, error.detail, index === undefined ? error.path : withIndex(index, error.path));
    // What a getter or Proxy trap threw stays the cause, as in every other format.
    if (error.cause !== undefined) (lineError as { cause?: unknown }).cause = error.cause;
    throw lineError;
  }
}

/** The elements of a list value, or the `EncodeError` of a value that is not one. */
export function elementsOf(value: unknown): readonly unknown[] {
  return guardedRead(() => {
    if (Array.isArray(value)) return value as readonly unknown[];
    if (value === null || value === undefined) throw new EncodeError("jsonl", "null-value", "there is no value to encode", "");
    // Describing a hostile object (a Proxy with traps) may throw too: that is reported as well.
    throw new EncodeError("jsonl", "type-mismatch", `expected a list, got ${describeValue(value)}`, "");
  }, "");
}

/**
 * Runs a step of writing the caller's list outside the JSON encoder (reading an element, its
 * length, or adding a line to the text): what a getter or Proxy trap throws is `invalid-value`,
 * a text longer than a string can be `output-too-long`, at `path`, never raw.
 */
export function guardedRead<T>(read: () => T, path: string): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof EncodeError) throw error;
    const failure = encodingFailure(error);
    const encodeError = new EncodeError("jsonl", failure.code as EncodeErrorCode, failure.detail, path);
    if (failure.cause !== undefined) (encodeError as { cause?: unknown }).cause = failure.cause;
    throw encodeError;
  }
}
