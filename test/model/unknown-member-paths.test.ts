import { describe, expect, test } from "vitest";
import { csv } from "../../src/csv/index.js";
import { DecodeError, json, jsv, listOf, SessionInfo, type Schema } from "../../src/index.js";
import { Item, ListResponse, StructDto, TreeNode } from "../support/types-dtos.js";

// A strict decoder reports an unknown member at the same path in every format: the model's one
// member loop names it (spec §12.5). The same document, written in each format.

const ROWS: readonly { name: string; schema: Schema; json: string; jsv: string; csv: string; path: string }[] = [
  {
    name: "a member of the root",
    schema: Item,
    json: '{"id":1,"bogus":2}',
    jsv: "{id:1,bogus:2}",
    csv: "id,bogus\r\n1,2\r\n",
    path: "bogus",
  },
  {
    name: "a member of an object in a list",
    schema: ListResponse(Item),
    json: '{"items":[{"id":1},{"id":2,"bogus":3}]}',
    jsv: "{items:[{id:1},{id:2,bogus:3}]}",
    csv: 'Items\r\n"[{id:1},{id:2,bogus:3}]"\r\n',
    path: "items[1].bogus",
  },
  {
    name: "a member of an object in a dictionary class",
    schema: StructDto,
    json: '{"fields":{"k":{"stringValue":"x","bogus":1}}}',
    jsv: "{fields:{k:{stringValue:x,bogus:1}}}",
    csv: 'Fields\r\n"{k:{stringValue:x,bogus:1}}"\r\n',
    path: "fields.k.bogus",
  },
  {
    name: "a member with a key that needs quoting in the path",
    schema: StructDto,
    json: '{"fields":{"a b":{"listValue":[{"no such":1}]}}}',
    jsv: "{fields:{a b:{listValue:[{no such:1}]}}}",
    csv: 'Fields\r\n"{a b:{listValue:[{no such:1}]}}"\r\n',
    path: 'fields["a b"].listValue[0]["no such"]',
  },
  {
    name: "a member deep in a recursive type",
    schema: TreeNode,
    json: '{"name":"r","children":[{"name":"a","parent":{"name":"p","extra":true}}]}',
    jsv: "{name:r,children:[{name:a,parent:{name:p,extra:True}}]}",
    csv: 'Name,Children\r\nr,"[{name:a,parent:{name:p,extra:True}}]"\r\n',
    path: "children[0].parent.extra",
  },
  {
    name: "a member of an element of a list root",
    schema: listOf(Item),
    json: '[{"id":1,"nope":0}]',
    jsv: "[{id:1,nope:0}]",
    csv: "Id,nope\r\n1,0\r\n",
    path: "[0].nope",
  },
  {
    name: "a member of a SessionInfo's member",
    schema: SessionInfo,
    json: '{"members":[{"role":"Agent","bogus":1}]}',
    jsv: "{members:[{role:Agent,bogus:1}]}",
    csv: 'Members\r\n"[{role:Agent,bogus:1}]"\r\n',
    path: "members[0].bogus",
  },
];

function strictError(decode: () => unknown): DecodeError {
  try {
    decode();
  } catch (error) {
    expect(error).toBeInstanceOf(DecodeError);
    return error as DecodeError;
  }
  return expect.unreachable("decoded");
}

describe("a strict decoder names an unknown member at the same path in JSON, JSV and CSV", () => {
  test.each(ROWS.map((row) => [`${row.name}: ${row.path}`, row] as const))("%s", (_, row) => {
    const errors = [
      strictError(() => json.decode(row.schema, row.json, { strict: true })),
      strictError(() => jsv.decode(row.schema, row.jsv, { strict: true })),
      strictError(() => csv.decode(row.schema as never, row.csv, { strict: true })),
    ];
    expect(errors.map((e) => [e.format, e.code, e.path])).toEqual([
      ["json", "unknown-member", row.path],
      ["jsv", "unknown-member", row.path],
      ["csv", "unknown-member", row.path],
    ]);
    // Leniently, the unknown member is passed over in every format alike.
    expect(jsv.decode(row.schema, row.jsv)).toEqual(json.decode(row.schema, row.json));
    expect(csv.decode(row.schema as never, row.csv)).toEqual(json.decode(row.schema, row.json));
  });
});
