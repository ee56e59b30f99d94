import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, test } from "vitest";

// Every export of every entry point carries a JSDoc comment, which is what reaches users' editors:
// enumerated with the TypeScript compiler, as a declaration bundle would list them.

const root = fileURLToPath(new URL("..", import.meta.url));
const ENTRIES = ["src/index.ts", "src/csv/index.ts", "src/http/index.ts", "src/testing/index.ts"];

const program = ts.createProgram(
  ENTRIES.map((entry) => root + entry),
  { strict: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, noEmit: true },
);
const checker = program.getTypeChecker();

/** Each export of an entry, with whether each of its declarations has a JSDoc comment. */
function exportsOf(entry: string): { name: string; documented: boolean }[] {
  const source = program.getSourceFile(root + entry)!;
  const module = checker.getSymbolAtLocation(source)!;
  return checker.getExportsOfModule(module).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declarations = symbol.declarations ?? [];
    return { name: exported.name, documented: declarations.length > 0 && declarations.every(hasJsDoc) };
  });
}

/** A declaration with a JSDoc comment that says something (a variable's is on its statement). */
function hasJsDoc(declaration: ts.Declaration): boolean {
  return ts.getJSDocCommentsAndTags(declaration).some((doc) => ts.isJSDoc(doc) && ts.getTextOfJSDocComment(doc.comment)?.trim());
}

describe.each(ENTRIES)("%s", (entry) => {
  const exported = exportsOf(entry);

  test("exports something", () => {
    expect(exported.length).toBeGreaterThan(0);
  });

  test("documents every export (each declaration of a name that is both a value and a type)", () => {
    expect(exported.filter((e) => !e.documented).map((e) => e.name)).toEqual([]);
  });
});
