import { describe, expect, test } from "vitest";
import { validate } from "../../src/cli/validate.js";
import { SessionInfo } from "../../src/index.js";
import { folderWith } from "./support.js";

// A file streamed (CSV row by row, a JSON or JSV list element by element) is judged as the
// same file read whole: the same problem, at the same place. `streamAbove: 0` streams every
// CSV and list, however small.

async function problemsOf(name: string, content: string | Uint8Array, streamAbove: number) {
  const cwd = folderWith({ [name]: content });
  const report = await validate([name], cwd, { type: SessionInfo, expectInvalid: false, streamAbove });
  return report.files[0]!.problems.map(({ code, path, line, column }) => ({ code, path, line, column }));
}

const pretty = "[\n\t{\n\t\tdialState: Active,\n\t\tmembers: \n\t\t[\n\t\t\t{\n\t\t\t\trole: Agent\n\t\t\t}\n\t\t]\n\t},\n\t{\n\t\tended: True\n\t}\n]";

describe("streamed and whole, the same verdict", () => {
  test.each([
    ["a JSON list", "l.json", '[{"ended":true},\n {"dialState":"Active"}]'],
    ["a JSON list with a bad element", "l.json", '[{"ended":true},\n {"dialState":"Nope"}]'],
    ["an empty JSON list", "l.json", " [ ] "],
    ["a JSON list of one bad value", "l.json", "[1]"],
    ["brackets and quotes inside JSON strings", "l.json", '[{"accountName":"a]b,\\"c[{"},{"accountName":"}"}]'],
    ["a trailing comma in JSON", "l.json", "[{},]"],
    ["two commas in JSON", "l.json", "[{},,{}]"],
    ["a leading comma in JSON", "l.json", "[,{}]"],
    ["text after a JSON list", "l.json", "[{}] x"],
    ["a JSON list cut short", "l.json", '[{},{"ended":tr'],
    ["a JSON list cut inside a string", "l.json", '[{"accountName":"abc'],
    ["a JSON list behind a byte-order mark", "l.json", '\ufeff[{"dialState":"Nope"}]'],
    ["a compact JSV list", "l.jsv", "[{ended:True},{dialState:Active,accountName:\"a,]b\"}]"],
    ["a compact JSV list with a bad element", "l.jsv", "[{ended:True},{ended:maybe}]"],
    ["a pretty JSV list", "l.jsv", pretty],
    ["a pretty JSV list with a bad element", "l.jsv", pretty.replace("role: Agent", "role: Boss")],
    ["a trailing comma in JSV", "l.jsv", "[{},]"],
    ["a JSV list cut short", "l.jsv", "[{ended:True},{ended:"],
    ["a CSV table", "t.csv", "Ended,AccountName\r\nTrue,a\r\nFalse,\"b,\r\nc\"\r\n"],
    ["a CSV table with a bad cell", "t.csv", "Ended,AccountName\r\nTrue,a\r\nmaybe,b\r\n"],
    ["a CSV table behind a byte-order mark, bad in its header", "t.csv", "\ufeffEnded,Nickname\r\nTrue,a\r\n"],
    ["a CSV table with an unclosed quote", "t.csv", 'Ended,AccountName\r\nTrue,"a\r\n'],
    ["a CSV table with four bad cells in three rows: every one", "t.csv", "Ended,DialState\r\nmaybe,Active\r\nTrue,Nope\r\nyes,Dialing\r\n"],
    ["a CSV table with a bad cell, then an unclosed quote", "t.csv", 'Ended,AccountName\r\nmaybe,a\r\nTrue,"b\r\n'],
    ["a CSV table with a bad cell, then a row of the wrong width", "t.csv", "Ended,AccountName\r\nmaybe,a\r\nTrue,b,c\r\n"],
  ])("%s", async (_, name, content) => {
    const whole = await problemsOf(name, content, Infinity);
    expect(await problemsOf(name, content, 0)).toEqual(whole);
  });
});

describe("what is particular to streaming", () => {
  test("bytes that are not UTF-8 are placed in the file", async () => {
    const content = Buffer.concat([Buffer.from('[{"ended":true},\n{"accountName":"Caf'), Buffer.from([0xe9]), Buffer.from('"}]')]);
    expect(await problemsOf("l.json", content, 0)).toEqual([{ code: "encoding", path: "", line: 2, column: 20 }]);
    expect(await problemsOf("t.csv", Buffer.concat([Buffer.from("AccountName\r\nx\r\nCaf"), Buffer.from([0xe9]), Buffer.from("\r\n")]), 0)).toEqual([
      { code: "encoding", path: "", line: 3, column: 4 },
    ]);
  });

  test("a UTF-16 list is streamed too", async () => {
    const content = Buffer.from('\ufeff[{"ended":true},{"dialState":"Nope"}]', "utf16le");
    expect(await problemsOf("l.json", content, 0)).toEqual([{ code: "invalid-enum", path: "[1].dialState", line: 1, column: 31 }]);
  });

  test("an element longer than --max-length is too long; its neighbours are not", async () => {
    const cwd = folderWith({ "l.json": `[{},{"accountName":"${"x".repeat(200)}"},{}]` });
    const report = await validate(["l.json"], cwd, { type: SessionInfo, expectInvalid: false, streamAbove: 0, maxLength: 100 });
    expect(report.files[0]!.problems).toEqual([expect.objectContaining({ code: "input-too-long", line: 1, column: 5 })]);
  });

  test("siblings too big to keep are compared element by element, and a difference placed", async () => {
    const cwd = folderWith({
      "s.json": '[{"accountName":"a"},\n{"accountName":"b"}]',
      "s.jsv": "[{accountName:a},\n{accountName:c}]",
      "s.table.csv": "AccountName\r\na\r\nd\r\n",
    });
    const report = await validate(["."], cwd, { type: SessionInfo, expectInvalid: false, streamAbove: 0 });
    const problems = report.files.flatMap((file) => file.problems.map(({ code, path, line, column }) => ({ file: file.file, code, path, line, column })));
    expect(problems).toEqual([
      { file: "s.jsv", code: "mismatch", path: "[1].accountName", line: 2, column: 2 },
      { file: "s.table.csv", code: "mismatch", path: "[1].accountName", line: 3, column: 1 },
    ]);
  });

  test("a list of different length differs at the first missing element", async () => {
    const cwd = folderWith({ "s.json": "[{},{}]", "s.jsv": "[{}]" });
    const report = await validate(["."], cwd, { type: SessionInfo, expectInvalid: false, streamAbove: 0 });
    expect(report.files[1]!.problems).toEqual([expect.objectContaining({ code: "mismatch", path: "[1]" })]);
  });
});
