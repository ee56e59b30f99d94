import { Failure } from "../core/errors.js";
import { resolveDecodeOptions, type DecodeOptions } from "../core/options.js";
import type { Infer } from "../schema/infer.js";
import type { DictionarySchema, ObjectSchema, ResolvedSchema, Schema } from "../schema/nodes.js";
import { PARSED_SCALARS } from "./check-scalars.js";
import { keyedDictionaryCheck, untypedChecker } from "./check-untyped.js";
import { type Check, checkEntries, INVALID, type ValueIssue, Walk } from "./check-walk.js";
import { perSchema, resolveSchema } from "./compile.js";
import { buildObject, claimMember, emptySlots, memberNamed, UNSET } from "./decode-members.js";
import { assertNever, isScalar } from "./kinds.js";
import { planObject, type FieldPlan } from "./plan.js";
import { checkList, checkRecord, nullElement, type ValueCheck } from "./values.js";

// The value-level check: a value that is already parsed (by `JSON.parse`, a form, another
// library) checked against a description by the rules every decoder applies, through the
// model's own pieces (member lookup, the duplicate rule, defaults, the scalar rules), collecting
// every problem instead of stopping at the first.

export type { ValueIssue, ValueIssueCode } from "./check-walk.js";

/** What {@link checkValue} gives: the decoded value, or every problem (never both). */
export type CheckResult<T> =
  | { readonly value: T; readonly issues?: undefined }
  | { readonly value?: undefined; readonly issues: readonly ValueIssue[] };

/** Options of {@link checkValue}: the decoders' `strict` and `maxDepth`, with the same defaults. */
export type CheckOptions = Pick<DecodeOptions, "strict" | "maxDepth">;

/**
 * Checks an already-parsed value against a description by the decoders' rules and returns the
 * decoded value, or every problem with its path. Takes what `JSON.parse` makes of the JSON the
 * reference writes (base64 text for `byte[]`, enum names in any letter case, members under their
 * wire names in any case) as well as decoded values (`Uint8Array`, `bigint`, JavaScript keys).
 * The result is what a decoder would return: value-type members filled with their defaults,
 * enum names as declared, members in declaration order, `null` members absent, `long` as `bigint`,
 * `float` rounded to binary32. Unknown members are left out, or reported with `strict: true`,
 * as are two spellings of one member (otherwise the last wins). The value is never changed.
 *
 * A description that is not one is a `TypeError`, as are wrong options; nothing else is thrown.
 */
export function checkValue<S extends Schema>(schema: S, value: unknown, options?: CheckOptions): CheckResult<Infer<S>> {
  const { strict, maxDepth } = resolveCheckOptions(options);
  const check = checkerFor(schema);
  const walk = new Walk(strict, maxDepth);
  const result = value === null || value === undefined ? walk.report(new Failure("null-value", "there is no value", -1)) : check(value, walk);
  return walk.issues.length > 0 ? { issues: walk.issues } : { value: result as Infer<S> };
}

function resolveCheckOptions(options: CheckOptions | undefined): { strict: boolean; maxDepth: number } {
  const { strict, maxDepth } = resolveDecodeOptions(options);
  for (const key of ["case", "maxLength"]) {
    if (options !== null && options !== undefined && Object.hasOwn(options, key)) {
      throw new TypeError(`unknown option ${JSON.stringify(key)}: the options are strict, maxDepth`);
    }
  }
  return { strict, maxDepth };
}

const checkerFor: (schema: Schema) => Check = /* @__PURE__ */ perSchema(compile);
const untypedCheck: Check = /* @__PURE__ */ untypedChecker((schema) => checkerFor(schema));

function compile(schema: ResolvedSchema): Check {
  if (isScalar(schema)) return scalar((PARSED_SCALARS[schema.kind] as (node: typeof schema) => ValueCheck)(schema));
  switch (schema.kind) {
    // `null` never gets here: a member holding it is absent, a list element or entry refused.
    case "nullable":
      return checkerFor(schema.inner);
    case "list":
      return listCheck(checkerFor(schema.element), resolveSchema(schema.element).kind === "untyped");
    case "dictionary":
      return dictionaryCheck(schema, checkerFor(schema.value));
    case "object":
      return objectCheck(schema);
    case "untyped":
      return untypedCheck;
    default:
      return assertNever(schema);
  }
}

function scalar(check: ValueCheck): Check {
  return (value, walk) => walk.attempt(() => check(value));
}

/** `nulls`: a `null` element is a value (of an untyped list), as the decoders read it. */
function listCheck(element: Check, nulls: boolean): Check {
  return (value, walk) => {
    const items = walk.attempt(() => checkList(value));
    if (items === INVALID) return INVALID;
    return walk.inside(items, () => {
      const out = new Array<unknown>(items.length);
      let valid = true;
      for (let i = 0; i < items.length; i++) {
        const item = walk.read(items, i);
        const checked =
          item === null && nulls ? null : item === null || item === undefined ? walk.reportAt(i, nullElement()) : item === INVALID ? INVALID : walk.at(i, element, item);
        if (checked === INVALID) valid = false;
        else out[i] = checked;
      }
      return valid ? out : INVALID;
    });
  };
}

function dictionaryCheck(schema: DictionarySchema, entry: Check): Check {
  if (schema.key !== undefined) return keyedDictionaryCheck(schema, schema.key, entry);
  const what = schema.typeName === undefined ? "a dictionary" : `a ${schema.typeName}`;
  return (value, walk) => {
    const record = walk.attempt(() => checkRecord(value, what));
    if (record === INVALID) return INVALID;
    return walk.inside(record, () => checkEntries(record, walk, entry));
  };
}

function objectCheck(schema: ObjectSchema): Check {
  const plan = planObject(schema);
  const checks = plan.fields.map((field) => checkerFor(field.schema));
  const what = `a ${schema.typeName} object`;
  return (value, walk) => {
    const record = walk.attempt(() => checkRecord(value, what));
    if (record === INVALID) return INVALID;
    return walk.inside(record, () => {
      const keys = walk.attempt(() => Object.keys(record));
      if (keys === INVALID) return INVALID;
      const slots = emptySlots(plan);
      let valid = true;
      const take = (field: FieldPlan, item: unknown): void => {
        const checked = item === null || item === undefined ? undefined : item === INVALID ? INVALID : walk.at(field.key, checks[field.index]!, item);
        if (checked === INVALID) valid = false;
        slots[field.index] = checked;
      };
      for (const key of keys) {
        // A JavaScript key first (the decoded form), else a name as the wire spells it.
        const field = plan.byKey.get(key) ?? walk.attempt(() => memberNamed(plan, key, walk.strict, -1));
        if (field === INVALID) valid = false;
        if (field === undefined || field === INVALID) continue;
        if (walk.attempt(() => claimMember(slots, field, key, walk.strict, -1)) === INVALID) valid = false;
        else take(field, walk.read(record, key));
      }
      // A class instance's members may be accessors on its prototype (`get title()`), as encoders read them.
      if (walk.attempt(() => isPlain(record)) === false) {
        for (const field of plan.fields) {
          if (slots[field.index] !== UNSET || (field.inherited && !Object.hasOwn(record, field.key))) continue;
          take(field, walk.read(record, field.key));
        }
      }
      return valid ? buildObject(plan, slots) : INVALID;
    });
  };
}

function isPlain(record: object): boolean {
  const prototype = Object.getPrototypeOf(record) as unknown;
  return prototype === Object.prototype || prototype === null;
}
