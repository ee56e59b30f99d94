import type { ObjectSchema } from "../schema/nodes.js";

/** How one file is checked: decided by the command line, then the config's `files` patterns, then its top level, then the defaults. */
export interface FileSettings {
  /** The type a document holds (a list of it, when its root is a list). */
  readonly type: ObjectSchema;
  /** Unknown and repeated members are problems (`validate`'s default). */
  readonly strict: boolean;
  /** The longest document read whole, row or element (UTF-16 code units). */
  readonly maxLength: number;
  /** The file is a negative fixture: it must fail (as stated, when an expectation says how). */
  readonly expectInvalid: boolean;
}
