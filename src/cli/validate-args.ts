import { parseArgs } from "node:util";
import { quoteText } from "../core/objects.js";
import { maxLengthOption, UsageError } from "./arguments.js";

/** What `evo-codec validate`'s command line asks for. */
export interface ValidateArgs {
  readonly help: boolean;
  /** Paths, quoted globs, and `-` for standard input. */
  readonly paths: readonly string[];
  /** A built-in type's name (`--type`). */
  readonly type?: string;
  /** `module#Export` (`--schema`). */
  readonly schema?: string;
  /** `--config FILE`, or `false` for `--no-config`; `undefined`: found from the working directory up. */
  readonly config?: string | false;
  readonly expectInvalid: boolean;
  readonly allowEmpty: boolean;
  readonly compare: boolean;
  readonly maxLength?: number;
  readonly maxProblems?: number;
  /** Each `--format NAME[=FILE]`, in order. */
  readonly formats: readonly string[];
  readonly outputFile?: string;
  readonly quiet: boolean;
  /** `--color` or `--no-color`, whichever came last. */
  readonly colour?: boolean;
  readonly stdinFilepath?: string;
  /** A ServiceStack metadata document that `--type` names a type of. */
  readonly metadata?: string;
}

export function parseValidateArgs(args: readonly string[]): ValidateArgs {
  const { values, positionals, tokens } = parseArgs({
    args: [...args],
    allowPositionals: true,
    tokens: true,
    options: {
      type: { type: "string" },
      schema: { type: "string" },
      metadata: { type: "string" },
      config: { type: "string" },
      "no-config": { type: "boolean", default: false },
      format: { type: "string", multiple: true },
      "output-file": { type: "string", short: "o" },
      quiet: { type: "boolean", short: "q", default: false },
      color: { type: "boolean" },
      "no-color": { type: "boolean" },
      "expect-invalid": { type: "boolean", default: false },
      "allow-empty": { type: "boolean", default: false },
      "no-compare": { type: "boolean", default: false },
      "max-length": { type: "string" },
      "max-problems": { type: "string" },
      "stdin-filepath": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.type !== undefined && values.schema !== undefined) throw new UsageError("give --type or --schema, not both");
  if (values.metadata !== undefined && values.schema !== undefined) throw new UsageError("give --metadata (with --type) or --schema, not both");
  if (values.config !== undefined && values["no-config"]) throw new UsageError("give --config or --no-config, not both");
  const lastColour = tokens.filter((token) => token.kind === "option" && (token.name === "color" || token.name === "no-color")).at(-1);
  return {
    help: values.help === true,
    paths: positionals,
    type: values.type,
    schema: values.schema,
    metadata: values.metadata,
    config: values["no-config"] ? false : values.config,
    expectInvalid: values["expect-invalid"] === true,
    allowEmpty: values["allow-empty"] === true,
    compare: values["no-compare"] !== true,
    maxLength: values["max-length"] === undefined ? undefined : maxLengthOption(values["max-length"]),
    maxProblems: values["max-problems"] === undefined ? undefined : positiveInteger("--max-problems", values["max-problems"]),
    formats: values.format ?? [],
    outputFile: values["output-file"],
    quiet: values.quiet === true,
    colour: lastColour === undefined ? undefined : lastColour.kind === "option" && lastColour.name === "color",
    stdinFilepath: values["stdin-filepath"],
  };
}

/** A positive integer option, written in decimal digits. */
export function positiveInteger(option: string, value: string): number {
  const digits = value.length > 0 && value.length <= 15 && [...value].every((c) => c >= "0" && c <= "9");
  const n = Number(value);
  if (!digits || n < 1) throw new UsageError(`${option} must be a positive integer, not ${quoteText(value)}`);
  return n;
}
