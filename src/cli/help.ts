import { version } from "../../package.json";
import { DEFAULT_MAX_LENGTH } from "../core/options.js";
import { exitRulesText } from "./exit.js";
import { DEFAULT_MAX_PROBLEMS } from "./problems-of.js";
import { DTO_TYPES } from "./types.js";

export const HELP = `evo-codec ${version}: JSON, JSV, CSV and JSON Lines for the Evo Voice API, exactly as ServiceStack writes them

Usage:
  evo-codec validate [<files, folders, 'globs' or ->...] [options]
  evo-codec convert <files or ->... --to json|jsv|csv|jsonl [options]
  evo-codec generate <metadata.json | -> | --url URL | --dtos dtos.ts [-o api.ts]
  evo-codec --help | --version

validate
  Decodes every .json, .jsv, .csv and .jsonl file and every .http recording strictly as its
  type: unknown members, bad enums and bools, truncation and trailing text are all errors.
  - Every problem in a file is reported, each at its own path, line and column: a schema problem
    (a wrong enum or type, an unknown member, a null element) is stepped over and the file read
    on; a syntax or limit error ends the file (a .jsonl file: its line).
  - Folders are walked (dot files, node_modules and evo-codec.config.json are passed over); a
    quoted glob ('recorded/**/*.jsv') walks the folder before its first wildcard; - reads
    standard input (as JSON, or as --stdin-filepath's extension says). Each file is checked once.
  - A folder's .evo-codec-ignore holds gitignore-style patterns for the walk below it.
  - A symlink is followed when its target lies inside a path given, else reported as skipped.
  - Files are read strictly as UTF-8 (or UTF-16 after its byte-order mark); a binary file is
    reported as binary. CSV files and lists bigger than 8 MB are read in bounded memory.
  - A .http recording's body is read in the format of its Content-Type; a chunked body is
    de-chunked. A status that is not 2xx holds ServiceStack's error body: it is checked as
    ErrorResponse (or as the type, when the type has its own responseStatus) and reported as a
    note (404 Not Found: NotFound: message); an error response without one is http-status.
  - Files in one folder whose names agree up to the first dot (s.json, s.jsv) must decode to the
    same value; a difference is reported at the member's line and column.

  The config: the nearest evo-codec.config.json, or "evo-codec" member of package.json, from
  the working directory up (the file wins in one folder). It maps glob patterns to types, with
  strictness, limits, ignore patterns and negative fixtures' expected errors; it is checked
  strictly, with line and column for each problem. The command line decides over it.
    {"paths": ["recorded"], "type": "SessionInfo", "strict": true, "maxLength": N,
     "maxProblems": N, "compare": true, "ignore": ["drafts/"],
     "files": {"recorded/orders/**": {"type": "./dtos.mjs#Order", "strict": false,
                                      "maxLength": N, "expectInvalid": false}},
     "expect": {"fixtures/bad/enum.json": {"code": "invalid-enum", "path": "status",
                                           "line": 1, "column": 12}}}

  --type NAME          a built-in DTO: ${DTO_TYPES.map((t) => t.typeName).join(", ")} (default SessionInfo)
  --schema MOD#Export  your own type: an export of an ES module (./dtos.mjs#Ticket), described
                       with evo-codec's builders; a .ts module only where Node.js can import it
                       (Node 20 cannot without a loader)
  --metadata FILE      take --type from a ServiceStack metadata document (/types/metadata):
                       any type it describes, a generic one with its arguments
                       (--type "ListResponse<SessionInfo>")
  --config FILE        this config, not the one found; --no-config: none
  --expect-invalid     every file is a negative fixture: it must fail, as a folder's
                       .evo-codec-expect.json states ({"bad.json": "invalid-enum"}, or an object
                       with code, path, line, column), when it states how
  --allow-empty        let a run that finds no file to check pass (otherwise it is exit 2)
  --no-compare         do not compare files that share a base name
  --max-length N       the longest document read whole, and the longest CSV row or list
                       element, in UTF-16 code units (default ${DEFAULT_MAX_LENGTH})
  --max-problems N     problems reported per file, then a count of the rest (default ${DEFAULT_MAX_PROBLEMS});
                       a negative fixture is judged on all of them
  --stdin-filepath P   the name of standard input: its format, its config patterns, its report name
  --format F[=FILE]    text (default), github (::error annotations, and a summary appended to
                       $GITHUB_STEP_SUMMARY), json, junit, sarif (SARIF 2.1.0 for code scanning);
                       give it several times, each report but one to its own =FILE
  -o, --output-file F  write the report that has no =FILE to F rather than stdout
  -q, --quiet          text and github: problems only (no skipped paths, notes or success line)
  --color, --no-color  colour the text report or not; otherwise FORCE_COLOR, then NO_COLOR, then
                       whether stdout is a terminal decide

  Text from files (names, values, headers) is shown with its control characters escaped
  (\\x1b, \\u009b) in every output, terminal or not; the job summary puts it in code spans.

convert
  Decodes each file (format by extension, or by Content-Type for .http; - reads standard input)
  and writes it in another format, as the reference serializer would: one to stdout or -o FILE,
  several into --out-dir, each under its base name with the new extension.

  --to FORMAT          json, jsv, csv or jsonl
  --pretty             JSV only: the reference's pretty (Dump) form
  --case CASE          member names: camel (default) or pascal
  --strict             unknown and repeated members are errors (default: passed over)
  -o, --output-file F  write to F (one input)
  --out-dir DIR        write each input into DIR
  --force              overwrite outputs that exist (otherwise nothing is written: exit 2)
  --type, --schema, --max-length, --stdin-filepath   as for validate

generate
  Writes the descriptions of a whole ServiceStack API from its metadata (the JSON of
  /types/metadata: a file, - for stdin, or --url of a live server), or from the TypeScript DTOs
  get-dtos writes (--dtos; they say less: each number is described as double, and reported).
  Each type and operation the model cannot describe is left out and named on stderr with the
  reason; the rest is written.

  -o, --out FILE       the module to write (stdout without it); .ts is TypeScript, .mjs JavaScript
  --language ts|mjs    instead of the file's extension
  --import-from NAME   where the module imports evo-codec from (default evo-codec)
  --strict             exit 1 when anything was left out

Exit status, the first rule that applies:
${exitRulesText("  ")}
  convert: 0 converted, 1 a file that could not be converted, 2 a usage error, a file that
  cannot be read, or an output that exists (without --force) or cannot be written.
  generate: 0 written, 1 something was left out (with --strict), 2 a usage error, a source
  that cannot be read or is not metadata, or nothing the model can describe.
`;
