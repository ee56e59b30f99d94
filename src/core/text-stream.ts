/** How many characters to gather before handing a piece of text on. */
const PIECE_SIZE = 64 * 1024;

/**
 * A stream of text written as the values come, for every format's `encodeStream`: `first` (a
 * header, say), then `write(value, index)` for each value, handed on in pieces of about 64 KB and
 * pulled as the reader asks (a slow reader holds back the values). The values' iterator is closed
 * (`return()`: a generator's `finally` runs) on every way out before its end: a value `write`
 * refuses (what it throws errors the stream) or a reader that cancels. An iterator that throws has
 * ended: its error errors the stream as it is, and it is not closed again.
 */
export function textStream<T>(values: Iterable<T> | AsyncIterable<T>, write: (value: T, index: number) => string, first = ""): ReadableStream<string> {
  const iterator = Symbol.asyncIterator in values ? (values as AsyncIterable<T>)[Symbol.asyncIterator]() : (values as Iterable<T>)[Symbol.iterator]();
  let index = 0;
  let start = first;
  return new ReadableStream<string>({
    async pull(controller) {
      // The piece is gathered flat: a value's text, a rope of many small strings, is copied into
      // one string as it comes (its rope is garbage at once), and the piece joined once.
      const parts = start === "" ? [] : [start];
      let length = start.length;
      start = "";
      while (length < PIECE_SIZE) {
        let next: IteratorResult<T>;
        try {
          next = await iterator.next();
        } catch (error) {
          controller.error(error);
          return;
        }
        if (next.done) {
          if (length > 0) controller.enqueue(parts.join(""));
          controller.close();
          return;
        }
        try {
          const text = flat(write(next.value, index++));
          parts.push(text);
          length += text.length;
        } catch (error) {
          await close(iterator);
          controller.error(error);
          return;
        }
      }
      controller.enqueue(parts.join(""));
    },
    async cancel() {
      await close(iterator);
    },
  });
}

/** `text` made one flat string: V8 flattens a rope in place when a character of it is read. */
function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}

/** Closes an iterator the stream stops reading; its own failure to close changes nothing. */
async function close<T>(iterator: Iterator<T> | AsyncIterator<T>): Promise<void> {
  try {
    await iterator.return?.();
  } catch {
    // The stream's outcome (the writer's error, a cancel) is what the reader sees.
  }
}
