import { expect } from "vitest";
import { DecodeError, json, type DecodeErrorCode, type JsonDecodeOptions, type Schema } from "../../src/index.js";

/** Table rows keyed by their sentence, for `test.each(...)("%s", (_, row) => ...)`: names print unquoted and whole. */
export function named<R extends { name: string }>(rows: readonly R[]): (readonly [string, R])[] {
  return rows.map((row) => [row.name, row] as const);
}

/** Error rows keyed by a sentence that says the whole outcome: `a null root: null-value at the root, 1:1`. */
export function namedErrors<R extends { name: string; code: string; path: string; at?: string }>(
  rows: readonly R[],
): (readonly [string, R])[] {
  return rows.map((row) => [`${row.name}: ${row.code} at ${row.path === "" ? "the root" : row.path}${row.at ? `, ${row.at}` : ""}`, row] as const);
}

/** What a decode error says, in the shape the tables use: code, path and `line:column`. */
export interface Where {
  code: DecodeErrorCode;
  path: string;
  at: string;
}

/** Decodes text that must fail, insisting that the failure is a `DecodeError` and nothing else. */
export function decodeError(schema: Schema, text: string, options?: JsonDecodeOptions): DecodeError {
  try {
    json.decode(schema, text, options);
  } catch (error) {
    expect(error).toBeInstanceOf(DecodeError);
    expect((error as DecodeError).format).toBe("json");
    return error as DecodeError;
  }
  return expect.unreachable(`decoded ${JSON.stringify(text.slice(0, 60))}`);
}

export function where(error: DecodeError): Where {
  return { code: error.code, path: error.path, at: `${error.line}:${error.column}` };
}

/** The enums and bools of a `SessionInfo` decoded from `{}`. */
export const SESSION_DEFAULTS = {
  dialState: "None",
  callState: "Disconnected",
  queueState: "None",
  channel: "Voice",
  ended: false,
  holdReason: "None",
  direction: "Incoming",
  wasMissed: false,
} as const;

/** The enums and bools of a `SessionMemberInfo` decoded from `{}`. */
export const MEMBER_DEFAULTS = { isOriginalMember: false, callState: "None", role: "None", muted: false } as const;
