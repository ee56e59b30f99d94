import type { NameCase } from "./plan.js";
import type { ResolvedSchema, Schema } from "../schema/nodes.js";

/**
 * Follows `lazy` references to the schema they stand for. A reference that never reaches a
 * schema (it refers to itself, or its function throws or returns something else) is a
 * `TypeError` naming the problem: a mistake in the description, found when it is first used.
 */
export function resolveSchema(schema: Schema): ResolvedSchema {
  let current: Schema = schema;
  const seen = new Set<Schema>();
  while (current.kind === "lazy") {
    if (seen.has(current)) throw new TypeError("a lazy reference refers only to itself: it describes no type");
    seen.add(current);
    let target: unknown;
    try {
      target = current.resolve();
    } catch (error) {
      throw new TypeError(`a lazy reference could not be resolved: ${String(error)}`, { cause: error });
    }
    if (typeof target !== "object" || target === null || typeof (target as { kind?: unknown }).kind !== "string") {
      throw new TypeError("a lazy reference must return a described schema");
    }
    current = target as Schema;
  }
  return current;
}

/** A `TypeError` that says so when what was passed as a schema is not one (a missing import, say). */
export function requireSchema(schema: unknown): asserts schema is Schema {
  if (typeof schema !== "object" || schema === null || typeof (schema as { kind?: unknown }).kind !== "string") {
    throw new TypeError(`expected a described schema (object(), list(), string()…), got ${schema === null ? "null" : typeof schema}`);
  }
}

/**
 * Compiles each schema once and caches the result. A recursive description compiles: while a
 * schema is being compiled, a request for it (from inside its own members, through `lazy`)
 * gets a forwarder that calls the finished function, so compiling always terminates.
 */
export function perSchema<F extends (...args: never[]) => unknown>(compile: (schema: ResolvedSchema) => F): (schema: Schema) => F {
  const cache = new WeakMap<Schema, F>();
  const compiled = (schema: Schema): F => {
    let found = cache.get(schema);
    if (found !== undefined) return found;
    requireSchema(schema);
    const resolved = resolveSchema(schema);
    found = cache.get(resolved);
    if (found === undefined) {
      let finished: F | undefined;
      const forward = ((...args: never[]) => finished!(...args)) as F;
      cache.set(resolved, forward);
      finished = compile(resolved);
      cache.set(resolved, finished);
      found = finished;
    }
    if (schema !== resolved) cache.set(schema, cache.get(resolved)!);
    return found;
  };
  return compiled;
}

/** {@link perSchema} for artefacts that also depend on the naming case (writers). */
export function perSchemaAndCase<F extends (...args: never[]) => unknown>(
  compile: (schema: ResolvedSchema, nameCase: NameCase) => F,
): (schema: Schema, nameCase: NameCase) => F {
  const camel = perSchema((schema) => compile(schema, "camel"));
  const pascal = perSchema((schema) => compile(schema, "pascal"));
  return (schema, nameCase) => (nameCase === "camel" ? camel(schema) : pascal(schema));
}
