import { JsonReader } from "./reader.js";

const IN_OBJECT = 1;
const IN_ARRAY = 2;

/**
 * Steps over one JSON value of any shape, checking that it is well-formed. Iterative, with an
 * explicit stack, so depth costs memory, not call stack; `reader.maxDepth` still bounds it.
 */
export function skipValue(reader: JsonReader): void {
  const stack: number[] = [];
  for (;;) {
    // At the start of a value.
    const c = reader.peek();
    if (c === 0x7b || c === 0x5b) {
      reader.enter();
      reader.pos++;
      const close = c === 0x7b ? 0x7d : 0x5d;
      if (reader.peek() === close) {
        reader.pos++;
        reader.leave();
      } else {
        stack.push(c === 0x7b ? IN_OBJECT : IN_ARRAY);
        if (c === 0x7b) readKey(reader);
        continue;
      }
    } else if (c === 0x22) {
      reader.readString();
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      reader.pos = reader.scanNumber();
    } else if (c === 0x74) {
      reader.literal("true");
    } else if (c === 0x66) {
      reader.literal("false");
    } else if (c === 0x6e) {
      reader.literal("null");
    } else {
      reader.unexpected("a value");
    }
    // After a value: close finished containers, or move to the next element.
    for (;;) {
      const top = stack[stack.length - 1];
      if (top === undefined) return;
      const next = reader.peek();
      if (next === 0x2c) {
        reader.pos++;
        if (top === IN_OBJECT) readKey(reader);
        break;
      }
      if (next === (top === IN_OBJECT ? 0x7d : 0x5d)) {
        reader.pos++;
        reader.leave();
        stack.pop();
        continue;
      }
      reader.unexpected(top === IN_OBJECT ? `"," or "}"` : `"," or "]"`);
    }
  }
}

function readKey(reader: JsonReader): void {
  if (reader.peek() !== 0x22) reader.unexpected("a member name in quotes");
  reader.readString();
  reader.expect(0x3a, `":"`);
}

/**
 * Checks that a whole text is one well-formed JSON value, nested no deeper than `maxDepth`.
 * Decoders run it before reporting a schema error, so malformed or too deeply nested text is
 * always reported as such, whatever the schema expected.
 */
export function checkJsonSyntax(text: string, start: number, maxDepth: number): void {
  const reader = new JsonReader(text, maxDepth, false);
  reader.pos = start;
  skipValue(reader);
  if (reader.peek() !== -1) reader.fail("trailing-text", "text after the end of the value");
}
