// Entry point of dist/cli-main.js (started by dist/cli.js, start.ts): runs the CLI on this process.
// All behaviour lives in run.ts so tests can call runCli without spawning a process.

import { runCli } from './run';

// `gov-report-lint … | head` closes the pipe early: stop quietly, not with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
}).then(
  (code) => {
    process.exitCode = code;
    // Exit once the output is written, not when the event loop has drained: at the end of a
    // large run V8 still has functions of the engine queued for optimising on its own threads,
    // and a natural exit waited for them (a tenth of a second of 1,000 reports, the process idle).
    flushed(process.stdout, () => flushed(process.stderr, () => process.exit(code)));
  },
  (error: unknown) => {
    process.stderr.write(`gov-report-lint: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);

/** Calls `then` once what was written to `stream` is handed to the system (at once for a file or a terminal). */
function flushed(stream: NodeJS.WriteStream, then: () => void): void {
  if (stream.writableLength === 0) then();
  else stream.write('', then);
}
