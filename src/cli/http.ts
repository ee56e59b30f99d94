export { formatOfContentType } from "../http/negotiate.js";

/** A recorded HTTP exchange: an optional request, then the response's status line, headers and body. */
export interface RecordedResponse {
  readonly status: number;
  /** The status line's reason phrase (`Not Found`), as recorded. */
  readonly reason: string;
  /** Where the status line starts in the file. */
  readonly statusOffset: number;
  /** Header names lower-cased. */
  readonly headers: ReadonlyMap<string, string>;
  readonly body: string;
  /** Where the body starts in the file, so errors in it point into the file. */
  readonly bodyOffset: number;
}

/** What is wrong with a recording, and where. */
export interface HttpProblem {
  readonly message: string;
  readonly offset: number;
}

const REQUEST_LINE = /^[A-Z]+ \S+ HTTP\/\d(?:\.\d)?$/;
const STATUS_LINE = /^HTTP\/\d(?:\.\d)? (\d{3})(?: (.*))?$/;

/**
 * Reads a `.http` recording: `[request line, headers, blank line]`, status line, headers, a
 * blank line, the body. The API pages print their samples without the blank lines; a header
 * block also ends where a line is not `Name: value`.
 */
export function parseRecordedResponse(text: string): RecordedResponse | HttpProblem {
  const lines = splitLines(text);
  let i = 0;
  while (i < lines.length && lines[i]!.text.trim() === "") i++;
  if (i < lines.length && REQUEST_LINE.test(lines[i]!.text.trim())) {
    i++;
    while (i < lines.length && isHeader(lines[i]!.text)) i++;
    while (i < lines.length && lines[i]!.text.trim() === "") i++;
  }
  const statusLine = lines[i];
  const status = statusLine ? STATUS_LINE.exec(statusLine.text.trim()) : null;
  if (!statusLine || !status) return { message: "expected an HTTP status line such as `HTTP/1.1 200 OK`", offset: statusLine?.start ?? text.length };
  i++;
  const headers = new Map<string, string>();
  while (i < lines.length && isHeader(lines[i]!.text)) {
    const line = lines[i]!.text;
    const colon = line.indexOf(":");
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    i++;
  }
  if (i < lines.length && lines[i]!.text === "") i++;
  const bodyOffset = i < lines.length ? lines[i]!.start : text.length;
  return { status: Number(status[1]), reason: status[2] ?? "", statusOffset: statusLine.start, headers, body: text.slice(bodyOffset), bodyOffset };
}

function isHeader(line: string): boolean {
  return /^[a-z0-9-]+:/i.test(line);
}

function splitLines(text: string): { text: string; start: number }[] {
  const lines: { text: string; start: number }[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    lines.push({ text: line.endsWith("\r") ? line.slice(0, -1) : line, start });
    start = end + 1;
  }
  return lines;
}

/** A 2xx status: the body is the DTO; any other holds ServiceStack's error body. */
export function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}
