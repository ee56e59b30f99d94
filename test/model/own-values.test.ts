import { setFlagsFromString } from "node:v8";
import * as fc from "fast-check";
import { afterEach, describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { Failure } from "../../src/core/errors.js";
import { EncodeError, json, jsv, listOf, SessionInfo } from "../../src/index.js";
import { ownValuesReader, ownValuesReading } from "../../src/model/own-values.js";

const realClock = ownValuesReading.clock;
import { arbitraryFor } from "../../src/testing/index.js";

// A plain object's values are read at once (`Object.values`) or key by key, by how long listing
// its keys took: a hash-table ("dictionary mode") object lists them slowly, and is read by key.
// Both ways read the same values, once each, and fail alike.

setFlagsFromString("--allow-natives-syntax");
// eslint-disable-next-line @typescript-eslint/no-implied-eval
const hasFastProperties = new Function("value", "return %HasFastProperties(value)") as (value: object) => boolean;

afterEach(() => {
  ownValuesReading.way = "auto";
  ownValuesReading.clock = realClock;
});

type Outcome = { keys: readonly string[]; items: unknown[] } | { code: string; path: string; cause: unknown };

function readWay(way: "at-once" | "by-key", record: Record<string, unknown>): Outcome {
  ownValuesReading.way = way;
  try {
    const { keys, items } = ownValuesReader(41)(record);
    return { keys, items };
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    return { code: error.code, path: error.path(), cause: error.cause };
  } finally {
    ownValuesReading.way = "auto";
  }
}

/** A fast-property object of `size` keys, and a copy of it turned into a hash table by deleting a key it then puts back. */
function fastAndHashTable(size: number): [Record<string, unknown>, Record<string, unknown>] {
  const fast = JSON.parse(JSON.stringify(Object.fromEntries(Array.from({ length: size }, (_, i) => [`member${i}`, i])))) as Record<string, unknown>;
  const table: Record<string, unknown> = { extra: 0, ...fast };
  delete table.extra;
  return [fast, table];
}

const boom = new Error("boom");
const [fast, hashTable] = fastAndHashTable(40);
const withGetter = { a: 1, get b(): number {
  throw boom;
}, c: 3 };
const proxied = new Proxy({ a: 1, b: 2 }, {
  get: (target, key) => (key === "b" ? (() => {
    throw boom;
  })() : Reflect.get(target, key)),
});
const unlistable = new Proxy({ a: 1 }, {
  ownKeys: () => {
    throw boom;
  },
});

describe("both ways of reading a plain object give the same keys and values, or the same failure", () => {
  test.each([
    ["a fast-property object", fast],
    ["a hash table", hashTable],
    ["an object with no prototype", Object.assign(Object.create(null) as object, { b: 2, a: 1, 7: "seven" })],
    ["an empty object", {}],
    ["an object whose getter throws", withGetter],
    ["a Proxy whose get trap throws", proxied],
    ["a Proxy whose keys cannot be listed", unlistable],
  ])("%s", (_, record) => {
    const atOnce = readWay("at-once", record as Record<string, unknown>);
    expect(readWay("by-key", record as Record<string, unknown>)).toEqual(atOnce);
  });

  test("a getter that throws is reported at its member, with what it threw as the cause", () => {
    expect(readWay("by-key", withGetter)).toEqual({ code: "invalid-value", path: "b", cause: boom });
  });

  test("the hash table of these tests is one, and its copy is not", () => {
    expect([hasFastProperties(fast), hasFastProperties(hashTable)]).toEqual([true, false]);
  });
});

describe("which way is chosen", () => {
  /** A Proxy that counts its key listings: `Object.values` lists the keys again, reading key by key does not. */
  function countingListings(): { record: Record<string, unknown>; listings: () => number } {
    let listings = 0;
    const record = new Proxy({ a: 1, b: 2 }, {
      ownKeys: (target) => {
        listings++;
        return Reflect.ownKeys(target);
      },
    });
    return { record, listings: () => listings };
  }

  /** A clock on which each listing of keys timed takes the next of `took` (milliseconds). */
  function scriptedClock(took: readonly number[]): () => number {
    let now = 0;
    let call = 0;
    return () => {
      // Odd calls end a timing: the time moves on by what that listing took.
      if (call++ % 2 === 1) now += took[(call >> 1) - 1]!;
      return now;
    };
  }

  /** How many times each of `count` reads of one object by one reader listed its keys. */
  function listingsPerRead(members: number, count: number): number[] {
    const read = ownValuesReader(members);
    const { record, listings } = countingListings();
    const perRead: number[] = [];
    for (let i = 0; i < count; i++) {
      const before = listings();
      expect(read(record)).toEqual({ keys: ["a", "b"], items: [1, 2] });
      perRead.push(listings() - before);
    }
    return perRead;
  }

  test("an object whose keys took long to list is read key by key, and so are the seven after it; the ninth is timed again", () => {
    ownValuesReading.clock = scriptedClock([1, 0]);
    expect(listingsPerRead(41, 16)).toEqual([...Array<number>(8).fill(1), ...Array<number>(8).fill(2)]);
  });

  test("an object whose keys were listed fast is read at once", () => {
    ownValuesReading.clock = scriptedClock([0, 0]);
    expect(listingsPerRead(41, 9)).toEqual(Array<number>(9).fill(2));
  });

  test("the objects of a type of 16 members or fewer are read at once, their keys not timed", () => {
    ownValuesReading.clock = () => {
      throw new Error("timed");
    };
    expect(listingsPerRead(16, 9)).toEqual(Array<number>(9).fill(2));
  });

  test("with the real clock, a listing that takes a millisecond is read key by key", () => {
    const read = ownValuesReader(41);
    let listings = 0;
    const slow = new Proxy({ a: 1 }, {
      ownKeys: (target) => {
        listings++;
        const until = performance.now() + 1;
        while (performance.now() < until);
        return Reflect.ownKeys(target);
      },
    });
    expect(read(slow)).toEqual({ keys: ["a"], items: [1] });
    expect(listings).toBe(1);
  });
});

describe("encoders write a hash-table object as they write its fast-property copy", () => {
  // fast-check's records with optional keys are hash tables: the bench's mixed-shape sessions.
  const sessions = fc.sample(arbitraryFor(fc, SessionInfo), { seed: 1316, numRuns: 60 }) as Record<string, unknown>[];
  const copies = sessions.map((session) => json.decode(SessionInfo, json.encode(SessionInfo, session)) as Record<string, unknown>);

  test("the samples are hash tables, their copies fast-property objects", () => {
    expect(sessions.filter((session) => !hasFastProperties(session)).length).toBeGreaterThan(50);
    expect(copies.every((copy) => hasFastProperties(copy))).toBe(true);
  });

  test.each([
    ["json", (value: unknown) => json.encode(SessionInfo, value as never)],
    ["json, PascalCase", (value: unknown) => json.encode(SessionInfo, value as never, { case: "pascal" })],
    ["jsv", (value: unknown) => jsv.encode(SessionInfo, value as never)],
    ["csv", (value: unknown) => csv.encode(listOf(SessionInfo), [value] as never)],
  ])("%s, read either way", (_, encode) => {
    for (let i = 0; i < sessions.length; i++) {
      const written = encode(copies[i]);
      for (const way of ["auto", "at-once", "by-key"] as const) {
        ownValuesReading.way = way;
        expect(encode(sessions[i])).toBe(written);
      }
    }
  });

  test("an unknown member of a hash table is refused either way", () => {
    const [, table] = fastAndHashTable(20);
    for (const way of ["at-once", "by-key"] as const) {
      ownValuesReading.way = way;
      expect(() => jsv.encode(SessionInfo, table as never)).toThrow(EncodeError);
      try {
        jsv.encode(SessionInfo, table as never);
      } catch (error) {
        expect((error as EncodeError).path).toBe("member0");
      }
    }
  });
});
