import { thrownWhileReading } from "../core/errors.js";

// A plain object's values are read at once with `Object.values`, the fastest way for a
// fast-property object (what object literals, `JSON.parse` and our decoders make). V8 turns an
// object into a hash table ("dictionary mode") when a key is deleted from it (fast-check's
// records with optional keys are such objects too), and for those `Object.values` fetches a
// descriptor per key: about ten times slower than reading each key by name, which in turn is
// five times slower than `Object.values` for a fast-property object. No question a program can
// ask tells the two apart, but the time `Object.keys` takes does: it copies a fast-property
// object's cached list of keys (under 0.1 µs for a hundred keys) and gathers and sorts a hash
// table's (about 0.016 µs a key, more when the object is not in the processor's cache).
//
// Reading the clock costs too, so each type's reader times one object in `TIMED_EVERY` and reads
// the objects after it as that one was read: a program's objects of one type mostly come from one
// place, and are all of one kind. Either way the values are the same, read once each in key
// order; only the speed differs. Where the clock is coarse (browsers round it), nearly every object is
// read at once, and so is an object of a type of at most 16 members, whose keys a hash table
// lists too fast to be told apart.

/** A type with more members than this has the listing of its objects' keys timed. */
const TIMED_MEMBERS = 16;

/** One object in this many has its keys timed. */
const TIMED_EVERY = 8;

/**
 * How long `Object.keys` takes for a hash table of about 30 keys (fewer out of the cache). A
 * shorter limit mistakes more fast-property objects whose keys are not cached yet, a longer one
 * misses more hash tables.
 */
const HASH_TABLE_KEYS_MS = 0.0005;

/** Milliseconds, as finely as the platform tells them. */
const clock: () => number = typeof performance === "object" && typeof performance.now === "function" ? () => performance.now() : Date.now;

/** How plain objects' values are read: `"auto"` as described above; the others force a way. Tests set both. */
export const ownValuesReading: { way: "auto" | "at-once" | "by-key"; clock: () => number } = { way: "auto", clock };

/** A plain object's own keys, as `Object.keys` gives them, and their values in the same order. */
export interface OwnValues {
  readonly keys: readonly string[];
  readonly items: unknown[];
}

/**
 * A reader of the own enumerable keys and values of a type's plain objects (the type has
 * `members` members), each read once. What a getter or Proxy trap throws becomes a `Failure` with
 * the original as its `cause`, at the key being read (no key when listing the keys threw).
 */
export function ownValuesReader(members: number): (record: Record<string, unknown>) => OwnValues {
  const timed = members > TIMED_MEMBERS;
  let byKey = false;
  let untilTimed = 0;
  return (record) => {
    const way = ownValuesReading.way;
    const timing = way === "auto" && timed && untilTimed-- === 0;
    const started = timing ? ownValuesReading.clock() : 0;
    let keys: string[];
    try {
      keys = Object.keys(record);
    } catch (error) {
      throw thrownWhileReading(error);
    }
    if (timing) {
      byKey = ownValuesReading.clock() - started > HASH_TABLE_KEYS_MS;
      untilTimed = TIMED_EVERY - 1;
    }
    if (way === "auto" ? byKey : way === "by-key") return { keys, items: readByKey(record, keys) };
    try {
      return { keys, items: Object.values(record) };
    } catch (error) {
      // Read again one at a time, to name the member whose getter threw.
      readByKey(record, keys);
      throw thrownWhileReading(error);
    }
  };
}

/** The values of `keys`, read one at a time; what a read throws is reported at its key. */
function readByKey(record: Record<string, unknown>, keys: readonly string[]): unknown[] {
  const items = new Array<unknown>(keys.length);
  let k = 0;
  try {
    for (; k < keys.length; k++) items[k] = record[keys[k]!];
  } catch (error) {
    throw thrownWhileReading(error).within(keys[k]!);
  }
  return items;
}
