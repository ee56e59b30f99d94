import { describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { DecodeError, json, listOf, SessionInfo, type Schema } from "../../src/index.js";
import { decodeError } from "../support/errors.js";

// CSV counts nesting as every format does (issue 17, item 14): the table is the first level, a
// list's row the second, and a cell's JSV goes on from there; a depth error has the path JSON
// gives for the same value, and its message names the limit the caller set.

const Sessions = listOf(SessionInfo);
const session = { members: [{ applicationData: { k: "v" } }] };

/** The same value as a CSV table and as JSON, for a list of sessions and for one. */
const FORMS: readonly (readonly [string, Schema, unknown])[] = [
  ["a list table: list 1, session 2, members 3, member 4, applicationData 5", Sessions, [session]],
  ["a single object's table: session 1, members 2, member 3, applicationData 4", SessionInfo, session],
];

async function streamError(schema: Schema, text: string, maxDepth: number): Promise<DecodeError> {
  try {
    for await (const _ of csv.decodeStream(schema as never, [text], { maxDepth })) void _;
  } catch (error) {
    expect(error).toBeInstanceOf(DecodeError);
    return error as DecodeError;
  }
  return expect.unreachable("the stream read every row");
}

describe.each(FORMS)("%s", (_, schema, value) => {
  const table = csv.encode(schema as never, value as never);
  const text = json.encode(schema, value as never);
  const deepest = schema === Sessions ? 5 : 4;

  test.each([0, 1, 2, 3, 4].filter((maxDepth) => maxDepth < deepest))(
    "maxDepth %i: depth-limit at the path JSON gives, naming the caller's limit",
    async (maxDepth) => {
      const expected = decodeError(json, schema, text, { maxDepth });
      const error = decodeError(csv, schema, table, { maxDepth });
      expect({ code: error.code, path: error.path, detail: error.detail }).toEqual({
        code: "depth-limit",
        path: expected.path,
        detail: `nesting deeper than ${maxDepth} levels`,
      });
      if (schema === Sessions) {
        const streamed = await streamError(schema, table, maxDepth);
        expect({ code: streamed.code, path: streamed.path, detail: streamed.detail }).toEqual({ code: error.code, path: error.path, detail: error.detail });
      }
    },
  );

  test("at its own depth it reads, as in JSON", () => {
    expect(csv.decode(schema as never, table, { maxDepth: deepest })).toEqual(json.decode(schema, text, { maxDepth: deepest }));
  });
});
