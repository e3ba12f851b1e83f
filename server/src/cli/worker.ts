// A worker thread of the CLI (bundled as dist/cliWorker.js; see pool.ts): checks the files
// the run sends it, each with the text the run has already read and the lint options it
// has already worked out (configuration, last year's report), exactly as checkFile does on
// the main thread, and sends back the outcome.

import { parentPort, workerData } from 'node:worker_threads';
import { checkFile } from './check';
import { messagesFor } from './messages';
import type { PoolJob, PoolReply, PoolSetup } from './pool';

const setup = workerData as PoolSetup;
const say = messagesFor(setup.locale);

parentPort?.on('message', (message: { id: number; job: PoolJob }) => {
  const { id, job } = message;
  void checkFile(
    job.target,
    {
      lint: job.lint,
      fix: false,
      fixDryRun: false,
      fixFigures: false,
      detect: setup.detect,
      quiet: setup.quiet,
      figures: setup.figures,
      places: setup.places,
      lines: setup.lines,
      read: setup.read,
      readFile: () => Promise.resolve(job.read),
    },
    say,
  ).then(
    (outcome) => {
      try {
        parentPort?.postMessage({ id, outcome } satisfies PoolReply);
      } catch (error) {
        // An outcome that cannot be sent (it never should): the run checks the file itself.
        parentPort?.postMessage({ id, error: String(error) } satisfies PoolReply);
      }
    },
    (error: unknown) => parentPort?.postMessage({ id, error: String(error) } satisfies PoolReply),
  );
});
