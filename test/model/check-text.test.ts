import { beforeAll, describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { codecFor, loadCodec } from "../../src/formats.js";
import {
  bytes,
  DecodeError,
  DEFAULT_MAX_PROBLEMS,
  dictionary,
  enumeration,
  int,
  json,
  jsonl,
  jsv,
  list,
  listOf,
  object,
  string,
  type Format,
  type TextCheckOptions,
} from "../../src/index.js";
import { named } from "../support/tables.js";

// The collecting mode (`check`): every schema-level problem in a text, each with its own code,
// path and place, the value that has it stepped over; a syntax or limit error ends the text.

const State = enumeration("State", ["Open", "Closed"]);
const Line = object("Line", { qty: int(), sku: string() });
const Order = object("Order", { id: int(), state: State, lines: list(Line), extra: dictionary(int()), data: bytes() });

const CODECS = { json, jsv, csv, jsonl } as const;

/** `code path line:column` for each problem, and the count of the rest. */
function problems(format: Format, text: string, options: TextCheckOptions = { strict: true }, schema = format === "csv" || format === "jsonl" ? listOf(Order) : Order) {
  const checked = CODECS[format].check(schema, text, options);
  expect(checked.value).toBeUndefined();
  for (const issue of checked.issues!) {
    expect(issue).toBeInstanceOf(DecodeError);
    expect(issue.format).toBe(format);
  }
  return { problems: checked.issues!.map((e) => `${e.code} ${e.path} ${e.line}:${e.column}`), more: checked.more };
}

beforeAll(async () => {
  await loadCodec("csv");
});

describe("four schema-level problems in one text: each reported, in the order of the text", () => {
  test.each(
    named([
      {
        name: "JSON",
        format: "json" as Format,
        text: '{\n  "id": 12.5,\n  "state": "Lost",\n  "note": "hi",\n  "lines": [{"qty": 1, "sku": "a"}, null]\n}',
        expected: ["invalid-integer id 2:9", "invalid-enum state 3:12", "unknown-member note 4:3", "null-value lines[1] 5:37"],
      },
      {
        name: "JSV",
        format: "jsv" as Format,
        text: "{id:12.5,state:Lost,note:hi,lines:[,{qty:1,sku:a}]}",
        expected: ["invalid-integer id 1:5", "invalid-enum state 1:16", "unknown-member note 1:21", "null-value lines[0] 1:36"],
      },
      {
        name: "CSV (the unknown column in the header, the rest in cells)",
        format: "csv" as Format,
        text: 'Id,State,Note,Lines\r\n12.5,Lost,hi,"[,{qty:1,sku:a}]"\r\n',
        expected: ["unknown-member [0].Note 1:10", "invalid-integer [0].id 2:1", "invalid-enum [0].state 2:6", "null-value [0].lines[0] 2:16"],
      },
      {
        name: "JSON Lines (paths start with the line's index)",
        format: "jsonl" as Format,
        text: '{"id":12.5,"state":"Lost"}\n{"note":"hi","lines":[null]}\n',
        expected: ["invalid-integer [0].id 1:7", "invalid-enum [0].state 1:20", "unknown-member [1].note 2:2", "null-value [1].lines[0] 2:23"],
      },
    ]),
  )("%s", (_, { format, text, expected }) => {
    expect(problems(format, text)).toEqual({ problems: expected, more: 0 });
  });
});

describe("a syntax error after schema problems: both reported, and the text ends there", () => {
  test.each(
    named([
      {
        name: "JSON: a stray bracket; the enum after it is not read",
        format: "json" as Format,
        text: '{"id": 1.5, "lines": [{"qty": "two"}], "state": ] "Lost"}',
        expected: ["invalid-integer id 1:8", "invalid-integer lines[0].qty 1:31", "syntax  1:49"],
      },
      {
        name: "JSON: a value of the wrong kind that is not well-formed either",
        format: "json" as Format,
        text: '{"state": "Open", "id": tru, "data": "???"}',
        expected: ["invalid-integer id 1:25", "syntax  1:28"],
      },
      {
        name: "JSV: text after a quoted string",
        format: "jsv" as Format,
        text: '{id:1.5,lines:[{qty:x}],state:"Lost"x,data:???}',
        expected: ["invalid-integer id 1:5", "invalid-integer lines[0].qty 1:21", "syntax state 1:37"],
      },
      {
        name: "CSV: a row of the wrong width ends the table",
        format: "csv" as Format,
        text: "Id,State\r\n1.5,Open\r\n2,Open,x\r\n3,Lost\r\n",
        expected: ["invalid-integer [0].id 2:1", "field-count [1] 3:8"],
      },
      {
        name: "CSV: a syntax error in a cell's JSV is placed in the table, with the cell's member in its path",
        format: "csv" as Format,
        text: 'Id,Lines\r\n1.5,"[{qty:1},]"\r\n',
        expected: ["invalid-integer [0].id 2:1", "syntax [0].lines 2:15"],
      },
      {
        name: "CSV: a quote left open ends the table after the rows before it",
        format: "csv" as Format,
        text: 'Id,State\r\n1.5,Open\r\n2,"Open\r\n',
        expected: ["invalid-integer [0].id 2:1", "unexpected-end  3:8"],
      },
      {
        name: "JSON Lines: a line is a document of its own, so the next line is still read",
        format: "jsonl" as Format,
        text: '{"id":1.5,\n{"state":"Lost"}\n',
        expected: ["invalid-integer [0].id 1:7", "unexpected-end [0] 1:11", "invalid-enum [1].state 2:10"],
      },
    ]),
  )("%s", (_, { format, text, expected }) => {
    expect(problems(format, text)).toEqual({ problems: expected, more: 0 });
  });

  test("a depth limit ends the text too", () => {
    expect(problems("json", '{"id": 1.5, "lines": [{"qty": 1}], "state": "Lost"}', { maxDepth: 2 })).toEqual({
      problems: ["invalid-integer id 1:8", "depth-limit  1:23"],
      more: 0,
    });
  });

  test("a text longer than maxLength is that one problem: none of it is read", () => {
    expect(problems("json", '{"id": 1.5}', { maxLength: 5 })).toEqual({ problems: ["input-too-long  1:6"], more: 0 });
  });

  test("what is not text is that one problem", () => {
    const checked = json.check(Order, 42 as never);
    expect(checked.issues?.map((e) => e.code)).toEqual(["input-type"]);
  });
});

describe("every kind of schema-level problem is stepped over", () => {
  test.each(
    named([
      { name: "a value of another kind (a list for an object)", text: '{"lines": [[1], {"qty": 1.5}]}', expected: ["type-mismatch lines[0] 1:12", "invalid-integer lines[1].qty 1:25"] },
      { name: "a bad dictionary value, and a null one", text: '{"extra": {"a": "x", "b": null, "c": 3}, "id": 1.5}', expected: ["invalid-integer extra.a 1:17", "null-value extra.b 1:27", "invalid-integer id 1:48"] },
      { name: "a member given twice (strict)", text: '{"id": 1, "Id": 2, "state": "Lost"}', expected: ["duplicate-member id 1:11", "invalid-enum state 1:29"] },
      { name: "a dictionary key given twice (strict)", text: '{"extra": {"a": 1, "a": 2}, "state": "Lost"}', expected: ["duplicate-key extra.a 1:20", "invalid-enum state 1:38"] },
      { name: "bytes that are not base64", text: '{"data": "???", "id": 1.5}', expected: ["invalid-value data 1:10", "invalid-integer id 1:23"] },
      { name: "a null root", text: "null", expected: ["null-value  1:1"] },
      { name: "a root of another kind, then text after it", text: "[1] 2", expected: ["type-mismatch  1:1", "trailing-text  1:5"] },
    ]),
  )("%s", (_, { text, expected }) => {
    expect(problems("json", text)).toEqual({ problems: expected, more: 0 });
  });

  test("leniently, an unknown member is no problem, and a member given again is read again", () => {
    expect(problems("json", '{"note": 1, "id": 1.5, "Id": "x"}', { strict: false })).toEqual({
      problems: ["invalid-integer id 1:19", "invalid-integer id 1:30"],
      more: 0,
    });
  });
});

describe("maxProblems: at most that many kept, the rest counted", () => {
  const five = JSON.stringify(Array.from({ length: 5 }, () => ({ id: 1.5 })));

  test("the first two of five, and 3 more", () => {
    expect(problems("json", five, { maxProblems: 2 }, listOf(Order))).toEqual({ problems: ["invalid-integer [0].id 1:8", "invalid-integer [1].id 1:19"], more: 3 });
  });

  test("what ends the text past the limit is counted too", () => {
    expect(problems("json", five.slice(0, -1), { maxProblems: 5 }, listOf(Order))).toEqual({
      problems: ["invalid-integer [0].id 1:8", "invalid-integer [1].id 1:19", "invalid-integer [2].id 1:30", "invalid-integer [3].id 1:41", "invalid-integer [4].id 1:52"],
      more: 1,
    });
  });

  test(`the default is ${DEFAULT_MAX_PROBLEMS}`, () => {
    const many = JSON.stringify(Array.from({ length: 60 }, () => ({ id: 1.5 })));
    expect(problems("json", many, {}, listOf(Order))).toMatchObject({ more: 10 });
    expect(DEFAULT_MAX_PROBLEMS).toBe(50);
  });

  test.each([[0], [-1], [1.5], ["2"]])("maxProblems %s is a TypeError", (maxProblems) => {
    expect(() => json.check(Order, "{}", { maxProblems: maxProblems as number })).toThrow(TypeError);
  });
});

describe("a valid text: its value, exactly as decode gives it", () => {
  test.each(Object.entries(CODECS))("%s", (format, codec) => {
    const schema = format === "csv" || format === "jsonl" ? listOf(Order) : Order;
    const value = format === "csv" || format === "jsonl" ? [{ id: 1, state: "Closed" }] : { id: 1, state: "Closed", lines: [{ qty: 2 }] };
    const text = codec.encode(schema as never, value as never);
    expect(codec.check(schema as never, text)).toEqual({ value: codec.decode(schema as never, text) });
  });
});

describe("codecFor(format).check: the same for any format, CSV once loaded", () => {
  test.each(Object.keys(CODECS) as Format[])("%s", (format) => {
    const schema = format === "csv" || format === "jsonl" ? listOf(Order) : Order;
    const text = CODECS[format].encode(schema as never, (format === "csv" || format === "jsonl" ? [{ id: 1 }] : { id: 1 }) as never);
    const bad = text.replace("1", "1.5");
    expect(codecFor(format).check(schema, text)).toEqual(CODECS[format].check(schema, text));
    expect(codecFor(format).check(schema, bad)).toEqual(CODECS[format].check(schema, bad));
    expect(codecFor(format).check(schema, bad).issues?.[0]?.code).toBe("invalid-integer");
  });

  test("UTF-8 bytes are read as text", () => {
    expect(json.check(Order, new TextEncoder().encode('{"id": 1.5}') as never).issues?.map((e) => e.code)).toEqual(["invalid-integer"]);
  });

  test("an option no decoder has is a TypeError", () => {
    expect(() => json.check(Order, "{}", { delimiter: ";" } as never)).toThrow(TypeError);
  });
});
