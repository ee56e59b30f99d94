import { closeSync, constants, createReadStream, fstatSync, openSync, readSync, type Stats } from "node:fs";
import { EncodingFailure, StrictDecoder, type TextEncoding } from "./encoding.js";

/** A regular file, open for reading. */
export interface OpenFile {
  readonly fd: number;
  readonly size: number;
}

/** What a path is, for messages: `a FIFO`, `a folder`. */
export function kindOfEntry(stats: Pick<Stats, "isDirectory" | "isFIFO" | "isSocket" | "isCharacterDevice" | "isBlockDevice">): string {
  if (stats.isDirectory()) return "a folder";
  if (stats.isFIFO()) return "a FIFO";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  return "not a file";
}

/**
 * Opens `path` for reading when it is a regular file, or says why not. Opening never blocks (a
 * FIFO would wait for a writer) and the type is checked on the open descriptor, so nothing
 * swapped in between is read.
 */
export function openRegular(path: string): OpenFile | string {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return (error as Error).message;
  }
  const stats = fstatSync(fd);
  if (stats.isFile()) return { fd, size: stats.size };
  closeSync(fd);
  return `not a regular file (${kindOfEntry(stats)})`;
}

export function closeFile(file: OpenFile): void {
  closeSync(file.fd);
}

const PIECE = 1024 * 1024;

/** The file's bytes from `from`, a piece at a time, up to `until` (exclusive) when given. */
export function* bytePieces(file: OpenFile, from = 0, until = Infinity): Generator<Uint8Array> {
  for (let position = from; position < until; ) {
    // As much as the file still holds (and a byte more, to see its end), at most a piece.
    const buffer = Buffer.allocUnsafe(Math.min(PIECE, until - position, Math.max(0, file.size - position) + 1));
    const read = readSync(file.fd, buffer, 0, buffer.length, position);
    if (read === 0) return;
    position += read;
    yield buffer.subarray(0, read);
  }
}

/** The file's text, a piece at a time, decoded strictly: throws `EncodingFailure`. */
export function* textPieces(file: OpenFile, encoding: TextEncoding): Generator<string> {
  const decoder = new StrictDecoder(encoding);
  for (const bytes of bytePieces(file)) {
    const text = decoder.decode(bytes);
    if (text.length > 0) yield text;
  }
  const rest = decoder.end();
  if (rest.length > 0) yield rest;
}

/**
 * {@link textPieces} for a file streamed end to end: read in the background while the text
 * already read is decoded (synchronous reads would leave the parser waiting on each piece).
 * The file is closed when the pieces end, or when the consumer stops: it is this function's.
 */
export async function* streamTextPieces(file: OpenFile, encoding: TextEncoding, pieceSize = 64 * 1024): AsyncGenerator<string> {
  const bytes = createReadStream("", { fd: file.fd, autoClose: true, start: 0, highWaterMark: pieceSize });
  try {
    const decoder = new StrictDecoder(encoding);
    for await (const chunk of bytes as AsyncIterable<Buffer>) {
      const text = decoder.decode(chunk);
      if (text.length > 0) yield text;
    }
    const rest = decoder.end();
    if (rest.length > 0) yield rest;
  } finally {
    bytes.destroy();
  }
}

/** V8 cannot hold a longer string (2^29 - 24 UTF-16 code units). */
export const LONGEST_STRING = 2 ** 29 - 24;

/**
 * The whole text of a file, or `{ tooLong }` as soon as it passes `maxUnits` UTF-16 code units
 * (or the longest string Node.js can hold): reading stops there, so a huge file costs no more
 * memory than the limit. Throws `EncodingFailure`.
 */
export function readWholeText(file: OpenFile, encoding: TextEncoding, maxUnits: number): { text: string } | { tooLong: number } {
  const limit = Math.min(maxUnits, LONGEST_STRING);
  const pieces: string[] = [];
  let length = 0;
  for (const piece of textPieces(file, encoding)) {
    length += piece.length;
    if (length > limit) return { tooLong: limit };
    pieces.push(piece);
  }
  return { text: pieces.join("") };
}

/** The most a `.evo-codec-*` file of a folder may hold. */
export const SMALL_FILE_LIMIT = 1024 * 1024;

/**
 * A small UTF-8 file such as `.evo-codec-ignore`, read only when it is a regular file of at most
 * `limit` bytes; otherwise why it was not read.
 */
export function readSmallText(path: string, limit = SMALL_FILE_LIMIT): { text: string } | { reason: string } {
  const file = openRegular(path);
  if (typeof file === "string") return { reason: file };
  try {
    if (file.size > limit) return { reason: `larger than ${limit / 1024} KB (${file.size} bytes): not read` };
    const read = readWholeText(file, "utf-8", limit);
    return "text" in read ? read : { reason: `larger than ${limit / 1024} KB: not read` };
  } catch (error) {
    if (error instanceof EncodingFailure) return { reason: error.message };
    throw error;
  } finally {
    closeFile(file);
  }
}
