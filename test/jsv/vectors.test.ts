import { describe, expect, test } from "vitest";
import { DecodeError, EncodeError, jsv, listOf, SessionInfo, type Schema } from "../../src/index.js";
import {
  faithfulPrettyIds,
  fromCSharp,
  hasNullEntries,
  sessionVectors,
  unitVectors,
  vectorCase,
  vectorSchema,
  VectorLedger,
  withDefaults,
  withoutNullEntries,
} from "../support/vectors.js";

// Every JSV vector the reference produced, in both directions, byte for byte; and where evo-codec
// deliberately reads differently (spec §12), what it gives instead.

/** Inputs the reference reads leniently or wrongly, and the DecodeError code evo-codec gives (§12.5). */
const STRICTER: Record<number, string> = {
  41: "unexpected-end", // empty text: the reference returns null
  166: "unexpected-end", // missing closing brace: the reference accepts it
  174: "invalid-boolean", // "1": the reference guesses true
  175: "invalid-boolean", // "yes": the reference swallows the error
  176: "invalid-boolean", // "garbage": likewise
  180: "syntax", // trailing comma: the reference crashes (IndexOutOfRange)
  187: "null-value", // an empty list element: the reference reads null
};

/** Inputs the reference reads wrongly or refuses, which evo-codec reads as written (§12.4, §11). */
const READS_AS_WRITTEN: Record<number, unknown> = {
  170: { v: "x", b: false }, // a quoted member name binds, as in newer ServiceStack
  181: { v: "abc", b: false }, // a line break after the root: files end with one
  182: { v: "abc", b: false }, // white space before the root
  183: { name: "n", flag: true, e: "Zero", tags: ["a"], people: [{ id: 1, name: "x" }] }, // pretty JSV
  188: { e: "Zero", flag: false, map: { "": "x", "k:1": "v" } }, // an empty key is "", not U+200B
  189: { e: "Zero", flag: false, people: [{ id: 1, name: "x" }, { id: 2, name: "y" }] }, // ", {" between objects
  194: { v: "\u200b" }, // U+200B is a character like any other
};

/** Pretty vectors where the reference's printer is not faithful, and what evo-codec writes instead. */
const LOSSLESS_PRETTY: Record<number, string> = {
  152:
    '{\n\tName: n,\n\tFlag: False,\n\tE: Zero,\n\tTags: \n\t[\n\t\ta,\n\t\tb c,\n\t\t"d,e",\n\t\t""\n\t],\n\tMap: \n\t{\n\t\tk: v,\n' +
    '\t\t"a:b": "c,d",\n\t\t"": ""\n\t},\n\tPeople: \n\t[\n\t\t{\n\t\t\tId: 1,\n\t\t\tName: x\n\t\t},\n\t\t{\n\t\t\tId: 2\n\t\t}\n\t]\n}',
  162: '{\n\tName: "a:b {c} [d]",\n\tFlag: False,\n\tE: Zero,\n\tTags: \n\t[\n\t\t"x:y",\n\t\t"[z]"\n\t]\n}',
};

const jsvVectors = unitVectors.filter((v) => v.format === "jsv");
const ledger = new VectorLedger();

describe("reference unit vectors", () => {
  for (const v of jsvVectors) {
    const schema = vectorSchema(v);
    const nameCase = vectorCase(v);
    const title = `#${v.index} ${v.direction}${v.variant ? ` ${v.variant}` : ""}: ${v.note ?? v.expected.slice(0, 50)}`;
    if (typeof schema === "string" || typeof nameCase === "object") {
      ledger.skips(v, typeof schema === "string" ? schema : (nameCase as { skip: string }).skip);
      test.skip(`${title} (${typeof schema === "string" ? schema : (nameCase as { skip: string }).skip})`, () => {});
      continue;
    }
    const pretty = v.variant === "pretty";

    if (v.direction !== "decode") {
      ledger.runs(v, "encode");
      const value = fromCSharp(schema, v.input);
      const expected = LOSSLESS_PRETTY[v.index] ?? v.expected;
      const differs = LOSSLESS_PRETTY[v.index] !== undefined;
      test(`${title}: encodes ${differs ? "losslessly where the reference is not faithful" : "exactly"}`, () => {
        if (hasNullEntries(value)) {
          expect(() => jsv.encode(schema as Schema, value as never, { case: nameCase })).toThrow(EncodeError);
        }
        const clean = withoutNullEntries(schema, value) as never;
        const text = jsv.encode(schema, clean, { case: nameCase, pretty });
        if (pretty && v.index === 203) {
          // The rich sample holds brackets in strings: the reference breaks them across lines.
          expect(text).not.toBe(v.expected);
          expect(jsv.decode(schema, text)).toEqual(withDefaults(schema, clean));
        } else {
          expect(text).toBe(expected);
        }
        expect(jsv.decode(schema, text)).toEqual(withDefaults(schema, clean));
      });
    }
    if (v.direction !== "encode") {
      ledger.runs(v, "decode");
      const stricter = STRICTER[v.index];
      const asWritten = READS_AS_WRITTEN[v.index];
      if (stricter) {
        test(`${title}: gives ${stricter}, stricter than the reference`, () => {
          expect(() => jsv.decode(schema, v.expected)).toThrow(expect.objectContaining({ code: stricter }));
        });
      } else if (asWritten) {
        test(`${title}: reads what was written, unlike the reference`, () => {
          expect(jsv.decode(schema, v.expected)).toEqual(withDefaults(schema, asWritten));
        });
      } else {
        test(`${title}: decodes`, () => {
          const value = fromCSharp(schema, v.input);
          expect(jsv.decode(schema, v.expected)).toEqual(withDefaults(schema, withoutNullEntries(schema, value)));
        });
      }
    }
  }
});

test("every JSV vector is run in each direction it has, or skipped with its reason", ({ task }) => {
  const { registered, expected } = ledger.accounts(jsvVectors, task.file);
  expect(registered).toEqual(expected);
});

describe("SessionInfo vectors", () => {
  const singles = sessionVectors.filter((v) => v.kind === "single");
  const cases = singles.map((v) => [v.id, v] as const);

  test.each(cases)("%s: compact camelCase both ways", (_id, v) => {
    expect(jsv.encode(SessionInfo, v.value as never)).toBe(v.jsv);
    expect(jsv.decode(SessionInfo, v.jsv!)).toEqual(v.value);
  });

  test.each(cases)("%s: compact PascalCase both ways", (_id, v) => {
    expect(jsv.encode(SessionInfo, v.value as never, { case: "pascal" })).toBe(v.jsvPascal);
    expect(jsv.decode(SessionInfo, v.jsvPascal!)).toEqual(v.value);
  });

  test.each(cases)("%s: pretty, exact where the reference is faithful, lossless everywhere", (id, v) => {
    const text = jsv.encode(SessionInfo, v.value as never, { pretty: true });
    if (faithfulPrettyIds.has(id)) {
      expect(text).toBe(v.jsvPretty);
      expect(jsv.decode(SessionInfo, v.jsvPretty!)).toEqual(v.value);
    }
    expect(jsv.decode(SessionInfo, text)).toEqual(v.value);
  });

  test.each(cases)("%s: pretty with CRLF line breaks round-trips", (_id, v) => {
    const text = jsv.encode(SessionInfo, v.value as never, { pretty: true, newline: "\r\n" });
    expect(jsv.decode(SessionInfo, text)).toEqual(v.value);
  });

  test("a list of sessions round-trips in both forms", () => {
    const values = singles.map((v) => v.value);
    const compact = jsv.encode(listOf(SessionInfo), values as never);
    expect(compact).toBe(`[${singles.map((v) => v.jsv).join(",")}]`);
    expect(jsv.decode(listOf(SessionInfo), compact)).toEqual(values);
    expect(jsv.decode(listOf(SessionInfo), jsv.encode(listOf(SessionInfo), values as never, { pretty: true }))).toEqual(values);
  });

  test("only DecodeError escapes", () => {
    expect(() => jsv.decode(SessionInfo, "{dialState:Nope}")).toThrow(DecodeError);
  });
});
