// Entry point of the end-to-end suite: VS Code's extension host loads this module (given
// as --extensionTestsPath / the `extensionTestsPath` payload) and awaits run().
//
// It runs Mocha (TDD interface) over the *.test.js bundles beside it, writes
// test-results/e2e-results.json ({ passes, failures: [{ title, message }] }), and rejects
// when a test failed, so the host exits with the suite's status.
//
// Environment (all optional; the extension host inherits the host's environment):
//   GOVREPORT_E2E_RESULTS          where to write the results JSON
//   GOVREPORT_E2E_GREP             run only tests whose full title matches this regexp
//   GOVREPORT_E2E_SCREENSHOT_DONE  set by the code-server driver: after the run, show a
//                                  seed with the Problems panel, write the results, and
//                                  wait (at most 60 s) for this file, which the driver
//                                  creates once it has taken its screenshot

import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { WAIT_MS, closeAllEditors, openReport, ours, removeTempCopies, repoRoot, seedPath, waitFor } from './helpers';

interface Outcome {
  title: string;
  durationMs?: number;
  message?: string;
}

interface Results {
  host: string;
  passes: Outcome[];
  failures: Outcome[];
  pending: Outcome[];
  startedAt: string;
  durationMs: number;
  screenshotScene?: string;
}

export async function run(): Promise<void> {
  const resultsFile = process.env.GOVREPORT_E2E_RESULTS || path.join(repoRoot, 'test-results', 'e2e-results.json');
  const started = Date.now();
  const results: Results = {
    host: `${vscode.env.appName} ${vscode.version} (${vscode.env.appHost}, ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'})`,
    passes: [],
    failures: [],
    pending: [],
    startedAt: new Date(started).toISOString(),
    durationMs: 0,
  };

  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 2 * WAIT_MS + 10_000, reporter: 'spec' });
  if (process.env.GOVREPORT_E2E_GREP) mocha.grep(new RegExp(process.env.GOVREPORT_E2E_GREP));
  for (const file of fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort()) {
    mocha.addFile(path.join(__dirname, file));
  }

  try {
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (test) => results.passes.push({ title: test.fullTitle(), durationMs: test.duration }));
      runner.on('fail', (test, error: Error) =>
        results.failures.push({ title: test.fullTitle(), message: error?.stack ?? error?.message ?? String(error) }),
      );
      runner.on('pending', (test) => results.pending.push({ title: test.fullTitle() }));
    });
  } catch (error) {
    results.failures.push({ title: 'loading the suite', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }

  const screenshotDone = process.env.GOVREPORT_E2E_SCREENSHOT_DONE;
  if (screenshotDone) {
    try {
      results.screenshotScene = await showScene();
    } catch (error) {
      results.screenshotScene = `could not set up the screenshot scene: ${error instanceof Error ? error.message : error}`;
    }
  }

  // Before the results: a driver may stop the host as soon as it has read them.
  removeTempCopies();
  results.durationMs = Date.now() - started;
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.writeFileSync(`${resultsFile}.tmp`, JSON.stringify(results, null, 2));
  fs.renameSync(`${resultsFile}.tmp`, resultsFile);
  console.log(`e2e: ${results.passes.length} passed, ${results.failures.length} failed`);

  if (screenshotDone) await waitForFile(screenshotDone, 60_000);

  if (results.failures.length > 0) throw new Error(`${results.failures.length} end-to-end test(s) failed`);
}

/** A seed with several findings in the editor and the Problems panel open. */
async function showScene(): Promise<string> {
  await closeAllEditors();
  const { uri } = await openReport(seedPath('003'));
  await waitFor(() => ours(uri).length > 0, [vscode.languages.onDidChangeDiagnostics], 'diagnostics of the screenshot seed').catch(
    () => undefined,
  );
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  return `${path.basename(uri.fsPath)} with ${ours(uri).length} diagnostics, Problems panel open`;
}

function waitForFile(file: string, timeout: number): Promise<void> {
  return new Promise((resolve) => {
    const deadline = Date.now() + timeout;
    const poll = () => {
      if (fs.existsSync(file) || Date.now() > deadline) resolve();
      else setTimeout(poll, 200);
    };
    poll();
  });
}
