// A tiny Evo Voice look-alike: `DELETE /sessions/{sessionId}/members/{memberId}` answers the
// session, without the member, in whichever format the request negotiates (Accept header,
// .json/.jsv/.csv/.jsonl suffix, or ?format=). A failed call answers ServiceStack's error envelope
// (ErrorResponse) in that format: 404 for an unknown session or route, 400 with a field error for a
// member the session does not have. Run it with `node examples/session-server.mjs` (after
// `npm ci`, which builds the package); the tests start it on a free port.
import { createServer } from "node:http";
import { ErrorResponse, SessionInfo } from "evo-codec";
import { loadCodec, negotiate } from "evo-codec/http";

const MEMBERS = [
  { identity: "caller@example.com", displayName: "Caller, Carol", role: "Caller", callState: "Connected", isOriginalMember: true, muted: false },
  { identity: "agent@example.com", displayName: 'Agent "Ann"', role: "Agent", callState: "Connected", isOriginalMember: false, muted: false, applicationData: { queue: "sales:emea" } },
];

/** The session every request gets back, less the member it removes. */
export function sampleSession(sessionId, removed) {
  return {
    id: sessionId,
    dialState: "Active",
    callState: "Connected",
    queueState: "None",
    channel: "Chat",
    ended: false,
    holdReason: "None",
    direction: "Incoming",
    wasMissed: false,
    accountName: "Acme, Inc.",
    log: [{ date: "2026-11-25T10:40:00Z", message: `removed ${removed}` }],
    members: MEMBERS.filter((member) => member.identity !== removed),
  };
}

/** The session id this server knows no session for. */
export const MISSING_SESSION = "missing";

/** Starts the server; resolves to its URL and a way to stop it. */
export async function startSessionServer({ port = 0, host = "127.0.0.1" } = {}) {
  // CSV (and papaparse) is loaded on first use; a server that answers CSV loads it once, here.
  await loadCodec("csv");
  const server = createServer((request, response) => {
    const negotiated = negotiate({ url: request.url ?? "/", accept: request.headers.accept, operationName: "DeleteChatMember" });
    if (negotiated.format === undefined) {
      // No format the client accepts: nothing to write the error envelope in.
      response.writeHead(406, { "Content-Type": "text/plain" }).end(`none of ${negotiated.notAcceptable} is JSON, JSV, CSV or JSON Lines\n`);
      return;
    }
    const fail = (status, errorCode, message, errors) => {
      const body = negotiated.codec.encode(ErrorResponse, { responseStatus: { errorCode, message, errors } });
      response.writeHead(status, negotiated.headers).end(body);
    };
    const route = /^\/sessions\/([^/]+)\/members\/([^/]+)$/.exec(negotiated.path);
    if (request.method !== "DELETE" || !route) return fail(404, "NotFound", `no route for ${request.method} ${negotiated.path}`);
    const sessionId = decodeURIComponent(route[1]);
    if (sessionId === MISSING_SESSION) return fail(404, "NotFound", `Session ${sessionId} was not found`);
    const removed = new URL(request.url ?? "/", "http://localhost").searchParams.get("memberToRemove") ?? decodeURIComponent(route[2]);
    if (!MEMBERS.some((member) => member.identity === removed)) {
      const message = `${removed} is not a member of session ${sessionId}`;
      return fail(400, "NotMember", message, [{ errorCode: "NotMember", fieldName: "MemberToRemove", message }]);
    }
    response.writeHead(200, negotiated.headers).end(negotiated.codec.encode(SessionInfo, sampleSession(sessionId, removed)));
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const { port: bound } = server.address();
      resolve({ url: `http://${host}:${bound}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await startSessionServer({ port: Number(process.env.PORT ?? 8080) });
  console.log(`listening on ${url}; try:`);
  console.log(`  curl -X DELETE -H "Accept: text/jsv" "${url}/sessions/s1/members/agent%40example.com"`);
  console.log(`  curl -X DELETE "${url}/sessions/s1/members/agent%40example.com.csv"`);
  console.log(`  curl -X DELETE "${url}/sessions/s1/members/nobody%40example.com?format=jsonl"`);
}
