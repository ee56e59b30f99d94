import { describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { csvNormalised } from "../../src/csv/normalise.js";
import { EncodeError, json, jsv, type NameCase, type Schema } from "../../src/index.js";
import { isTyped } from "../../src/schema/dotnet.js";
import { expectSameText, type PlatformNumber, type Tolerance } from "../support/platform-digits.js";
import { jsvString } from "../../src/jsv/quote.js";
import { dumpIsFaithful, referenceDump } from "../support/reference-dump.js";
import { typesDto } from "../support/types-dtos.js";
import { asDecoded } from "../support/types-decoded.js";
import { holdsNull, jsValue, platformNumbers, withNumbers, withoutNullEntries } from "../support/types-values.js";
import { typesWriteLines, type TypesWriteLine } from "../support/types-vectors.js";

// Every `write` line of the type-coverage vectors, in both name cases and every format, both ways:
// the encoder writes exactly the reference's text, and the decoder reads that text back to the
// value. The rules where evo-codec deliberately differs, each checked where it applies:
// - a `platformSensitive` double or float is spelled with the shortest digits (.NET Core), where
//   the recorded text has Mono's 15 (see test/support/platform-digits.ts);
// - JSON cannot hold NaN or ±Infinity: encoding one to JSON is `invalid-number` (spec §13.2), though
//   the decoder reads the reference's bare `NaN` where a double belongs;
// - a null dictionary value, which the reference leaves out, is refused (`null-value`, spec §12.7):
//   the text is that of the value without it;
// - pretty JSV is the reference's wherever its printer is faithful (test/support/reference-dump.ts),
//   and elsewhere a lossless text of our own;
// - a char JSV cannot hold raw is quoted in JSV, an empty byte[] is `""` (see `toleratedIn`);
// - the decoder reads back what the format keeps (test/support/types-decoded.ts: DateTime kinds in
//   JSV and CSV, milliseconds in JSON, untyped values as plain JavaScript).

const FORMATS = ["json", "jsv", "jsvPretty", "csv"] as const;
type Form = (typeof FORMATS)[number];

interface Case {
  readonly nameCase: NameCase;
  readonly text: (line: TypesWriteLine, form: Form) => string;
}

const CASES: readonly Case[] = [
  { nameCase: "camel", text: (line, form) => line[form] },
  {
    nameCase: "pascal",
    text: (line, form) => (form === "json" ? line.jsonPascal : form === "jsv" ? line.jsvPascal : form === "jsvPretty" ? line.jsvPrettyPascal : (line.csvPascal ?? line.csv)),
  },
];

describe("types-4242 write vectors", () => {
  for (const line of typesWriteLines) {
    const dto = typesDto(line.type);
    if ("skip" in dto) {
      test.skip(`${line.id} ${line.type} (${dto.skip})`, () => {});
      continue;
    }
    test.each(FORMATS)(`${line.id} ${line.type}: %s, both cases, both ways`, (form) => {
      for (const { nameCase, text } of CASES) checkLine(dto.schema, line, form, nameCase, text(line, form));
    });
  }

  test("the model of the reference's pretty printer gives every recorded pretty text", () => {
    for (const line of typesWriteLines) {
      expect(referenceDump(line.jsv), line.id).toBe(line.jsvPretty);
      expect(referenceDump(line.jsvPascal), line.id).toBe(line.jsvPrettyPascal);
    }
  });
});

function checkLine(schema: Schema, line: TypesWriteLine, form: Form, nameCase: NameCase, recorded: string): void {
  const given = jsValue(schema, line.value, nameCase);
  const value = withoutNullEntries(given);
  const platform = platformNumbers(schema, line.value, line.platformSensitive);
  // Which deliberate differences showed in this text; some leave the reference's text unreadable.
  const unreadable = new Set<string>();
  const tolerances = toleratedIn(value, form, unreadable);
  // What a decoder reads from the recorded text: at platform members, the Mono digits (the same in every format).
  const recordedAt = platform.length === 0 ? new Map<string, string>() : expectSameText(jsv.encode(schema, value, { case: nameCase }), nameCase === "camel" ? line.jsv : line.jsvPascal, platform, tolerances);
  const read = recordedAt.size === 0 ? value : withoutNullEntries(jsValue(schema, withNumbers(schema, line.value, readNumbers(platform, recordedAt), recordedAt), nameCase));
  if (holdsNull(given)) expect(() => encode(schema, form, given, nameCase)).toThrow(expect.objectContaining({ code: "null-value" }));

  if (form === "json" && holdsNonFinite(value)) {
    expect(() => encode(schema, form, value, nameCase)).toThrow(EncodeError);
    expect(() => encode(schema, form, value, nameCase)).toThrow(expect.objectContaining({ code: "invalid-number" }));
  } else if (form === "jsvPretty" && (!dumpIsFaithful(nameCase === "camel" ? line.jsv : line.jsvPascal) || tolerances.length > 0)) {
    // The reference's printer changed the data here, or works on a text of ours that differs: ours must still read back.
    expect(decode(schema, form, encode(schema, form, value, nameCase))).toEqual(decoded(schema, "jsv", value, true));
    return;
  } else {
    const ours = encode(schema, form, value, nameCase);
    expectSameText(ours, recorded, platform, tolerances);
    // Ours reads back; the reference's raw `"`, `{`… of a char, or raw `{x}` string in an untyped cell, cannot be read.
    if (tolerances.length > 0) {
      expect(decode(schema, form, ours)).toEqual(decoded(schema, form, value, true));
      if (unreadable.size > 0) return;
    }
  }
  expect(decode(schema, form, recorded)).toEqual(decoded(schema, form, read));
}

/**
 * The differences evo-codec makes on purpose, where `value` holds what they concern (spec §13.4):
 * a char JSV cannot hold raw (`,` `:` brackets `"` line breaks) is quoted in JSV, so it reads back;
 * an empty byte[] is `""` in JSV and CSV, where the reference writes nothing, which reads back as null.
 */
function toleratedIn(value: unknown, form: Form, unreadable: Set<string>): Tolerance[] {
  const found: Tolerance[] = [];
  if (form === "jsv" || form === "jsvPretty") {
    if (holds(value, (item) => typeof item === "string" && item.length === 1 && ',:{}[]"\r\n'.includes(item))) {
      found.push((ours, i, recorded, j) => {
        // `char:,` is ours `char:","`; `char:"` is ours `char:""""` (the raw quote matched one of ours).
        const raw = recorded[j]!;
        const step: readonly [number, number] | undefined =
          ours.startsWith(jsvString(raw), i) && raw !== '"' ? [jsvString(raw).length, 1] : ours.startsWith('"""', i) && recorded[j - 1] === '"' ? [3, 0] : undefined;
        if (step !== undefined) unreadable.add("char");
        return step;
      });
    }
  }
  if (form === "csv") {
    // An untyped member's string that starts like JSV (`{`, `[`, `"`) is a quoted JSV string in its cell, so it reads
    // back as the string (the reference writes it raw); a class there keeps its `__type`, which the reference drops
    // in a cell's root alone.
    found.push((ours, i, recorded, j) => {
      if (ours.startsWith('""', i) && '{["'.includes(recorded[j]!) && recorded[j - 1] === '"') {
        unreadable.add("untyped string");
        return [2, 0];
      }
      if (ours.startsWith('""', i) && ",\r".includes(recorded[j]!) && recorded[j - 1] === '"') return [2, 0];
      if (ours.startsWith("__type:", i)) return [ours.indexOf('"",', i + 9) + 3 - i, 0];
      return undefined;
    });
  }
  if ((form !== "json" && holds(value, (item) => item instanceof Uint8Array && item.length === 0))) {
    found.push((ours, i, recorded, j) => {
      const quoted = form === "csv" ? '""""""' : '""';
      return ours.startsWith(quoted, i) && ",}\r\n".includes(recorded[j]!) ? [quoted.length, 0] : undefined;
    });
  }
  return found;
}

function holds(value: unknown, test: (item: unknown) => boolean): boolean {
  if (test(value)) return true;
  if (value instanceof Map) return [...value.values()].some((item) => holds(item, test));
  if (typeof value === "object" && value !== null && !(value instanceof Uint8Array)) return Object.values(value).some((item) => holds(item, test));
  return false;
}

/** What a decoder reads from each platform member's recorded token. */
function readNumbers(platform: readonly PlatformNumber[], recordedAt: ReadonlyMap<string, string>): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const member of platform) {
    const token = recordedAt.get(member.path);
    if (token !== undefined) numbers.set(member.path, member.float ? Math.fround(Number(token)) : Number(token));
  }
  return numbers;
}

function encode(schema: Schema, form: Form, value: unknown, nameCase: NameCase): string {
  switch (form) {
    case "json":
      return json.encode(schema, value, { case: nameCase });
    case "jsv":
      return jsv.encode(schema, value, { case: nameCase });
    case "jsvPretty":
      return jsv.encode(schema, value, { case: nameCase, pretty: true });
    case "csv":
      return csv.encode(schema as never, value as never, { case: nameCase });
  }
}

function decode(schema: Schema, form: Form, text: string): unknown {
  if (form === "json") return json.decode(schema, text);
  if (form === "csv") return csv.decode(schema as never, text);
  return jsv.decode(schema, text);
}

/** The value a decoder gives: dictionaries as plain objects; in CSV, empty top-level strings absent (spec §12.6). */
function decoded(schema: Schema, form: Form, value: unknown, ours = false): unknown {
  const plain = asDecoded(schema, value, form === "jsvPretty" ? "jsv" : form, ours);
  return form === "csv" ? csvNormalised(schema, plain) : plain;
}

function holdsNonFinite(value: unknown): boolean {
  if (typeof value === "number") return !Number.isFinite(value);
  if (isTyped(value)) return false;
  if (value instanceof Map) return [...value.values()].some(holdsNonFinite);
  if (typeof value === "object" && value !== null && !(value instanceof Uint8Array)) return Object.values(value).some(holdsNonFinite);
  return false;
}
