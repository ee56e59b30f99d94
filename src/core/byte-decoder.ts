import { Failure } from "./errors.js";
import { quoteText } from "./objects.js";
import { completeLength, utf8Problem } from "./utf8.js";

// Bytes to text, strictly, for everything that reads bytes: `decode(bytes)`, the stream decoders,
// HTTP bodies and the CLI's files. Nothing is ever replaced by U+FFFD: bytes that are not text in
// their encoding end the text, reported where they start.

/**
 * Bytes that are not text in their encoding (code `syntax`): `offset` is where they start in the
 * text (UTF-16 code units), `byteOffset` in the bytes; the message names the byte offset.
 */
export class InvalidBytes extends Failure {
  constructor(
    detail: string,
    offset: number,
    readonly byteOffset: number,
  ) {
    super("syntax", detail, offset);
  }
}

const EMPTY = new Uint8Array(0);

/**
 * Decodes bytes piece by piece, strictly: UTF-8 unless `charset` names another encoding a
 * `TextDecoder` knows. A character may be cut between pieces; a BOM is kept (it is part of the
 * text, and counts in offsets). On bytes the encoding refuses, `decode` gives the text before
 * them and keeps the {@link problem}; it gives nothing after. UTF-8 is checked here, to name the
 * exact bytes; another encoding is left to `TextDecoder`, which says only which piece it refused.
 */
export class ByteDecoder {
  /** The encoding's name as `TextDecoder` knows it (`iso-8859-1` is `windows-1252`, as in browsers). */
  readonly encoding: string;
  /** The bytes' problem, once one is found. */
  problem: InvalidBytes | undefined;
  private readonly decoder: TextDecoder;
  /** UTF-8 only: the start of a character the last piece cut (at most three bytes). */
  private carry = EMPTY;
  private bytesSeen = 0;
  private textSeen = 0;

  /** Throws a `Failure` (`unsupported-charset`) when no `TextDecoder` knows `charset`. */
  constructor(charset = "utf-8") {
    try {
      this.decoder = new TextDecoder(charset, { fatal: true, ignoreBOM: true });
    } catch {
      throw new Failure("unsupported-charset", `no decoder knows the charset ${quoteText(charset, 40)}`, 0);
    }
    this.encoding = this.decoder.encoding;
  }

  /** How much text has gone by (UTF-16 code units): where the next piece starts. */
  get offset(): number {
    return this.textSeen;
  }

  /** The text of the next piece of bytes; `last` for the end of the bytes, where a cut character is a problem. */
  decode(piece: Uint8Array, last = false): string {
    if (this.problem) return "";
    return this.encoding === "utf-8" ? this.decodeUtf8(piece, last) : this.decodeOther(piece, last);
  }

  /** The end of the bytes: a character they cut is a problem. */
  end(): string {
    return this.decode(EMPTY, true);
  }

  /** A piece that came as text: it ends the bytes before it (a character they cut is a problem), and counts. */
  text(text: string): string {
    this.end();
    if (this.problem) return "";
    this.textSeen += text.length;
    return text;
  }

  private decodeUtf8(piece: Uint8Array, last: boolean): string {
    let bytes = piece;
    if (this.carry.length > 0) {
      bytes = new Uint8Array(this.carry.length + piece.length);
      bytes.set(this.carry);
      bytes.set(piece, this.carry.length);
    }
    const end = last ? bytes.length : completeLength(bytes);
    this.carry = end < bytes.length ? bytes.slice(end) : EMPTY;
    if (end === 0) return "";
    const whole = bytes.subarray(0, end);
    try {
      return this.counted(this.decoder.decode(whole), end);
    } catch {
      return this.refuseUtf8(whole, last);
    }
  }

  /** The text before the first bad sequence of `whole`, keeping the problem. Only the error path pays for this. */
  private refuseUtf8(whole: Uint8Array, last: boolean): string {
    const { at, length, cut } = utf8Problem(whole) ?? { at: 0, length: whole.length, cut: false };
    const before = this.counted(this.decoder.decode(whole.subarray(0, at)), at);
    const shown = [...whole.subarray(at, at + length)].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`).join(" ");
    // Short of the end, a sequence cut at the end of `whole` is followed by a byte that does not continue it.
    const what = cut && last ? "the bytes end inside a UTF-8 sequence" : "the bytes are not valid UTF-8";
    this.problem = new InvalidBytes(`${what}: ${shown} at byte ${this.bytesSeen}`, this.textSeen, this.bytesSeen);
    this.carry = EMPTY;
    return before;
  }

  private decodeOther(piece: Uint8Array, last: boolean): string {
    try {
      return this.counted(this.decoder.decode(piece, { stream: !last }), piece.length);
    } catch {
      const name = this.encoding.toUpperCase();
      const start = this.bytesSeen;
      const detail =
        piece.length === 0
          ? `the bytes end inside a ${name} character at byte ${start}`
          : `the bytes are not valid ${name} (between byte ${start} and byte ${start + piece.length})`;
      this.problem = new InvalidBytes(detail, this.textSeen, start);
      return "";
    }
  }

  private counted(text: string, bytes: number): string {
    this.bytesSeen += bytes;
    this.textSeen += text.length;
    return text;
  }
}
