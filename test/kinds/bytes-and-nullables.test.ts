import { describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { boolean, bytes, double, enumeration, int, json, jsv, long, nullable, object } from "../../src/index.js";
import { box, documents, expectDecodeError, expectSpelled, spelledRows } from "./support.js";

// `byte[]` (base64, spec §13.4) and the nullable value types (spec §13.1).

const hello = new Uint8Array([104, 101, 108, 108, 111]);

describe("byte[] is standard base64 in every format", () => {
  test.each(
    spelledRows([
      { name: "bytes", schema: bytes(), value: hello, json: '"aGVsbG8="', jsv: "aGVsbG8=", csv: "aGVsbG8=" },
      { name: "every byte value", schema: bytes(), value: new Uint8Array([0, 1, 254, 255]), json: '"AAH+/w=="', jsv: "AAH+/w==", csv: "AAH+/w==" },
      // The reference writes nothing in JSV and CSV, which reads back as null: `""` keeps the value.
      { name: "no bytes", schema: bytes(), value: new Uint8Array(0), json: '""', jsv: '""', csv: '""""""' },
    ]),
  )("%s", (_, row) => expectSpelled(row));

  test("an empty JSV value or CSV cell is no bytes at all (absent), as the reference reads it", () => {
    expect(jsv.decode(box(bytes()), "{v:}")).toEqual({});
    expect(csv.decode(box(bytes()) as never, "V\r\n\r\n")).toEqual({});
  });

  test.each([
    ["unpadded base64", "AAECAw"],
    ["a character outside the alphabet", "!!!="],
    ["the URL-safe alphabet", "_-8="],
    ["white space inside", "aGVs bG8="],
    ["bits the padding should drop", "AB=="],
  ])("%s is invalid-value in every format", (_, text) => {
    const texts = documents({ json: `"${text}"`, jsv: text, csv: text });
    for (const [format, document] of Object.entries(texts)) expectDecodeError(format as never, box(bytes()), document, "invalid-value");
  });
});

const Level = enumeration("Level", ["Low", "High"]);
const Filter = object("Filter", {
  flag: nullable(boolean()),
  count: nullable(int()),
  total: nullable(long()),
  ratio: nullable(double()),
  level: nullable(Level),
});

describe("a nullable value type is written as its type when it holds a value, and left out when it does not", () => {
  const full = { flag: false, count: 0, total: 0n, ratio: 0, level: "Low" } as const;

  test("holding values, defaults included", () => {
    expect(json.encode(Filter, full)).toBe('{"flag":false,"count":0,"total":0,"ratio":0,"level":"Low"}');
    expect(jsv.encode(Filter, full)).toBe("{flag:False,count:0,total:0,ratio:0,level:Low}");
    expect(csv.encode(Filter as never, full as never)).toBe("Flag,Count,Total,Ratio,Level\r\nFalse,0,0,0,Low\r\n");
    for (const text of [json.encode(Filter, full), jsv.encode(Filter, full)]) expect((text.startsWith('{"') ? json : jsv).decode(Filter, text)).toEqual(full);
    expect(csv.decode(Filter as never, "Flag,Count,Total,Ratio,Level\r\nFalse,0,0,0,Low\r\n")).toEqual(full);
  });

  test("holding nothing: no member, and no default filled in on reading (an empty CSV cell)", () => {
    expect(json.encode(Filter, {})).toBe("{}");
    expect(jsv.encode(Filter, {})).toBe("{}");
    expect(csv.encode(Filter as never, {} as never)).toBe("Flag,Count,Total,Ratio,Level\r\n,,,,\r\n");
    expect(json.decode(Filter, '{"flag":null,"count":null,"total":null,"ratio":null,"level":null}')).toEqual({});
    expect(jsv.decode(Filter, "{flag:,count:,total:,ratio:,level:}")).toEqual({});
    expect(csv.decode(Filter as never, "Flag,Count,Total,Ratio,Level\r\n,,,,\r\n")).toEqual({});
  });

  test("null is written as no member", () => {
    expect(json.encode(Filter, { count: null, level: null })).toBe("{}");
  });
});
