import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, test } from "vitest";

// What a user's editor shows, asked of the TypeScript language service as an editor asks it
// (quick info at a position): decoded values are named after their DTO, and each member keeps
// the JSDoc written on its description, through `Infer` (and a base class, and a user's own DTO).

const here = fileURLToPath(new URL(".", import.meta.url));
const file = `${here}editor-fixture.ts`;

/** An imagined user's module; `/*@name*\/` marks where the editor asks. */
const FIXTURE = `
import { checkValue, json, object, string, int, type Input, SessionInfo, listOf } from "../../src/index.js";

const /*@session*/session = json.decode(SessionInfo, "{}");
session./*@dialState*/dialState;
session./*@id*/id;
session.members?.[0]?./*@role*/role;
const /*@sessions*/sessions = json.decode(listOf(SessionInfo), "[]");
const /*@checked*/checked = checkValue(SessionInfo, {}).value;

const Ticket = object("Ticket", {
  /** What the ticket is about. */
  title: string(),
  /** How urgent, from 1 to 5. */
  priority: int(),
});
const ticket = json.decode(Ticket, "{}");
ticket./*@title*/title;
ticket./*@priority*/priority;

declare const input: Input<typeof SessionInfo>;
input./*@inputMember*/accountName;
`;

const host: ts.LanguageServiceHost = {
  getScriptFileNames: () => [file],
  getScriptVersion: () => "1",
  getScriptSnapshot: (name) => {
    if (name === file) return ts.ScriptSnapshot.fromString(FIXTURE);
    const text = ts.sys.readFile(name);
    return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
  },
  getCurrentDirectory: () => here,
  getCompilationSettings: () => ({ strict: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022 }),
  getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
  fileExists: (name) => name === file || ts.sys.fileExists(name),
  readFile: (name) => (name === file ? FIXTURE : ts.sys.readFile(name)),
};
const service = ts.createLanguageService(host);

/** The quick info at a marker: its first line (the signature) and its documentation. */
function hover(marker: string): { shows: string; doc: string } {
  const at = FIXTURE.indexOf(`/*@${marker}*/`) + `/*@${marker}*/`.length;
  const info = service.getQuickInfoAtPosition(file, at)!;
  return { shows: ts.displayPartsToString(info.displayParts).split("\n")[0]!, doc: ts.displayPartsToString(info.documentation) };
}

describe("hovering in an editor", () => {
  test("the fixture type-checks", () => {
    const problems = [...service.getSyntacticDiagnostics(file), ...service.getSemanticDiagnostics(file)];
    expect(problems.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
  });

  test.each([
    ["a decoded SessionInfo shows its name", "session", "const session: SessionInfo"],
    ["a decoded list shows the name of its items", "sessions", "const sessions: SessionInfo[]"],
    ["checkValue's value too", "checked", "const checked: SessionInfo | undefined"],
  ])("%s", (_, marker, shows) => {
    expect(hover(marker).shows).toBe(shows);
  });

  test.each([
    ["a DTO member shows the API page's description", "dialState", '(property) dialState: "None" | "Active"', "The state of the session"],
    ["a member of the base class too", "id", "(property) id?: string | undefined", "The ID of the object"],
    ["a nested member (undescribed on the API page)", "role", '(property) role: "None" | "Caller" | "Agent" | "Transfer" | undefined', ""],
    ["a user's own description keeps its JSDoc", "title", "(property) title?: string | undefined", "What the ticket is about."],
    ["…on a value-type member too", "priority", "(property) priority: number", "How urgent, from 1 to 5."],
    ["what an encoder takes keeps it as well", "inputMember", "(property) accountName?: string | null | undefined", "The name of the account associated with the session"],
  ])("%s", (_, marker, shows, doc) => {
    expect(hover(marker)).toEqual({ shows, doc });
  });
});
