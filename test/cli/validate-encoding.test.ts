import { describe, expect, test } from "vitest";
import { cli, folderWith } from "./support.js";

// Files are decoded strictly (issue 14, item 5): bytes that are not UTF-8 are a problem at
// their offset, a UTF-16 file (with its byte-order mark) is read as UTF-16, and a binary file
// is reported as binary.

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part, "utf8") : Buffer.from(part))));
const utf16 = (text: string, endian: "le" | "be") => {
  const le = Buffer.from("\ufeff" + text, "utf16le");
  return endian === "le" ? le : Buffer.from(le).swap16();
};

async function problemsOf(name: string, content: Uint8Array) {
  const outcome = await cli(["validate", "--format", "json", name], { cwd: folderWith({ [name]: content }) });
  return { code: outcome.code, problems: JSON.parse(outcome.stdout).files[0].problems };
}

describe("bytes that are not UTF-8", () => {
  test.each([
    ["a Latin-1 é", bytes('{"accountName":"Caf', [0xe9], '"}'), 1, 20, "byte 19", "0xE9"],
    ["a lone continuation byte on line 2", bytes('{"dialState":"None",\n"accountName":"', [0x80], '"}'), 2, 16, "byte 36", "0x80"],
    ["an overlong encoding of /", bytes('{"accountName":"', [0xc0, 0xaf], '"}'), 1, 17, "byte 16", "0xC0"],
    ["a UTF-16 surrogate encoded as UTF-8", bytes('{"accountName":"', [0xed, 0xa0, 0x80], '"}'), 1, 17, "byte 16", "0xED"],
    ["a sequence cut off at the end", bytes('{"accountName":"x"}', [0xe2, 0x82]), 1, 20, "byte 19", "0xE2"],
  ])("%s is a problem at its byte offset", async (_, content, line, column, offset, shown) => {
    const { code, problems } = await problemsOf("bad.json", content);
    expect(code).toBe(1);
    expect(problems).toEqual([expect.objectContaining({ code: "encoding", line, column, message: expect.stringMatching(new RegExp(`${offset}.*${shown}|${shown}.*${offset}`)) })]);
  });

  test.each([["json"], ["jsv"], ["csv"]])("in a .%s file", async (format) => {
    const content = format === "csv" ? bytes("AccountName\r\nCaf", [0xe9], "\r\n") : bytes(format === "json" ? '{"accountName":"Caf' : "{accountName:Caf", [0xe9], format === "json" ? '"}' : "}");
    expect((await problemsOf(`bad.${format}`, content)).problems[0].code).toBe("encoding");
  });

  test("convert refuses them too, and never writes U+FFFD", async () => {
    const cwd = folderWith({ "bad.json": bytes('{"accountName":"Caf', [0xe9], '"}') });
    const outcome = await cli(["convert", "bad.json", "--to", "jsv"], { cwd });
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toBe("");
    expect(outcome.stderr).toContain("not valid UTF-8");
  });
});

describe("UTF-16 and byte-order marks", () => {
  test.each([
    ["UTF-16LE", utf16('{"accountName":"Café"}', "le")],
    ["UTF-16BE", utf16('{"accountName":"Café"}', "be")],
    ["UTF-8 with a byte-order mark", bytes([0xef, 0xbb, 0xbf], '{"accountName":"Café"}')],
  ])("%s is read as such", async (_, content) => {
    const cwd = folderWith({ "s.json": content, "s.jsv": "{accountName:Café}" });
    expect((await cli(["validate", "."], { cwd })).code).toBe(0);
  });

  test("a UTF-16 file with an unpaired surrogate is a problem", async () => {
    const content = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"a":"', "utf16le"), Buffer.from([0x00, 0xd8]), Buffer.from('"}', "utf16le")]);
    const { problems } = await problemsOf("bad.json", content);
    expect(problems[0]).toMatchObject({ code: "encoding", message: expect.stringContaining("UTF-16") });
  });
});

describe("binary files", () => {
  test("an ELF header is reported as binary, not as an unknown member", async () => {
    const elf = bytes([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x00, 0x3e, 0x00]);
    const { code, problems } = await problemsOf("program.json", elf);
    expect(code).toBe(1);
    expect(problems).toEqual([expect.objectContaining({ code: "binary", line: 1, column: 1, message: expect.stringContaining("binary") })]);
  });

  test("a UTF-16 file without a byte-order mark looks binary, and the message says why", async () => {
    const { problems } = await problemsOf("s.json", Buffer.from('{"a":1}', "utf16le"));
    expect(problems[0]).toMatchObject({ code: "binary", message: expect.stringContaining("UTF-16 without a byte-order mark") });
  });
});
