import { Failure } from "./errors.js";
import { completeLength, endsInsideSequence, illFormedLength, invalidUtf8Offset } from "./utf8.js";

/** Text arriving in pieces: a web `ReadableStream`, a Node `Readable`, or any (async) iterable of strings or bytes. */
export type TextSource = ReadableStream<string | Uint8Array> | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/**
 * The text of `source`, piece by piece: strings as they are, bytes decoded strictly (UTF-8 unless
 * `charset` names another encoding a `TextDecoder` knows; a BOM is kept, for the decoders to
 * skip). Bytes the encoding does not allow end the text with a `Failure` (`invalid-encoding`)
 * whose offset is where they would start in the whole text, after the text before them has been
 * yielded; nothing is ever replaced. A consumer that stops early cancels a `ReadableStream` source.
 */
export async function* textChunks(source: TextSource, charset = "utf-8"): AsyncGenerator<string, void, undefined> {
  const bytes = new ByteDecoder(charset);
  const decode = (piece: string | Uint8Array): string => (typeof piece === "string" ? bytes.passText(piece) : bytes.decode(piece, false));
  if (isReadableStream(source)) {
    const reader = source.getReader();
    let finished = false;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        yield decode(value);
        bytes.throwIfInvalid();
      }
      finished = true;
    } finally {
      if (!finished) await reader.cancel().catch(() => undefined);
      reader.releaseLock();
    }
  } else {
    for await (const piece of source) {
      yield decode(piece);
      bytes.throwIfInvalid();
    }
  }
  const tail = bytes.decode(new Uint8Array(0), true);
  if (tail.length > 0) yield tail;
  bytes.throwIfInvalid();
}

function isReadableStream(source: TextSource): source is ReadableStream<string | Uint8Array> {
  return typeof (source as ReadableStream).getReader === "function";
}

/**
 * Decodes bytes piece by piece, strictly, counting the bytes and the text that have gone by so
 * that a problem can say where it is. UTF-8 is checked here, to give the exact byte; another
 * encoding is left to `TextDecoder`, which says only which piece it refused.
 */
export class ByteDecoder {
  /** The encoding's name as `TextDecoder` knows it (`iso-8859-1` is `windows-1252`, as in browsers). */
  readonly encoding: string;
  private readonly decoder: TextDecoder;
  private carry: Uint8Array | undefined;
  private bytesSeen = 0;
  private textSeen = 0;
  private problem: Failure | undefined;

  /** Throws a `Failure` (`unsupported-charset`) when no `TextDecoder` knows `charset`. */
  constructor(charset: string) {
    try {
      this.decoder = new TextDecoder(charset, { fatal: true, ignoreBOM: true });
    } catch {
      throw new Failure("unsupported-charset", `no decoder knows the charset ${JSON.stringify(charset.slice(0, 40))}`, 0);
    }
    this.encoding = this.decoder.encoding;
  }

  /** Text that came as text: counted, not decoded. */
  passText(text: string): string {
    this.textSeen += text.length;
    return text;
  }

  /**
   * The text of the next piece of bytes (`last` for the end of the input). On bytes the encoding
   * refuses, the text before them, with the problem kept for {@link throwIfInvalid}.
   */
  decode(piece: Uint8Array, last: boolean): string {
    if (this.problem) return "";
    return this.encoding === "utf-8" ? this.decodeUtf8(piece, last) : this.decodeOther(piece, last);
  }

  /** Throws the problem the last piece had, if any. */
  throwIfInvalid(): void {
    if (this.problem) throw this.problem;
  }

  private decodeUtf8(piece: Uint8Array, last: boolean): string {
    let bytes = piece;
    if (this.carry) {
      bytes = new Uint8Array(this.carry.length + piece.length);
      bytes.set(this.carry);
      bytes.set(piece, this.carry.length);
    }
    const end = last ? bytes.length : completeLength(bytes);
    this.carry = end < bytes.length ? bytes.slice(end) : undefined;
    const whole = bytes.subarray(0, end);
    try {
      return this.counted(this.decoder.decode(whole), end);
    } catch {
      const at = Math.max(0, invalidUtf8Offset(whole));
      const before = this.counted(this.decoder.decode(whole.subarray(0, at)), at);
      const shown = [...whole.subarray(at, at + illFormedLength(whole, at))].map((b) => b.toString(16).toUpperCase().padStart(2, "0")).join(" ");
      // Short of the end of the input, a sequence cut at the end of `whole` is followed by a byte that does not continue it.
      const detail = last && endsInsideSequence(whole, at)
        ? `the bytes end inside a UTF-8 sequence at byte offset ${this.bytesSeen} (bytes ${shown})`
        : `invalid UTF-8 at byte offset ${this.bytesSeen} (bytes ${shown})`;
      this.problem = new Failure("invalid-encoding", detail, this.textSeen);
      return before;
    }
  }

  private decodeOther(piece: Uint8Array, last: boolean): string {
    try {
      return this.counted(this.decoder.decode(piece, { stream: !last }), piece.length);
    } catch {
      const detail = `the bytes are not valid ${this.encoding} (between byte offsets ${this.bytesSeen} and ${this.bytesSeen + piece.length})`;
      this.problem = new Failure("invalid-encoding", detail, this.textSeen);
      return "";
    }
  }

  private counted(text: string, bytes: number): string {
    this.bytesSeen += bytes;
    this.textSeen += text.length;
    return text;
  }
}

