import { describe, expect, it, vi } from "vitest";
import { DecodeError, EncodeError, json, SessionInfo } from "../../src/index.js";

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("nothing was thrown");
}

const decodeError = thrown(() => json.decode(SessionInfo, "{"));
const encodeError = thrown(() => json.encode(SessionInfo, { dialState: "Bogus" } as never));

/** The error classes of a second, separately loaded copy of the module (as an ESM and a CJS build are). */
async function anotherCopy(): Promise<typeof import("../../src/core/errors.js")> {
  vi.resetModules();
  return import("../../src/core/errors.js");
}

describe("DecodeError.is and EncodeError.is", () => {
  it("recognise what a decoder and an encoder throw, each its own", () => {
    expect([DecodeError.is(decodeError), EncodeError.is(decodeError)]).toEqual([true, false]);
    expect([DecodeError.is(encodeError), EncodeError.is(encodeError)]).toEqual([false, true]);
  });

  it("recognise an error made by another copy of evo-codec, which instanceof does not", async () => {
    const other = await anotherCopy();
    expect(other.DecodeError).not.toBe(DecodeError);
    const foreignDecode = other.DecodeError.at("json", "syntax", "a detail", "", "{", 0);
    const foreignEncode = new other.EncodeError("json", "cycle", "a detail", "members[0]");
    expect([foreignDecode instanceof DecodeError, foreignEncode instanceof EncodeError]).toEqual([false, false]);
    expect([DecodeError.is(foreignDecode), EncodeError.is(foreignEncode)]).toEqual([true, true]);
    expect([other.DecodeError.is(decodeError), other.EncodeError.is(encodeError)]).toEqual([true, true]);
  });

  it.each([
    ["null", null],
    ["undefined", undefined],
    ["a string", "DecodeError"],
    ["an Error", new Error("DecodeError")],
    ["an Error named DecodeError", Object.assign(new Error("x"), { name: "DecodeError" })],
    ["a look-alike object", { name: "DecodeError", code: "syntax", path: "", line: 1, column: 1 }],
    ["an object without a prototype", Object.create(null)],
  ])("refuse %s", (_, value) => {
    expect([DecodeError.is(value), EncodeError.is(value)]).toEqual([false, false]);
  });

  it("leave the brand off the error itself: it has no own symbol properties to show", () => {
    expect(Object.getOwnPropertySymbols(decodeError as object)).toEqual([]);
  });
});

describe("the error classes", () => {
  it("are named plainly", () => {
    expect([DecodeError.name, EncodeError.name]).toEqual(["DecodeError", "EncodeError"]);
    expect([(decodeError as Error).constructor.name, (encodeError as Error).constructor.name]).toEqual(["DecodeError", "EncodeError"]);
  });
});
