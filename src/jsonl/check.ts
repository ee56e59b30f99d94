import { Failure } from "../core/errors.js";
import type { ResolvedDecodeOptions } from "../core/options.js";
import { collectJson } from "../json/check.js";
import type { ProblemLog } from "../model/collect.js";
import type { Schema } from "../schema/nodes.js";
import { advance, contentEnd, firstNonBlank, type LinePlace } from "./lines.js";

/**
 * Reads JSON Lines in collecting mode (`jsonl.check`): each line as `json.check` reads a text, its
 * problems placed in the whole text, their paths starting with the line's index for a list. A line
 * is a document of its own, so a syntax error or limit ends that line only, and the next is read.
 */
export function collectJsonl(schema: Schema, text: string, { strict, maxDepth }: ResolvedDecodeOptions, log: ProblemLog): void {
  const many = schema.kind === "list";
  const element = many ? schema.element : schema;
  // A list's elements are read one level down.
  const lineOptions = { strict, maxDepth: many ? Math.max(0, maxDepth - 1) : maxDepth, maxLength: Number.MAX_SAFE_INTEGER };
  const place: LinePlace = { offset: 0, line: 1 };
  let lines = 0;
  while (place.offset < text.length) {
    const from = place.offset;
    const newline = text.indexOf("\n", from);
    const end = newline < 0 ? text.length : newline;
    const content = text.slice(from, contentEnd(text, from, end));
    collectLine(log, element, content, from, many ? lines : undefined, lineOptions, maxDepth);
    lines++;
    advance(place, end + 1 - from, content);
  }
  if (!many && lines !== 1) {
    const typeName = schema.kind === "object" ? schema.typeName : "value";
    const detail = `a single ${typeName} is one line of JSON; this text has ${lines === 0 ? "none" : `${lines} lines`}`;
    throw new Failure("row-count", detail, lines === 0 ? 0 : text.indexOf("\n") + 1);
  }
}

function collectLine(log: ProblemLog, element: Schema, line: string, from: number, index: number | undefined, options: ResolvedDecodeOptions, maxDepth: number): void {
  const outer = log.toText;
  log.toText = (offset) => from + offset;
  if (index !== undefined) log.enter(index);
  try {
    const first = firstNonBlank(line, from === 0);
    if (first === line.length) throw new Failure("syntax", "an empty line: JSON Lines holds one JSON value on every line", first);
    if (line.charCodeAt(first) === 0xfeff) throw new Failure("syntax", "a byte order mark (U+FEFF) may only start the text", first);
    collectJson(element, line, options, log);
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    // Unwound to the line: its path is whole but for the line's index.
    log.leave(0);
    if (index !== undefined) error.within(index);
    log.record(error.code === "depth-limit" ? deeperThan(error, maxDepth) : error);
  } finally {
    log.leave(0);
    log.toText = outer;
  }
}

/** The limit in a depth error is the caller's, not the one a line is read with. */
function deeperThan(error: Failure, maxDepth: number): Failure {
  const failure = new Failure("depth-limit", `nesting deeper than ${maxDepth} levels`, error.offset);
  failure.reversedPath.push(...error.reversedPath);
  return failure;
}
