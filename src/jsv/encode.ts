import { compactWriters, type Spelling } from "../core/compact-writer.js";
import { JSV_SCALARS } from "./scalars.js";
import { jsvString } from "./quote.js";
import { untypedNumberText } from "../core/numbers.js";

/** Compact (and pretty) JSV's spelling: strings quoted only when they must be, `True`/`False`, names raw. */
export const jsvWriterFor = /* @__PURE__ */ compactWriters({
  // Each scalar kind as JSV_SCALARS writes it.
  scalars: Object.fromEntries(
    Object.entries(JSV_SCALARS).map(([kind, spell]) => [kind, (node: never) => (spell as (node: never) => { write: (value: unknown) => string })(node).write]),
  ) as unknown as Spelling["scalars"],
  untypedNumber: untypedNumberText,
  // A null element of an untyped list is an empty item (`[a,,b]`), as the reference writes it.
  nullElement: "",
  // Member names are C# identifiers and are written raw, never quoted.
  memberLabel: (name) => name + ":",
  dictionaryKey: jsvString,
});
