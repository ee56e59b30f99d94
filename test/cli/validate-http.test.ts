import { describe, expect, test } from "vitest";
import { cli, folderWith } from "./support.js";

// `.http` recordings whose body is not a plain 2xx body (issue 14, item 6).

async function problemsOf(text: string) {
  const outcome = await cli(["validate", "--format", "json", "r.http"], { cwd: folderWith({ "r.http": text }) });
  return { code: outcome.code, problems: JSON.parse(outcome.stdout).files[0].problems };
}

const ERROR_BODY = '{"responseStatus":{"errorCode":"NotFound","message":"no such session"}}';

describe("a recording of an error response", () => {
  test.each([
    ["HTTP/1.1 400 Bad Request", 400],
    ["HTTP/1.1 404 Not Found", 404],
    ["HTTP/1.1 500 Internal Server Error", 500],
    ["HTTP/1.1 302 Found", 302],
  ])("%s is reported by its status, not read as the DTO", async (statusLine, status) => {
    const { code, problems } = await problemsOf(`GET /sessions/1 HTTP/1.1\nAccept: application/json\n\n${statusLine}\nContent-Type: application/json\n\n${ERROR_BODY}`);
    expect(code).toBe(1);
    expect(problems).toEqual([expect.objectContaining({ code: "http-status", line: 4, column: 1, message: expect.stringContaining(`status ${status}`) })]);
  });

  test.each([["HTTP/1.1 200 OK"], ["HTTP/1.1 201 Created"], ["HTTP/1.1 203 Non-Authoritative Information"]])("%s is read as the DTO", async (statusLine) => {
    expect((await problemsOf(`${statusLine}\nContent-Type: application/json\n\n{"ended":true}`)).code).toBe(0);
  });
});

describe("Transfer-Encoding: chunked", () => {
  const chunked = (body: string) => `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${body}`;

  test("the body is de-chunked before it is decoded", async () => {
    expect((await problemsOf(chunked('7\r\n{"ended\r\n7\r\n":true}\r\n0\r\n\r\n'))).code).toBe(0);
  });

  test("chunk sizes count bytes, not characters, and may carry extensions", async () => {
    expect((await problemsOf(chunked('17;name=x\r\n{"accountName":"Café"}\r\n0\r\n\r\n'))).code).toBe(0);
  });

  test("an error in a later chunk is placed in the file", async () => {
    const { problems } = await problemsOf(chunked('7\r\n{"ended\r\n7\r\n":maybe\r\n0\r\n\r\n'));
    expect(problems[0]).toMatchObject({ code: "syntax", line: 8, column: 3 });
  });

  test.each([
    ["a size that is not hexadecimal", "zz\r\n{}\r\n0\r\n\r\n", 5, 1],
    ["a chunk longer than the text", "ff\r\n{}\r\n", 5, 1],
    ["no last chunk", "2\r\n{}\r\n", 7, 1],
  ])("a malformed chunked body is reported as such: %s", async (_, body, line, column) => {
    const { code, problems } = await problemsOf(chunked(body));
    expect(code).toBe(1);
    expect(problems).toEqual([expect.objectContaining({ code: "http", line, column, message: expect.stringContaining("chunked") })]);
  });
});
