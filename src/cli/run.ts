import { version } from "../../package.json";
import { quoteText } from "../core/objects.js";
import { UsageError } from "./arguments.js";
import { runConvert } from "./convert.js";
import { runGenerate } from "./generate.js";
import { EXIT } from "./exit.js";
import { HELP } from "./help.js";
import type { StdinSource } from "./stdin.js";
import { printable } from "./terminal.js";
import { runValidate } from "./validate-command.js";

export { EXIT } from "./exit.js";
export { HELP } from "./help.js";

/** Where the CLI reads and writes; `process` in the bin, a fake in tests. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** What `-` reads; a run without it refuses `-`. */
  readonly stdin?: StdinSource;
}

/** Runs the CLI with `argv` (without `node` and the script) and resolves to the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      io.stdout.write(HELP);
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    if (command === "--version" || command === "-v") {
      io.stdout.write(`${version}\n`);
      return EXIT.ok;
    }
    if (command === "validate") return await runValidate(rest, io);
    if (command === "convert") return await runConvert(rest, io);
    if (command === "generate") return await runGenerate(rest, io);
    throw new UsageError(`unknown command ${quoteText(command)}`);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr.write(`evo-codec: ${printable((error as Error).message)}\nRun \`evo-codec --help\` for usage.\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
