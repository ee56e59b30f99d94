import { version } from "../../package.json";
import { DEFAULT_MAX_LENGTH } from "../core/options.js";
import { exitRulesText } from "./exit.js";
import { DTO_TYPES } from "./types.js";

export const HELP = `evo-codec ${version}: JSON, JSV and CSV for the Evo Voice API, exactly as ServiceStack writes them

Usage:
  evo-codec validate <files or folders...> [options]
  evo-codec convert <file> --to json|jsv|csv [--pretty] [--case camel|pascal] [--type NAME]
  evo-codec generate <metadata.json | -> | --url URL | --dtos dtos.ts [-o api.ts]
  evo-codec --help | --version

validate
  Decodes every .json, .jsv and .csv file and every .http recording strictly as --type:
  unknown members, bad enums and bools, truncation and trailing text are all errors.
  - Folders are walked; a folder's .evo-codec-ignore lists names to pass over (dot files and
    node_modules are passed over too). Each file is checked once, however often it is named.
    A symlink is followed when its target lies inside a path given, and reported as skipped
    otherwise; a loop is walked once.
  - Files are read strictly as UTF-8 (or UTF-16 after its byte-order mark): other bytes are an
    encoding problem at their byte offset, and a binary file is reported as binary.
  - A .http recording is an optional request, then the status line, headers, a blank line and
    the body, whose format comes from its Content-Type. A status that is not 2xx is reported
    (http-status); a chunked body is de-chunked.
  - A document whose root is a list is read as a list. CSV files and lists bigger than 8 MB
    are read row by row, element by element, in bounded memory.
  - Files in one folder whose names agree up to the first dot (sample.json, sample.jsv,
    sample.reindented.jsv) must decode to the same value; a difference is reported at the
    member's line and column.

  --type NAME          the DTO to expect: ${DTO_TYPES.map((t) => t.typeName).join(", ")} (default SessionInfo)
  --metadata FILE      take --type from a ServiceStack metadata document (/types/metadata):
                       any type it describes, a generic one with its arguments
                       (--type "ListResponse<SessionInfo>")
  --format FORMAT      text (default; colour on a terminal unless NO_COLOR is set), github
                       (::error annotations, and a summary appended to $GITHUB_STEP_SUMMARY),
                       json (one report on stdout), junit (a <testsuite> on stdout)
  --expect-invalid     succeed only when every file fails (negative fixtures). A folder's
                       .evo-codec-expect.json states the error each must fail with:
                       {"bad.json": "invalid-enum"}, or with {"code", "path", "line", "column"}
  --allow-empty        let a run that finds no file to check pass (otherwise it is exit 2)
  --no-compare         do not compare files that share a base name
  --max-length N       the longest document read whole, and the longest CSV row or list
                       element, in UTF-16 code units (default ${DEFAULT_MAX_LENGTH})

  Text from files (names, values, headers) is shown with its control characters escaped
  (\\x1b, \\u009b) in every output, terminal or not; the job summary puts it in code spans.

convert
  Decodes a file (format by extension, or by Content-Type for .http) and writes it to stdout
  in another format, as the reference serializer would.

  --to FORMAT          json, jsv, csv or jsonl
  --pretty             JSV only: the reference's pretty (Dump) form
  --case CASE          member names: camel (default) or pascal
  --type NAME          as for validate
  --max-length N       as for validate

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
  generate: 0 written, 1 something was left out (with --strict), 2 a usage error, a source
  that cannot be read or is not metadata, or nothing the model can describe.

Exit status, the first rule that applies:
${exitRulesText("  ")}
  convert: 0 converted, 1 a file that could not be converted, 2 a usage error or a file that
  cannot be read.
`;
