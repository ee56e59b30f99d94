import { compactWriters } from "../core/compact-writer.js";
import { quoteJsonString } from "./escape.js";

/** JSON's spelling: strings and names in quotes with the reference's escaping, `true`/`false`, enums quoted. */
export const jsonWriterFor = /* @__PURE__ */ compactWriters({
  string: quoteJsonString,
  boolean: (value) => (value ? "true" : "false"),
  // Enum names are C# identifiers: nothing to escape.
  enumName: (name) => '"' + name + '"',
  memberLabel: (name) => quoteJsonString(name) + ":",
  dictionaryKey: quoteJsonString,
});
