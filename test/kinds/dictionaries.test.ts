import { describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { DecodeError, dictionary, int, json, jsv, string } from "../../src/index.js";
import { Struct, type ValueValue } from "../support/types-dtos.js";

// Dictionaries keep their entries' order, and a class that is a dictionary (`Struct :
// Dictionary<string, Value>`) is written as the reference writes one, in CSV too (spec §13.6).

describe("a Map gives the order JavaScript objects cannot keep", () => {
  const ordered = new Map([["b", 1], ["10", 2], ["a", 3], ["2", 4]]);

  test("an object lists integer-like keys first; a Map is written in its own order", () => {
    expect(json.encode(dictionary(int()), Object.fromEntries(ordered))).toBe('{"2":4,"10":2,"b":1,"a":3}');
    expect(json.encode(dictionary(int()), ordered)).toBe('{"b":1,"10":2,"a":3,"2":4}');
    expect(jsv.encode(dictionary(int()), ordered)).toBe("{b:1,10:2,a:3,2:4}");
    expect(jsv.encode(dictionary(int()), ordered, { pretty: true })).toBe("{\n\tb: 1,\n\t10: 2,\n\ta: 3,\n\t2: 4\n}");
  });

  test("decoders give a plain object", () => {
    expect(json.decode(dictionary(int()), '{"b":1,"10":2}')).toEqual({ b: 1, "10": 2 });
  });

  test("a Map's keys must be strings, and its values not null", () => {
    expect(() => json.encode(dictionary(int()), new Map([[1, 1]]) as never)).toThrow(expect.objectContaining({ code: "type-mismatch", path: '["1"]' }));
    expect(() => jsv.encode(dictionary(int()), new Map([["k", null]]) as never)).toThrow(expect.objectContaining({ code: "null-value", path: "k" }));
  });
});

describe("a dictionary class as the root of a CSV table", () => {
  const struct: Record<string, ValueValue> = { a: { stringValue: "x" }, "b,c": { numberValue: 1.5, listValue: [{ boolValue: true }] } };
  const table = 'Key,Value\r\n"{key:a,value:{stringValue:x}}","{key:""b,c"",value:{numberValue:1.5,listValue:[{boolValue:True}]}}"\r\n';

  test("is a Key,Value header and ONE row whose cells are the entries", () => {
    expect(csv.encode(Struct as never, struct as never)).toBe(table);
    expect(csv.decode(Struct as never, table)).toEqual(struct);
  });

  test("names the pairs' members in the case of the JSV inside, and the header as asked", () => {
    const pascal = csv.encode(Struct as never, struct as never, { case: "pascal", headers: "camel" });
    expect(pascal).toBe('key,value\r\n"{Key:a,Value:{StringValue:x}}","{Key:""b,c"",Value:{NumberValue:1.5,ListValue:[{BoolValue:True}]}}"\r\n');
    expect(csv.decode(Struct as never, pascal)).toEqual(struct);
  });

  test("with no entries is the header and an empty row", () => {
    expect(csv.encode(Struct as never, {} as never)).toBe("Key,Value\r\n\r\n");
    expect(csv.decode(Struct as never, "Key,Value\r\n\r\n")).toEqual({});
    expect(csv.decode(Struct as never, "Key,Value\r\n")).toEqual({});
  });

  test("a plain dictionary of strings is written the same way", () => {
    expect(csv.encode(dictionary(string()) as never, { k: "v" } as never)).toBe('Key,Value\r\n"{key:k,value:v}"\r\n');
  });

  test.each([
    ["another header", "Name,Value\r\n\r\n", "type-mismatch", "", "1:1"],
    ["a second row of entries", 'Key,Value\r\n"{key:a,value:{}}"\r\n"{key:b,value:{}}"\r\n', "row-count", "", "3:1"],
    ["an empty cell", 'Key,Value\r\n"{key:a,value:{}}",\r\n', "null-value", "[1]", "2:20"],
    ["an entry without its value", 'Key,Value\r\n"{key:a}"\r\n', "null-value", "[0]", "2:2"],
    ["a value that is not a Value", 'Key,Value\r\n"{key:a,value:{numberValue:x}}"\r\n', "invalid-number", "[0].value.numberValue", "2:28"],
  ])("%s", (_, text, code, path, at) => {
    let error: unknown;
    try {
      csv.decode(Struct as never, text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DecodeError);
    const e = error as DecodeError;
    expect({ code: e.code, path: e.path, at: `${e.line}:${e.column}` }).toEqual({ code, path, at });
  });

  test("a key given twice is duplicate-key when strict, and the last wins otherwise", () => {
    const text = 'Key,Value\r\n"{key:a,value:{stringValue:x}}","{key:a,value:{stringValue:y}}"\r\n';
    expect(csv.decode(Struct as never, text)).toEqual({ a: { stringValue: "y" } });
    expect(() => csv.decode(Struct as never, text, { strict: true })).toThrow(expect.objectContaining({ code: "duplicate-key", path: "[1]" }));
  });
});
