import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, expect, test } from "vitest";
import { generateModule } from "../../src/generate/index.js";
import { metadataFixture, root, scratchFolder } from "./support.js";

// The generated modules type-check under `tsc --strict`, and their types say what decoding gives
// and what encoding takes: a consumer file uses them, with `@ts-expect-error` where a mistake must
// not compile (tsc fails on an expectation that is not met).

const scratch = scratchFolder();
afterAll(scratch.remove);

const CONSUMER = `
import { json, jsv, type Infer, type Input } from "EVO";
import { SessionInfo, ListResponse, Operations, PatchSession, SessionCallState } from "./sessions.js";
import { Numbers, Value, TreeNode, Pair, Person, Appointment, Counts, Loose, Ledger, Permissions, type ValueInput, type TreeNodeInput, type LooseInput } from "./every.js";

const session: SessionInfo = json.decode(SessionInfo, "{}");
const state: "None" | "Active" = session.dialState;
const name: string | undefined = session.members?.[0]?.displayName;
const page = json.decode(ListResponse(SessionInfo), "{}");
const firstAccount: string | undefined = page.items?.[0]?.accountId;
const total: number = page.totalCount;
const patch: Infer<typeof PatchSession> = json.decode(PatchSession, "{}");
const callState: SessionCallState | undefined = patch.callState;
json.encode(PatchSession, { sessionId: "s", callState: "Hold" });
// @ts-expect-error: not a member of the enum
json.encode(PatchSession, { callState: "Dialing" });
// @ts-expect-error: not a member of the DTO
json.encode(SessionInfo, { nope: 1 });
const response: typeof SessionInfo = Operations.GetSession.response;

const numbers = json.decode(Numbers, "{}");
const long: bigint = numbers.long;
const bytes: Uint8Array | undefined = numbers.data;
const maybe: number | undefined = numbers.maybeInt;
json.encode(Numbers, { long: 5, uLong: 7n, maybeInt: null });
const value: Value = json.decode(Value, "{}");
const nested: number | undefined = value.structValue?.["k"]?.listValue?.[0]?.["j"]?.numberValue;
const input: ValueInput = { structValue: { k: { boolValue: true } } };
jsv.encode(Value, input);
const tree: TreeNode = json.decode(TreeNode, "{}");
const depth: number = tree.children?.[0]?.depth ?? tree.depth;
const child: TreeNode | undefined = tree.page?.items?.[0];
const treeInput: TreeNodeInput = { children: [{ name: "a" }], page: { items: [{ depth: 1 }] } };
json.encode(TreeNode, treeInput);
const pair = json.decode(Pair(Person, Numbers), "{}");
const second: bigint | undefined = pair.second?.long;
const both: Record<string, Infer<typeof Numbers>> | undefined = pair.both;
// @ts-expect-error: a member of Person is a string
json.encode(Pair(Person, Numbers), { first: { name: 5 } });

const appointment: Appointment = json.decode(Appointment, "{}");
const start: string = appointment.start;
const maybeEnd: string | undefined = appointment.maybeEnd;
const price: string = appointment.price;
const status: "in progress" | "Done" = appointment.status;
const priority: "Low" | "High" | number = appointment.priority;
const permissions: number = appointment.permissions | Permissions.Write;
json.encode(Appointment, { price: 0.5, maybePrice: "1.10", status: "Done", permissions: Permissions.Read | Permissions.Execute });
// @ts-expect-error: a DateTime is held as its text, not a Date
json.encode(Appointment, { start: new Date() });
// @ts-expect-error: the spelling, not the C# name, is the value
json.encode(Appointment, { status: "InProgress" });
const counts = json.decode(Counts, "{}");
const byDay: Map<number, number> | undefined = counts.byDay;
const byColor: Map<"Red" | "Green" | "Blue", bigint> | undefined = counts.byColor;
json.encode(Counts, { byId: new Map([["0f8fad5b-d9cb-469f-a165-70867728950e", "x"]]) });
const ledger: Map<number, string> = json.decode(Ledger, "{}");
const loose: Loose = json.decode(Loose, "{}");
const anything: unknown = loose.children?.[0]?.anything;
const looseInput: LooseInput = { anything: { a: [1, "b", null] }, bag: { n: 1n }, children: [{ items: [true] }] };
json.encode(Loose, looseInput);

export const used = [state, name, firstAccount, total, callState, response, long, bytes, maybe, nested, depth, child, second, both];
export const usedToo = [start, maybeEnd, price, status, priority, permissions, byDay, byColor, ledger, anything];
`;

test("the generated modules type-check under tsc --strict, and type what they decode and encode", () => {
  const evo = relative(scratch.dir, join(root, "src", "index.js")).replaceAll("\\", "/");
  for (const [file, fixture] of [
    ["sessions.ts", "sessions.metadata.json"],
    ["every.ts", "every-construct.metadata.json"],
  ] as const) {
    writeFileSync(join(scratch.dir, file), generateModule(metadataFixture(fixture), { importFrom: evo }).code);
  }
  writeFileSync(join(scratch.dir, "consumer.ts"), CONSUMER.replace("EVO", evo));
  const config = {
    compilerOptions: {
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: false,
      target: "ES2022",
      module: "ESNext",
      moduleResolution: "Bundler",
      verbatimModuleSyntax: true,
      isolatedModules: true,
      skipLibCheck: true,
      noEmit: true,
      resolveJsonModule: true,
      lib: ["ES2022", "DOM"],
      types: [],
    },
    files: ["sessions.ts", "every.ts", "consumer.ts"],
  };
  writeFileSync(join(scratch.dir, "tsconfig.json"), JSON.stringify(config));
  let output = "";
  try {
    execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", scratch.dir], { encoding: "utf8", timeout: 120_000 });
  } catch (error) {
    output = (error as { stdout?: string }).stdout ?? String(error);
  }
  expect(output).toBe("");
});
