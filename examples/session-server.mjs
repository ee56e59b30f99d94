// A tiny Evo Voice look-alike: `DELETE /sessions/{sessionId}/members/{memberId}` answers the
// session, without the member, in whichever format the request negotiates (Accept header,
// .json/.jsv/.csv suffix, or ?format=). Run it with `node examples/session-server.mjs`
// (after `npm ci`, which builds the package); the tests start it on a free port.
import { createServer } from "node:http";
import { SessionInfo } from "evo-codec";
import { negotiate } from "evo-codec/http";

/** The session every request gets back, less the member it removes. */
export function sampleSession(sessionId, removed) {
  const members = [
    { identity: "caller@example.com", displayName: "Caller, Carol", role: "Caller", callState: "Connected", isOriginalMember: true, muted: false },
    { identity: "agent@example.com", displayName: 'Agent "Ann"', role: "Agent", callState: "Connected", isOriginalMember: false, muted: false, applicationData: { queue: "sales:emea" } },
  ];
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
    members: members.filter((member) => member.identity !== removed),
  };
}

/** Starts the server; resolves to its URL and a way to stop it. */
export function startSessionServer({ port = 0, host = "127.0.0.1" } = {}) {
  const server = createServer((request, response) => {
    const negotiated = negotiate({ url: request.url ?? "/", accept: request.headers.accept, operationName: "DeleteChatMember" });
    if (negotiated.format === undefined) {
      response.writeHead(406, { "Content-Type": "text/plain" }).end(`none of ${negotiated.notAcceptable} is JSON, JSV or CSV\n`);
      return;
    }
    const route = /^\/sessions\/([^/]+)\/members\/([^/]+)$/.exec(negotiated.path);
    if (request.method !== "DELETE" || !route) {
      response.writeHead(404, { "Content-Type": "text/plain" }).end("not found\n");
      return;
    }
    const removed = new URL(request.url ?? "/", "http://localhost").searchParams.get("memberToRemove") ?? decodeURIComponent(route[2]);
    const body = negotiated.codec.encode(SessionInfo, sampleSession(decodeURIComponent(route[1]), removed));
    response.writeHead(200, negotiated.headers).end(body);
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
}
