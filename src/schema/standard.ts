import type { StandardJSONSchemaV1, StandardSchemaV1 } from "@standard-schema/spec";
import { toJsonSchema, type JsonSchemaOptions } from "../json-schema/to-json-schema.js";
import { checkValue, type CheckOptions } from "../model/check-value.js";
import type { Infer, Input, ShapeOfObject } from "./infer.js";
import type { ObjectSchema, Schema } from "./nodes.js";

// Every schema a builder makes implements Standard Schema v1 (`~standard.validate`, what tRPC,
// Hono, TanStack Form and others accept) and Standard JSON Schema v1 (`~standard.jsonSchema`).
// The builders call `described` on each node they make, so a kind added later gets it too.
// (This is where the description layer meets the model's check and the JSON Schema writer.)

/**
 * The `~standard` property of every schema: Standard Schema v1 and Standard JSON Schema v1
 * (`@standard-schema/spec`), typed from the description: `I` is what encoders take, `O` the decoded value.
 */
export interface StandardProps<I, O> extends StandardSchemaV1.Props<I, O>, StandardJSONSchemaV1.Props<I, O> {}

/** A schema as the builders return it: the node, and its `~standard` interface typed from it. */
export type Standard<S extends Schema> = S & { readonly "~standard": StandardProps<Input<S>, Infer<S>> };

/**
 * An object schema whose decoded type is the interface `T`, so that editors show the name
 * (`SessionInfo`) rather than its members. The DTOs are written this way:
 *
 * ```ts
 * const ticket = object("Ticket", { title: string(), done: boolean() });
 * export interface Ticket extends Infer<typeof ticket> {}
 * export const Ticket: NamedSchema<typeof ticket, Ticket> = ticket;
 * ```
 */
export type NamedSchema<S extends ObjectSchema, T, I = Input<S>> = ObjectSchema<ShapeOfObject<S>> & {
  readonly "~standard": StandardProps<I, T>;
};

/** Gives a new node its `~standard` property (not enumerable: an enum's members are its enumerable keys) and freezes it. */
export function described<S extends Schema>(node: S): Standard<S> {
  Object.defineProperty(node, "~standard", { value: standardProps(node) });
  return Object.freeze(node) as Standard<S>;
}

function standardProps(schema: Schema): StandardProps<unknown, unknown> {
  return Object.freeze({
    version: 1,
    vendor: "evo-codec",
    // `libraryOptions` are checkValue's options (`strict`, `maxDepth`).
    validate: (value: unknown, options?: StandardSchemaV1.Options) => checkValue(schema, value, options?.libraryOptions as CheckOptions | undefined),
    jsonSchema: Object.freeze({
      input: (options: StandardJSONSchemaV1.Options) => toJsonSchema(schema, jsonSchemaOptions("input", options)),
      output: (options: StandardJSONSchemaV1.Options) => toJsonSchema(schema, jsonSchemaOptions("output", options)),
    }),
  });
}

/** `libraryOptions` are toJsonSchema's `case` and `strict`; an unsupported `target` is a `TypeError`, as the spec asks. */
function jsonSchemaOptions(io: "input" | "output", options: StandardJSONSchemaV1.Options | undefined): JsonSchemaOptions {
  return { ...(options?.libraryOptions as JsonSchemaOptions | undefined), io, target: options?.target as JsonSchemaOptions["target"] };
}
