// The page the browser test bundles: it uses the published ESM build (dist/), as a web app
// would, and leaves its results on `window` for the test to read.
import { DecodeError, SessionInfo, json, jsonl, jsv, listOf } from "../../dist/index.js";
import { csv } from "../../dist/csv/index.js";

declare const FIXTURES: { json: string; jsv: string; reindented: string; csv: string; value: string };

const value = JSON.parse(FIXTURES.value);
let errorCode = "";
try {
  jsv.decode(SessionInfo, "{dialState:Dialing}");
} catch (error) {
  errorCode = error instanceof DecodeError ? `${error.code} ${error.path} ${error.line}:${error.column}` : String(error);
}

(window as unknown as { results: unknown }).results = {
  userAgent: navigator.userAgent,
  encoded: {
    json: json.encode(SessionInfo, value),
    jsv: jsv.encode(SessionInfo, value),
    pretty: jsv.encode(SessionInfo, value, { pretty: true }),
    csv: csv.encode(SessionInfo, value),
    jsonl: jsonl.encode(listOf(SessionInfo), [value, value]),
  },
  decoded: {
    json: json.decode(SessionInfo, FIXTURES.json),
    jsv: jsv.decode(SessionInfo, FIXTURES.jsv),
    reindented: jsv.decode(SessionInfo, FIXTURES.reindented),
    csv: csv.decode(SessionInfo, FIXTURES.csv),
    jsonl: jsonl.decode(listOf(SessionInfo), `${FIXTURES.json}\n${FIXTURES.json}`),
  },
  errorCode,
};
document.title = "done";
