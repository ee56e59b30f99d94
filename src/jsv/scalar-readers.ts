import { resolveSchema } from "../model/compile.js";
import { assertNever, isScalar } from "../model/kinds.js";
import type { ResolvedSchema, Schema } from "../schema/nodes.js";
import type { JsvRead } from "./readers.js";
import { JSV_SCALARS, type JsvScalar, type ScalarParse } from "./scalars.js";

// Scalars in JSV: a schema's spelling (`T?` by its `T`), the parser of its text (CSV reads a
// scalar cell with it), and the compiled reader of a scalar value inside a text.

/** The JSV spelling of a scalar schema (`T?` by its `T`); `undefined` for containers. */
export function scalarSpelling(schema: Schema): JsvScalar | undefined {
  const node = resolveSchema(schema);
  if (isScalar(node)) return (JSV_SCALARS[node.kind] as (node: ResolvedSchema) => JsvScalar)(node);
  switch (node.kind) {
    case "nullable":
      return scalarSpelling(node.inner);
    case "list":
    case "dictionary":
    case "object":
    case "untyped":
      return undefined;
    default:
      return assertNever(node);
  }
}

/** The parser of a scalar schema's text; `undefined` for containers. */
export function scalarParser(schema: Schema): ScalarParse | undefined {
  return scalarSpelling(schema)?.parse;
}

/**
 * Reads a scalar's text up to the value's end; an empty value is absent where the kind reads it
 * so (`emptyIsNull`) or the schema is `T?`, and is given to `parse` otherwise.
 */
export function scalarReader({ parse, emptyIsNull }: JsvScalar, nullable: boolean): JsvRead {
  const absentWhenEmpty = emptyIsNull || nullable;
  return (r, closer) => {
    const at = r.pos;
    const text = r.readScalar(closer);
    if (text === undefined) return absentWhenEmpty ? undefined : parse("", at);
    return parse(text, at);
  };
}
