import { categoryOf, Failure, guardDecode, type DecodeErrorCode } from "../core/errors.js";
import { inputText } from "../core/input.js";
import { resolveDecodeOptions, type DecodeOptions } from "../core/options.js";
import { resolveSchema } from "../model/compile.js";
import type { ProblemLog } from "../model/collect.js";
import type { Schema } from "../schema/nodes.js";
import { checkJsvNesting, JsvReader, OPEN_BRACE, OPEN_BRACKET, QUOTE } from "./reader.js";
import { readerFor, type JsvRead } from "./readers.js";
import { scalarParser } from "./scalar-readers.js";
import type { ScalarParse } from "./scalars.js";

// Whole JSV texts: a root value (compact or pretty, a container or a scalar), and the texts of
// CSV cells, read with the compiled readers of `readers.ts` and `scalar-readers.ts`.

/**
 * Decodes compact or pretty JSV into a value of `schema`. Pretty JSV is recognised by the line
 * break right after the opening bracket. Only `DecodeError` escapes.
 */
export function decodeJsv(schema: Schema, input: string, options?: DecodeOptions): unknown {
  const { strict, maxDepth, maxLength } = resolveDecodeOptions(options);
  readerFor(schema);
  const text = inputText("jsv", input);
  return guardDecode("jsv", text, () => {
    if (text.length > maxLength) throw new Failure("input-too-long", `the text is longer than ${maxLength} characters`, maxLength);
    return readJsvText(schema, text, strict, maxDepth);
  });
}

/**
 * Reads a whole text as one JSV value (a document, or a CSV cell, which sits `outerDepth` levels
 * down in its table); throws a `Failure` whose offset is in `text`.
 */
export function readJsvText(schema: Schema, text: string, strict: boolean, maxDepth: number, outerDepth = 0, log?: ProblemLog): unknown {
  const parse = scalarParser(schema);
  // A scalar root is the whole text, so a leading U+FEFF is data there, not a byte-order mark.
  if (parse) return decodeRootScalar(text, 0, parse, strict);
  if (resolveSchema(schema).kind === "untyped" && !startsContainer(text)) return decodeRootScalar(text, 0, untypedScalar, strict);
  return readJsvContainer(schema, text, strict, maxDepth, outerDepth, log);
}

/** {@link readJsvText} for a schema known to be a list, a dictionary or an object (a CSV cell's): no scalar to look for. */
export function readJsvContainer(schema: Schema, text: string, strict: boolean, maxDepth: number, outerDepth = 0, log?: ProblemLog): unknown {
  return decodeRootContainer(schema, text, text.charCodeAt(0) === 0xfeff ? 1 : 0, maxDepth, strict, outerDepth, log);
}

/** A compact cursor kept from one root to the next (a table has a container cell per row), taken while in use. */
let spareReader: JsvReader | undefined;

/** The kept compact cursor (a new one while it is in use), pointed at the start of `text`. */
function takeReader(text: string, maxDepth: number, strict: boolean): JsvReader {
  const reader = spareReader ?? new JsvReader(text, false, maxDepth, strict);
  spareReader = undefined;
  reader.restart(text, maxDepth, strict);
  return reader;
}

/** Keeps `reader` for the next root, without its text, which may be a slice of a whole table. */
function keepReader(reader: JsvReader): void {
  reader.restart("", reader.maxDepth, reader.strict);
  spareReader = reader;
}

function decodeRootContainer(schema: Schema, text: string, start: number, maxDepth: number, strict: boolean, outerDepth: number, log?: ProblemLog): unknown {
  const probe = takeReader(text, maxDepth, strict);
  try {
    return readRootContainer(probe, schema, start, outerDepth, log);
  } finally {
    keepReader(probe);
  }
}

/**
 * The value `read` reads from compact JSV `text` (opening its container at its first character),
 * `outerDepth` levels down, when it reads cleanly to the end; `undefined` for any other outcome (a
 * failure, no value, text left over), which {@link readJsvContainer} then decides and reports.
 * For many small texts of one schema (CSV cells), with less to do per text than that.
 */
export function readCompactWhole(read: JsvRead, text: string, strict: boolean, maxDepth: number, outerDepth: number): unknown {
  const reader = takeReader(text, maxDepth, strict);
  reader.depth = outerDepth;
  try {
    const value = read(reader, -1);
    return reader.pos === text.length ? value : undefined;
  } catch {
    return undefined;
  } finally {
    keepReader(reader);
  }
}

/**
 * `log` set: collecting mode (`jsv.check`, and CSV cells in `csv.check`): each schema-level problem
 * is recorded there and reading goes on; only what ends the text is thrown.
 */
function readRootContainer(probe: JsvReader, schema: Schema, start: number, outerDepth: number, log?: ProblemLog): unknown {
  const { text, maxDepth, strict } = probe;
  probe.depth = outerDepth;
  probe.pos = start;
  probe.skipWhitespace();
  const first = probe.peek();
  const second = probe.pos + 1 < text.length ? text.charCodeAt(probe.pos + 1) : -1;
  const pretty = (first === OPEN_BRACE || first === OPEN_BRACKET) && (second === 0x0a || second === 0x0d);
  const reader = pretty ? new JsvReader(text, true, maxDepth, strict, indentationOf(text, probe.pos + 1)) : probe;
  reader.depth = outerDepth;
  reader.pos = probe.pos;
  if (first === -1) reader.fail("unexpected-end", "the text is empty");
  reader.log = log;
  const met = log?.met ?? 0;
  try {
    const value = log === undefined ? readerFor(schema)(reader, -1) : log.read(reader, readerFor(schema), -1, undefined, skipRoot);
    if (value === undefined) reader.unexpected("a value");
    reader.skipWhitespace();
    if (reader.pos < text.length) reader.fail("trailing-text", "text after the end of the value");
    // Collecting, as when decoding: schema problems stand once the text is known not to nest too deep.
    if (log !== undefined && log.met > met) checkJsvNesting(text, probe.pos, maxDepth, outerDepth);
    return value;
  } catch (error) {
    // A schema error is reported only once the text is known not to nest too deep.
    if ((error instanceof Failure && categoryOf(error.code as DecodeErrorCode) === "schema") || (log !== undefined && log.met > met)) {
      checkJsvNesting(text, probe.pos, maxDepth, outerDepth);
    }
    throw error;
  }
}

function skipRoot(r: JsvReader): void {
  r.skipValue(-1);
}

/** An untyped scalar is its text: JSV has no types. */
const untypedScalar: ScalarParse = (text) => text;

/** Whether the first character after a byte-order mark and white space opens a map or a list. */
function startsContainer(text: string): boolean {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (pos < text.length && isLayout(text.charCodeAt(pos))) pos++;
  const first = text.charCodeAt(pos);
  return first === OPEN_BRACE || first === OPEN_BRACKET;
}

function isLayout(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** 1 when the first line inside the root container starts with a TAB, 0 when indentation was lost. */
function indentationOf(text: string, lineBreak: number): number {
  let pos = lineBreak;
  while (text.charCodeAt(pos) === 0x0d || text.charCodeAt(pos) === 0x0a) pos++;
  return text.charCodeAt(pos) === 0x09 ? 1 : 0;
}

/** A scalar at the root is the whole text (quoted, or verbatim: white space is data). */
function decodeRootScalar(text: string, start: number, parse: ScalarParse, strict: boolean): unknown {
  const reader = new JsvReader(text, false, 1, strict);
  reader.pos = start;
  if (reader.peek() === QUOTE) {
    const value = reader.readQuoted();
    reader.skipWhitespace();
    if (reader.pos < text.length) reader.fail("trailing-text", "text after the end of the value");
    return parse(value, start);
  }
  if (start === text.length) reader.fail("null-value", "the text is empty", start);
  return parse(text.slice(start), start);
}
