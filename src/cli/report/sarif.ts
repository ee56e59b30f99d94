import { version } from "../../../package.json";
import { DECODE_ERRORS, type DecodeErrorCode } from "../../core/errors.js";
import { pathToFileURL } from "node:url";
import { VALIDATOR_CODES, type Problem } from "../problem.js";
import { escapeJsonControls } from "../terminal.js";
import { NOTHING_CHECKED, type Outcome } from "./outcome.js";

// SARIF 2.1.0 (OASIS), the log GitHub code scanning and other viewers read: a result per problem
// at its exact region (line and column in UTF-16 code units, as the decoders count), a rule per
// code, and what could not be read or was skipped as notifications of the run.

/** Where the files' relative URIs are resolved from: the working directory of the run. */
const ROOT = "SRCROOT";

export function sarifReport(outcome: Outcome): string {
  const { report } = outcome;
  const rules: string[] = [];
  const ruleIndex = (code: string) => {
    const at = rules.indexOf(code);
    return at >= 0 ? at : rules.push(code) - 1;
  };
  const results = report.files.flatMap(({ file, problems }) =>
    problems.map((problem) => ({
      ruleId: problem.code,
      ruleIndex: ruleIndex(problem.code),
      level: "error",
      message: { text: problem.path === "" ? problem.message : `${problem.path}: ${problem.message}` },
      locations: [location(file, problem)],
    })),
  );
  const notifications = [
    ...report.unreadable.map(({ path, message }) => notification("error", `cannot be read: ${message}`, path)),
    ...report.skipped.map(({ path, reason }) => notification("warning", `skipped: ${reason}`, path)),
    ...report.files.filter((file) => (file.omitted ?? 0) > 0).map((file) => notification("note", `${file.omitted} more problems not reported (--max-problems)`, file.file)),
    ...(outcome.nothingChecked ? [notification("error", NOTHING_CHECKED)] : []),
  ];
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "evo-codec",
            version,
            semanticVersion: version,
            informationUri: "https://www.npmjs.com/package/evo-codec",
            rules: rules.map((code) => ({ id: code, shortDescription: { text: describe(code) }, defaultConfiguration: { level: "error" } })),
          },
        },
        ...(outcome.cwd === undefined ? {} : { originalUriBaseIds: { [ROOT]: { uri: directoryUri(outcome.cwd) } } }),
        columnKind: "utf16CodeUnits",
        invocations: [{ executionSuccessful: outcome.exitCode !== 2, exitCode: outcome.exitCode, toolExecutionNotifications: notifications }],
        results,
      },
    ],
  };
  return escapeJsonControls(JSON.stringify(log, null, 2)) + "\n";
}

/**
 * A problem's place: the file, and the character it is at (a region of one character; at the
 * end of the text, where a truncated document ends, an insertion point). A problem with the
 * file as a whole has no region.
 */
function location(file: string, problem: Problem): object {
  const artifactLocation = { uri: fileUri(file), uriBaseId: ROOT };
  if (problem.wholeFile) return { physicalLocation: { artifactLocation } };
  const endColumn = problem.code === "unexpected-end" ? problem.column : problem.column + 1;
  return { physicalLocation: { artifactLocation, region: { startLine: problem.line, startColumn: problem.column, endLine: problem.line, endColumn } } };
}

function notification(level: "error" | "warning" | "note", text: string, file?: string): object {
  return { level, message: { text }, ...(file === undefined ? {} : { locations: [{ physicalLocation: { artifactLocation: { uri: fileUri(file), uriBaseId: ROOT } } }] }) };
}

/** A relative path as a relative URI reference: `/`-separated, each part percent-encoded. */
function fileUri(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join("/");
}

function directoryUri(folder: string): string {
  const uri = pathToFileURL(folder).href;
  return uri.endsWith("/") ? uri : `${uri}/`;
}

function describe(code: string): string {
  if (Object.hasOwn(VALIDATOR_CODES, code)) return VALIDATOR_CODES[code as keyof typeof VALIDATOR_CODES];
  if (Object.hasOwn(DECODE_ERRORS, code)) return `${code}: a ${DECODE_ERRORS[code as DecodeErrorCode]} problem the decoder reports`;
  return code;
}
