import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Operation } from "../../src/dto/operation.js";
import { readDtoFile } from "../../src/generate/dtos-reader.js";
import { generateFromDtos, metadataFromDtos } from "../../src/generate/dtos.js";
import { schemasFromMetadata } from "../../src/generate/index.js";
import { json, type ObjectSchema, type Schema } from "../../src/index.js";
import { described, generatedModule, metadataFixture, root, scratchFolder } from "./support.js";

// fixtures/generate/sessions.dtos.ts is the session operations' DTOs in the shape ServiceStack's
// TypeScript generator writes them (`npx get-dtos typescript`). They say less than the metadata:
// a `number` may be any .NET number, so it is described as double and each one is reported.

const dtos = readFileSync(join(root, "fixtures", "generate", "sessions.dtos.ts"), "utf8");
const scratch = scratchFolder();
let fromDtos: Record<string, unknown>;
let fromMetadata: Record<string, unknown>;

beforeAll(async () => {
  fromMetadata = await generatedModule(metadataFixture("sessions.metadata.json"), scratch.dir, "metadata.ts");
  const dtoMetadata = metadataFromDtos(dtos).metadata;
  fromDtos = await generatedModule(dtoMetadata, scratch.dir, "dtos.ts");
});
afterAll(scratch.remove);

describe("descriptions from TypeScript DTOs", () => {
  test("report every number member they guessed, and nothing else", () => {
    expect(generateFromDtos(dtos).problems.map((p) => `${p.subject}: ${p.message}`)).toEqual([
      "ListRequest: ListRequest.page: number is described as double (it may be an int, a long or a decimal in .NET)",
      "ListRequest: ListRequest.countPerPage: number is described as double (it may be an int, a long or a decimal in .NET)",
      "ListResponse: ListResponse.totalCount: number is described as double (it may be an int, a long or a decimal in .NET)",
      "ListResponse: ListResponse.totalPages: number is described as double (it may be an int, a long or a decimal in .NET)",
      expect.stringMatching(/^the DTOs: \d+ string members are described as string: TypeScript DTOs write a DateTime, DateTimeOffset, TimeSpan, Guid, char and byte\[\] as string too/) as string,
      expect.stringContaining("DeleteChatMember: route DELETE /sessions/{sessionId}/members/{memberId}: {memberId} names no member") as string,
    ]);
  });

  test.each(["SessionInfo", "EntityInfo", "SessionMemberInfo", "PatchSession", "DeleteChatMember", "GetMySessionsResponse", "SessionQueueStates"])(
    "describe %s as the metadata does",
    (name) => {
      expect(described(fromDtos[name] as Schema)).toEqual(described(fromMetadata[name] as Schema));
    },
  );

  test("differ from the metadata's only in the numbers they guessed", () => {
    const page = (fromDtos["ListResponse"] as (item: Schema) => ObjectSchema)(fromDtos["SessionInfo"] as Schema);
    expect(page.members.map((m) => [m.key, "typeName" in m.schema ? m.schema.typeName : m.schema.kind])).toEqual([
      ["items", "list"],
      ["totalCount", "double"],
      ["totalPages", "double"],
      ["hasMorePages", "boolean"],
    ]);
  });

  test("keep the routes, verbs, responses and query members", () => {
    const mine = fromDtos["Operations"] as Record<string, Operation>;
    const theirs = fromMetadata["Operations"] as Record<string, Operation>;
    expect(Object.keys(mine)).toEqual(Object.keys(theirs));
    for (const name of Object.keys(theirs)) expect(mine[name]!.routes, name).toEqual(theirs[name]!.routes);
    expect((mine["GetSession"]!.response as ObjectSchema).typeName).toBe("SessionInfo");
  });
});

describe("what TypeScript DTOs say of the .NET types beyond numbers and strings", () => {
  const text = `
export enum Perms
{
    None = 0,
    Read = 1,
    Write = 2,
}

export enum Status
{
    InProgress = 'in progress',
    Done = 'Done',
}

export class Job
{
    public start: string;
    public perms: Perms;
    public status?: Status;
    public byDay: { [index: number]: string; };
    public anything: Object;
    public items: any[];

    public constructor(init?: Partial<Job>) { (Object as any).assign(this, init); }
}
`;
  const { metadata, guesses } = metadataFromDtos(text);
  const types = schemasFromMetadata(metadata).types;

  test("an enum written as numbers is a flags(), one with string values keeps them as [EnumMember] spellings", () => {
    expect(described(types["Perms"]!)).toEqual({ kind: "flags", typeName: "Perms", names: ["None", "Read", "Write"], numbers: [0, 1, 2] });
    expect(described(types["Status"]!)).toMatchObject({ kind: "enum", values: ["in progress", "Done"], names: ["InProgress", "Done"] });
  });

  test("object and any are untyped values, number keys int keys, and strings stay strings", () => {
    const job = types["Job"] as ObjectSchema;
    expect(job.members.map((m) => [m.key, m.schema.kind])).toEqual([
      ["start", "string"],
      ["perms", "flags"],
      ["status", "nullable"],
      ["byDay", "dictionary"],
      ["anything", "untyped"],
      ["items", "list"],
    ]);
    expect(json.decode(job, '{"byDay":{"1":"Mon"},"anything":[1,{"a":true}]}')).toMatchObject({ byDay: new Map([[1, "Mon"]]), anything: [1, { a: true }] });
  });

  test("say what they guessed: the number keys, and the strings once", () => {
    expect(guesses.map((g) => `${g.subject}: ${g.message}`)).toEqual([
      "Job: Job.byDay: number keys are described as int (they may be another integer type or an enum written as its number in .NET)",
      expect.stringMatching(/^the DTOs: 2 string members are described as string/) as string,
    ]);
  });
});

describe("the DTO file reader", () => {
  test("finds the declarations and members the TypeScript compiler finds", () => {
    const source = ts.createSourceFile("dtos.ts", dtos, ts.ScriptTarget.ES2022, true);
    const compiler: string[] = [];
    for (const statement of source.statements) {
      if (ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement)) {
        for (const member of statement.members) {
          if (ts.isPropertyDeclaration(member) || ts.isPropertySignature(member)) {
            compiler.push(`${statement.name!.text}.${member.name.getText(source)}${member.questionToken ? "?" : ""}: ${member.type!.getText(source)}`);
          }
        }
      } else if (ts.isEnumDeclaration(statement)) {
        compiler.push(`${statement.name.text} = ${statement.members.map((m) => m.name.getText(source)).join("|")}`);
      }
    }
    const reader: string[] = [];
    for (const d of readDtoFile(dtos).declarations) {
      if (d.kind === "enum") reader.push(`${d.name} = ${d.body.map((l) => l.text.split("=")[0]!.trim()).join("|")}`);
      for (const line of d.kind === "enum" ? [] : d.body) {
        const property = /^public (\w+)(\??): (.*?)(?: = .*)?;$/.exec(line.text);
        if (property) reader.push(`${d.name}.${property[1]}${property[2]}: ${property[3]}`);
      }
    }
    expect(reader).toEqual(compiler);
    expect(reader.length).toBeGreaterThan(80);
  });
});
