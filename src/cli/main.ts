import { run } from "./run.js";

// The `evo-codec` bin: everything else is in run(), which the tests call directly.
process.exitCode = run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
