import { describe, expect, test } from "vitest";
import { cli, folderWith, SRC_INDEX } from "./support.js";

// `.http` recordings whose body is not a plain 2xx body (issue 14, item 6).

async function problemsOf(text: string) {
  const outcome = await cli(["validate", "--format", "json", "r.http"], { cwd: folderWith({ "r.http": text }) });
  return { code: outcome.code, problems: JSON.parse(outcome.stdout).files[0].problems };
}

const ERROR_BODY = '{"responseStatus":{"errorCode":"NotFound","message":"no such session"}}';

describe("a recording of an error response is ServiceStack's error body (issue 16, part 1)", () => {
  const exchange = (statusLine: string, body: string, contentType = "application/json") =>
    `GET /sessions/1 HTTP/1.1\nAccept: application/json\n\n${statusLine}\nContent-Type: ${contentType}\n\n${body}`;

  test.each([
    ["HTTP/1.1 400 Bad Request", "400 Bad Request: NotFound: no such session"],
    ["HTTP/1.1 404 Not Found", "404 Not Found: NotFound: no such session"],
    ["HTTP/1.1 500 Internal Server Error", "500 Internal Server Error: NotFound: no such session"],
    ["HTTP/1.1 302 Found", "302 Found: NotFound: no such session"],
  ])("%s with a well-formed ErrorResponse is valid, and reported as the error it records", async (statusLine, note) => {
    const cwd = folderWith({ "r.http": exchange(statusLine, ERROR_BODY) });
    const json = await cli(["validate", "--format", "json", "r.http"], { cwd });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).files[0]).toMatchObject({ valid: true, type: "ErrorResponse", note, problems: [] });
    const text = await cli(["validate", "r.http"], { cwd });
    expect(text.stdout).toContain(`r.http  note  ${note}`);
  });

  test("field errors of a validation failure are part of the envelope", async () => {
    const body = '{"responseStatus":{"errorCode":"NotEmpty","message":"Name must not be empty","errors":[{"errorCode":"NotEmpty","fieldName":"Name","message":"must not be empty"}]}}';
    expect((await problemsOf(exchange("HTTP/1.1 400 Bad Request", body))).code).toBe(0);
  });

  test("a malformed error body is a problem at its place in the file, read as ErrorResponse", async () => {
    const { code, problems } = await problemsOf(exchange("HTTP/1.1 404 Not Found", '{"responseStatus":{"errorCode":"NotFound","mesage":"typo"}}'));
    expect(code).toBe(1);
    expect(problems).toEqual([expect.objectContaining({ code: "unknown-member", path: "responseStatus.mesage", line: 7, column: 43, message: expect.stringContaining("read as ErrorResponse") })]);
  });

  test("a JSV error body is read in its own format", async () => {
    const body = "{responseStatus:{errorCode:NotFound,message:no such session}}";
    expect((await problemsOf(exchange("HTTP/1.1 404 Not Found", body, "text/jsv"))).code).toBe(0);
  });

  test.each([
    ["no body at all", "", "no body"],
    ["a body without a responseStatus", "{}", "holds no responseStatus"],
  ])("an error response with %s is an http-status problem", async (_, body, message) => {
    const { code, problems } = await problemsOf(exchange("HTTP/1.1 500 Internal Server Error", body));
    expect(code).toBe(1);
    expect(problems).toEqual([expect.objectContaining({ code: "http-status", message: expect.stringContaining(message) })]);
  });

  test("a body that is the success DTO, under an error status, is reported: it is not an error body", async () => {
    const { problems } = await problemsOf(exchange("HTTP/1.1 404 Not Found", '{"ended":true}'));
    expect(problems).toEqual([expect.objectContaining({ code: "unknown-member", path: "ended" })]);
  });

  test("a type with a responseStatus member of its own reads the error body as itself, as ServiceStack answers with it", async () => {
    const cwd = folderWith({
      "dtos.mjs": `import { object, string, list } from ${JSON.stringify(SRC_INDEX)};
        const ResponseStatus = object("ResponseStatus", { errorCode: string(), message: string() });
        export const QueryResponse = object("QueryResponse", { results: list(string()), responseStatus: ResponseStatus });`,
      "r.http": exchange("HTTP/1.1 400 Bad Request", '{"results":[],"responseStatus":{"errorCode":"Invalid","message":"bad query"}}'),
    });
    const json = JSON.parse((await cli(["validate", "--schema", "./dtos.mjs#QueryResponse", "--format", "json", "r.http"], { cwd })).stdout);
    expect(json.files[0]).toMatchObject({ valid: true, type: "QueryResponse", note: "400 Bad Request: Invalid: bad query" });
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
