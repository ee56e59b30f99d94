// Debian's Chromium, headless, driven by playwright-core (no browser download), and a loopback
// server for the pages it opens.
import { existsSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, type Browser } from "playwright-core";

const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

/** Whether there is a Chromium to run; CI must have one (.ci/run installs Debian's package). */
export const chromiumAvailable = existsSync(CHROMIUM);
if (!chromiumAvailable && process.env["CI"]) throw new Error(`no Chromium at ${CHROMIUM}: .ci/run installs Debian's chromium package`);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** A server on 127.0.0.1, with the URL of its root. */
export interface Served {
  url: string;
  close(): Promise<void>;
}

export async function serve(handle: (request: IncomingMessage, response: ServerResponse) => void): Promise<Served> {
  const server: Server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
