/** How many characters to gather before handing a piece of text on. */
const PIECE_SIZE = 64 * 1024;

/**
 * A stream of text written as the values come: `first` (a header, say), then `write(value, index)`
 * for each value, handed on in pieces of about 64 KB, pulled as the reader asks (so a slow reader
 * holds back the values). Whatever `write` throws errors the stream; cancelling it stops the values.
 */
export function textStream<T>(
  values: Iterable<T> | AsyncIterable<T>,
  write: (value: T, index: number) => string,
  first = "",
): ReadableStream<string> {
  const iterator = Symbol.asyncIterator in values ? (values as AsyncIterable<T>)[Symbol.asyncIterator]() : (values as Iterable<T>)[Symbol.iterator]();
  let index = 0;
  let started = false;
  return new ReadableStream<string>({
    async pull(controller) {
      let piece = started ? "" : first;
      started = true;
      try {
        while (piece.length < PIECE_SIZE) {
          const next = await iterator.next();
          if (next.done) {
            if (piece.length > 0) controller.enqueue(piece);
            controller.close();
            return;
          }
          piece += write(next.value, index++);
        }
        controller.enqueue(piece);
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
