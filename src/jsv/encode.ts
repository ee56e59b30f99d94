import { compactWriters } from "../core/compact-writer.js";
import { jsvString } from "./quote.js";

/** Compact JSV's spelling: strings quoted only when they must be, `True`/`False`, names raw. */
export const jsvWriterFor = /* @__PURE__ */ compactWriters({
  string: jsvString,
  boolean: (value) => (value ? "True" : "False"),
  enumName: (name) => name,
  // Member names are C# identifiers and are written raw, never quoted.
  memberLabel: (name) => name + ":",
  dictionaryKey: jsvString,
});
