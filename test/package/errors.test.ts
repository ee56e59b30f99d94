// One DecodeError (and one EncodeError) class, whatever the entry point a consumer loads it
// through: every CommonJS entry shares one copy, and `DecodeError.is` / `EncodeError.is` also
// recognise an error from the other module system's copy, in an app that mixes both.
import { describe, expect, it } from "vitest";
import { SLOW, SLOW_ONLY } from "../support/slow.js";
import { node } from "./support.js";

/** Decodes bad text and encodes a bad value through each subpath; prints what was caught. */
const THROWERS = `
  const failures = {
    "evo-codec json.decode": () => main.json.decode(main.SessionInfo, '{"dialState":"Bogus"}'),
    "evo-codec/csv csv.decode": () => csvEntry.csv.decode(main.SessionInfo, "DialState\\r\\nBogus\\r\\n"),
    "evo-codec/http decodeResponseText": () => http.decodeResponseText(main.SessionInfo, { headers: { "content-type": "text/plain" }, body: "" }),
    "evo-codec json.encode": () => main.json.encode(main.SessionInfo, { dialState: "Bogus" }),
    "evo-codec/csv csv.encode": () => csvEntry.csv.encode(main.SessionInfo, { dialState: "Bogus" }),
  };
  const caught = (run) => { try { run(); } catch (e) { return e; } throw new Error("nothing thrown"); };
  const report = (DecodeError, EncodeError) => Object.fromEntries(Object.entries(failures).map(([where, run]) => {
    const e = caught(run);
    return [where, {
      instanceofDecodeError: e instanceof DecodeError,
      instanceofEncodeError: e instanceof EncodeError,
      isDecodeError: DecodeError.is(e),
      isEncodeError: EncodeError.is(e),
      constructor: e.constructor.name,
      printed: require("node:util").inspect(e).split(":")[0],
    }];
  }));
`;

const DECODING = { instanceofDecodeError: true, instanceofEncodeError: false, isDecodeError: true, isEncodeError: false };
const ENCODING = { instanceofDecodeError: false, instanceofEncodeError: true, isDecodeError: false, isEncodeError: true };
const NAMED = {
  decode: { constructor: "DecodeError", printed: "DecodeError" },
  encode: { constructor: "EncodeError", printed: "EncodeError" },
};
const EVERY_ENTRY = {
  "evo-codec json.decode": { ...DECODING, ...NAMED.decode },
  "evo-codec/csv csv.decode": { ...DECODING, ...NAMED.decode },
  "evo-codec/http decodeResponseText": { ...DECODING, ...NAMED.decode },
  "evo-codec json.encode": { ...ENCODING, ...NAMED.encode },
  "evo-codec/csv csv.encode": { ...ENCODING, ...NAMED.encode },
};

describe.skipIf(!SLOW)(`one DecodeError and one EncodeError class, from the installed tarball ${SLOW_ONLY}`, () => {
  it.each([
    ["CommonJS (require)", "errors.cjs", 'const main = require("evo-codec"); const csvEntry = require("evo-codec/csv"); const http = require("evo-codec/http");'],
    [
      "an ES module (import)",
      "errors.mjs",
      'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);\n' +
        'import * as main from "evo-codec"; import * as csvEntry from "evo-codec/csv"; import * as http from "evo-codec/http";',
    ],
  ])("in %s, what every entry throws is an instance of the main entry's class, named plainly", (_, file, imports) => {
    expect(node(file, `${imports}\n${THROWERS}\nconsole.log(JSON.stringify(report(main.DecodeError, main.EncodeError)));`)).toEqual(EVERY_ENTRY);
  });

  it("across module systems in one app, instanceof fails (two copies) but DecodeError.is and EncodeError.is recognise both", () => {
    // An ES module app whose errors come from the CommonJS build (as a CommonJS dependency's would),
    // checked with the ES module build's classes.
    const out = node(
      "mixed.mjs",
      `import { createRequire } from "node:module"; const require = createRequire(import.meta.url);
       import * as esm from "evo-codec";
       const main = require("evo-codec"); const csvEntry = require("evo-codec/csv"); const http = require("evo-codec/http");
       ${THROWERS}
       console.log(JSON.stringify({ esmClasses: report(esm.DecodeError, esm.EncodeError), sameClass: main.DecodeError === esm.DecodeError }));`,
    ) as { esmClasses: Record<string, Record<string, unknown>>; sameClass: boolean };
    expect(out.sameClass).toBe(false);
    for (const [where, seen] of Object.entries(out.esmClasses)) {
      const decoding = where.includes("decode");
      expect(seen, where).toMatchObject({
        instanceofDecodeError: false,
        instanceofEncodeError: false,
        isDecodeError: decoding,
        isEncodeError: !decoding,
      });
    }
  });

  it("DecodeError.is and EncodeError.is refuse everything else", () => {
    const probe = `const values = [null, undefined, 0, "DecodeError", new Error("x"), Object.assign(new Error("x"), { name: "DecodeError" }),
         { name: "DecodeError", code: "syntax" }, Object.create(null)];
       console.log(JSON.stringify(values.map((v) => [m.DecodeError.is(v), m.EncodeError.is(v)])));`;
    const expected = Array.from({ length: 8 }, () => [false, false]);
    expect(node("refuse.mjs", `import * as m from "evo-codec";\n${probe}`)).toEqual(expected);
    expect(node("refuse.cjs", `const m = require("evo-codec");\n${probe}`)).toEqual(expected);
  });
});
