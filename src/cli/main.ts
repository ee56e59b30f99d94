import { run } from "./run.js";

// The `evo-codec` bin: everything else is in run(), which the tests call directly. A reader
// that closes stdout early (`| head`) cuts the report short; the run's exit code stands.
let cut = false;
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (cut) return;
  cut = true;
  const why = error.code === "EPIPE" ? "its reader closed it" : error.message;
  process.stderr.write(`evo-codec: the report on stdout was cut short: ${why}\n`);
});

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  // Only a run that reads `-` touches process.stdin.
  stdin: { [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator]() },
});
