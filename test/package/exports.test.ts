// The published package, as a consumer sees it: loaded through `import` and `require` from the
// installed tarball, and type-checked against its declarations with `--module nodenext`.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { SLOW, SLOW_ONLY } from "../support/slow.js";
import { dist, node, packed, pkg, root, run } from "./support.js";

const tsc = join(root, "node_modules", ".bin", process.platform === "win32" ? "tsc.cmd" : "tsc");

const EMPTY_SESSION_JSON =
  '{"dialState":"None","callState":"Disconnected","queueState":"None","channel":"Voice","ended":false,' +
  '"holdReason":"None","direction":"Incoming","wasMissed":false}';

describe.skipIf(!SLOW)(`the published package ${SLOW_ONLY}`, () => {
  it("loads through import() from an ES module", () => {
    const out = node(
      "esm.mjs",
      `const m = await import("evo-codec");
       console.log(JSON.stringify({
         kinds: ["SessionInfo", "json", "jsv", "DecodeError", "listOf"].map((k) => [k, typeof m[k]]),
         encoded: m.json.encode(m.SessionInfo, {}),
         jsv: typeof m.jsv.encode,
         url: import.meta.resolve("evo-codec"),
       }));`,
    ) as { kinds: [string, string][]; encoded: string; jsv: string; url: string };
    expect(out.kinds).toEqual([
      ["SessionInfo", "object"],
      ["json", "object"],
      ["jsv", "object"],
      ["DecodeError", "function"],
      ["listOf", "function"],
    ]);
    expect(out.encoded).toBe(EMPTY_SESSION_JSON);
    expect(out.jsv).toBe("function");
    // Resolved from the installed copy, to the ESM build.
    expect(out.url).toMatch(/\/node_modules\/evo-codec\/dist\/index\.js$/);
  });

  it("loads through require() from a CommonJS module", () => {
    const out = node(
      "cjs.cjs",
      `const m = require("evo-codec");
       console.log(JSON.stringify({
         kinds: ["SessionInfo", "json", "jsv", "DecodeError", "listOf"].map((k) => [k, typeof m[k]]),
         encoded: m.json.encode(m.SessionInfo, {}),
         jsv: typeof m.jsv.encode,
         path: require.resolve("evo-codec"),
       }));`,
    ) as { kinds: [string, string][]; encoded: string; jsv: string; path: string };
    expect(out.kinds).toEqual([
      ["SessionInfo", "object"],
      ["json", "object"],
      ["jsv", "object"],
      ["DecodeError", "function"],
      ["listOf", "function"],
    ]);
    expect(out.encoded).toBe(EMPTY_SESSION_JSON);
    expect(out.jsv).toBe("function");
    expect(out.path.replaceAll("\\", "/")).toMatch(/\/node_modules\/evo-codec\/dist\/index\.cjs$/);
  });

  it("throws a DecodeError that instanceof recognises, in both module systems", () => {
    const probe = `const results = [];
       for (const text of ['{"dialState":"Bogus"}', "{"]) {
         try { m.json.decode(m.SessionInfo, text); results.push(null); }
         catch (e) { results.push({ isDecodeError: e instanceof m.DecodeError, isError: e instanceof Error, name: e.name, code: e.code }); }
       }
       console.log(JSON.stringify(results));`;
    const expected = [
      { isDecodeError: true, isError: true, name: "DecodeError", code: "invalid-enum" },
      { isDecodeError: true, isError: true, name: "DecodeError", code: "unexpected-end" },
    ];
    expect(node("error.mjs", `import * as m from "evo-codec";\n${probe}`)).toEqual(expected);
    expect(node("error.cjs", `const m = require("evo-codec");\n${probe}`)).toEqual(expected);
  });

  it("exposes evo-codec/testing through import and require, with the caller's fast-check", () => {
    // Only that the subpath loads and works with the caller's fc; the codecs' own properties are
    // tested in test/properties.
    const body = `const values = fc.sample(t.arbitraryFor(fc, m.SessionInfo), { numRuns: 20, seed: 42 });
       const encoded = values.every((v) => typeof m.json.encode(m.SessionInfo, v) === "string");
       console.log(JSON.stringify({ arbitraryFor: typeof t.arbitraryFor, hostile: Array.isArray(t.HOSTILE_STRINGS), count: values.length, encoded }));`;
    const expected = { arbitraryFor: "function", hostile: true, count: 20, encoded: true };
    expect(
      node(
        "testing.mjs",
        `import * as t from "evo-codec/testing";\nimport * as fc from "fast-check";\nimport * as m from "evo-codec";\n${body}`,
      ),
    ).toEqual(expected);
    expect(
      node(
        "testing.cjs",
        `const t = require("evo-codec/testing");\nconst fc = require("fast-check");\nconst m = require("evo-codec");\n${body}`,
      ),
    ).toEqual(expected);
  });

  it("type-checks a consumer against the installed declarations (nodenext, strict)", () => {
    // The same consumer as an ES module (.mts → import condition → .d.ts) and as CommonJS
    // (.cts → require condition → .d.cts).
    const consumer = `
      import { checkValue, DecodeError, EncodeError, json, jsv, listOf, SessionInfo, toJsonSchema } from "evo-codec";
      import { arbitraryFor, type FastCheckApi } from "evo-codec/testing";

      type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;

      export function check(text: string, fc: FastCheckApi): void {
        const info = json.decode(SessionInfo, text);
        const dialState: "None" | "Active" = info.dialState;
        const exact: Equals<typeof info.dialState, "None" | "Active"> = true;
        // @ts-expect-error "Ringing" is not a SessionDialState
        const wrong: typeof info.dialState = "Ringing";
        // @ts-expect-error encode rejects an unknown enum literal
        json.encode(SessionInfo, { dialState: "Ringing" });
        const text2: string = jsv.encode(SessionInfo, info);
        const list = listOf(SessionInfo);
        let code: string | undefined;
        try {
          json.decode(SessionInfo, "{");
        } catch (e) {
          if (e instanceof DecodeError) code = e.code + e.path + e.line;
          // A type guard, like instanceof.
          if (DecodeError.is(e)) code = e.code + e.path + e.column;
          if (EncodeError.is(e)) code = e.code + e.path;
        }
        const arbitrary = arbitraryFor(fc, SessionInfo);
        // Standard Schema, typed without @standard-schema/spec installed: the declarations carry it.
        type Output = NonNullable<(typeof SessionInfo)["~standard"]["types"]>["output"];
        const named: Equals<Output, SessionInfo> = true;
        const validated = SessionInfo["~standard"].validate(JSON.parse(text));
        const checked = checkValue(SessionInfo, JSON.parse(text));
        const session: SessionInfo | undefined = checked.value;
        const schema: Record<string, unknown> = toJsonSchema(SessionInfo, { io: "input" });
        // Every problem in a text: the value, typed, or positioned DecodeErrors.
        const inText = json.check(SessionInfo, text, { strict: true, maxProblems: 10 });
        const checkedSession: SessionInfo | undefined = inText.value;
        const lines: number[] | undefined = jsv.check(SessionInfo, text).issues?.map((issue) => issue.line);
        const more: number | undefined = inText.more;
        void [dialState, exact, wrong, text2, list, code, arbitrary, named, validated, session, schema, checkedSession, lines, more];
      }
    `;
    const { project } = packed();
    writeFileSync(join(project, "consumer.mts"), consumer);
    writeFileSync(join(project, "consumer.cts"), consumer);
    const listed = run(
      tsc,
      ["--noEmit", "--module", "nodenext", "--moduleResolution", "nodenext", "--strict", "--listFiles", "consumer.mts", "consumer.cts"],
      project,
      30_000,
    ).replaceAll("\\", "/");
    // Each module system got its own declarations, from the installed copy.
    for (const file of ["index.d.ts", "index.d.cts", "testing/index.d.ts", "testing/index.d.cts"]) {
      expect(listed).toContain(`/node_modules/evo-codec/dist/${file}`);
    }
  });

  it("implements Standard Schema in both module systems, its types copied into the declarations", () => {
    const probe = `const standard = m.SessionInfo["~standard"];
       console.log(JSON.stringify({
         vendor: standard.vendor,
         valid: standard.validate({ dialState: "active" }).value.dialState,
         issues: standard.validate({ dialState: "Dialing" }).issues,
         title: standard.jsonSchema.output({ target: "draft-2020-12" }).title,
       }));`;
    const expected = {
      vendor: "evo-codec",
      valid: "Active",
      issues: [{ code: "invalid-enum", path: ["dialState"], message: '"Dialing" is not a SessionDialState (None, Active)' }],
      title: "SessionInfo",
    };
    expect(node("standard.mjs", `import * as m from "evo-codec";\n${probe}`)).toEqual(expected);
    expect(node("standard.cjs", `const m = require("evo-codec");\n${probe}`)).toEqual(expected);
    const declarations = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((file) => /\.d\.c?ts$/.test(file));
    for (const file of declarations) expect(readFileSync(join(dist, file), "utf8"), file).not.toMatch(/["']@standard-schema\/spec["']/);
  });

  it("bundles no Node built-ins in the library (only the CLI uses them) and keeps papaparse and fast-check external", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? (e.name === "cli" ? [] : files(join(dir, e.name))) : /\.c?js$/.test(e.name) ? [join(dir, e.name)] : [],
      );
    const specifiers = new Set<string>();
    for (const file of files(dist)) {
      const code = readFileSync(file, "utf8");
      for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)["']([^"']+)["']/g)) {
        if (!match[1]!.startsWith(".")) specifiers.add(`${relative(dist, file)}: ${match[1]}`);
      }
      expect(code, relative(dist, file)).not.toMatch(/\bnode:/);
      // Neither library's source may be inlined.
      expect(code, relative(dist, file)).not.toMatch(/Papa\.parse|papaparse\.js|fast-check\/lib/);
    }
    const allowed = new Set(Object.keys(pkg.dependencies ?? {}));
    expect([...specifiers].filter((s) => !allowed.has(s.split(": ")[1]!))).toEqual([]);
  });

  it("keeps papaparse out of an app that imports only the main entry, in both module systems", () => {
    for (const entry of ["index.js", "index.cjs"]) {
      // The entry and every chunk it loads, however deep (`import … from` or `require`).
      const loaded = new Set([entry]);
      for (const file of loaded) {
        const code = readFileSync(join(dist, file), "utf8");
        expect(code, `${file}, loaded by ${entry}`).not.toMatch(/papaparse/);
        for (const m of code.matchAll(/(?:\bfrom\s*|\brequire\(\s*)["']\.\/([^"']+)["']/g)) loaded.add(m[1]!);
      }
      expect(loaded.size, entry).toBeGreaterThan(1);
    }
  });

  it("installs the evo-codec bin, which validates the shipped fixtures", () => {
    const { project } = packed();
    const bin = join(project, "node_modules", ".bin", process.platform === "win32" ? "evo-codec.cmd" : "evo-codec");
    expect(run(bin, ["validate", join(root, "fixtures")], project)).toMatch(/✔ \d+ files valid/);
    expect(run(bin, ["validate", "--expect-invalid", join(root, "fixtures", "invalid")], project)).toMatch(/invalid, as expected/);
    let exit = 0;
    try {
      execFileSync(bin, ["validate", join(root, "fixtures", "invalid")], { cwd: project, stdio: "pipe" });
    } catch (error) {
      exit = (error as { status: number }).status;
    }
    expect(exit).toBe(1);
    expect(run(bin, ["--version"], project).trim()).toBe(pkg.version);
  });
});
