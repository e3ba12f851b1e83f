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
//   GOVREPORT_E2E_SCENES           set by the code-server driver: a folder. After the results
//                                  are written, each screenshot scene (the Problems panel, a
//                                  hover, a balance quick-fix menu, the table preview) is set
//                                  up in turn and announced as scene-<n>.json there; the
//                                  suite waits (at most 60 s) for scene-<n>.done, which the
//                                  driver writes once it has taken the screenshot, and ends
//                                  with scenes.end. While the tests run, the same folder
//                                  carries their requests to the driver (driver.ts: a click
//                                  inside a webview)

import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import {
  WAIT_MS,
  closeAllEditors,
  findLine,
  hasCode,
  openReport,
  ours,
  removeTempCopies,
  repoRoot,
  seedPath,
  tempCopy,
  waitFor,
  waitForDiagnostics,
  withCode,
} from './helpers';

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
  scenes?: string[];
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

  // Before the results: a driver may stop the host as soon as it has read them.
  removeTempCopies();
  results.durationMs = Date.now() - started;
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.writeFileSync(`${resultsFile}.tmp`, JSON.stringify(results, null, 2));
  fs.renameSync(`${resultsFile}.tmp`, resultsFile);
  console.log(`e2e: ${results.passes.length} passed, ${results.failures.length} failed`);

  const scenesDir = process.env.GOVREPORT_E2E_SCENES;
  if (scenesDir) await playScenes(scenesDir);

  if (results.failures.length > 0) throw new Error(`${results.failures.length} end-to-end test(s) failed`);
}

const BROKEN = path.join(repoRoot, 'test', 'fixtures', 'layouts', 'tab-balance-error.txt');

/** The screenshot scenes: name (the PNG is test-results/e2e-<name>.png) and how to set it up. */
interface Scene {
  name: string;
  /** Sets the scene up; returns its description. */
  show: () => Promise<string>;
  /**
   * What the driver waits for before the screenshot: a CSS selector that must be visible,
   * and, should it not appear, the editor line and token to hover with the mouse (as a
   * user would) — a command run from the extension host needs the page's focus, which a
   * headless browser may not give the editor.
   */
  expect?: { selector: string; line?: string; token?: string };
}

const SCENES: Scene[] = [
  {
    // A seed with several findings in the editor and the Problems panel open.
    name: 'workbench',
    show: async () => {
      const { uri } = await openReport(seedPath('003'));
      await waitFor(() => ours(uri).length > 0, [vscode.languages.onDidChangeDiagnostics], 'diagnostics of the screenshot seed');
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      return `${path.basename(uri.fsPath)} with ${ours(uri).length} diagnostics, Problems panel open`;
    },
  },
  {
    name: 'hover',
    show: async () => {
      // The Problems panel of the first scene would cover the hover.
      await vscode.commands.executeCommand('workbench.action.closePanel');
      const { uri, editor } = await openReport(tempCopy(BROKEN, '某局2022年政府信息公开工作年度报告.txt'));
      await waitForDiagnostics(uri, hasCode('GR201'), 'GR201');
      const line = findLine(uri, /^四、结转下年度继续办理/);
      const at = new vscode.Position(line, editor.document.lineAt(line).text.indexOf('\t1') + 1);
      editor.selection = new vscode.Selection(at, at);
      editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
      await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
      await vscode.commands.executeCommand('editor.action.showHover');
      return 'hover on table 2, 四 自然人';
    },
    expect: { selector: '.monaco-hover:not(.hidden) .hover-contents', line: '四、结转下年度继续办理', token: '1' },
  },
  {
    name: 'quickfix',
    show: async () => {
      const { uri, editor } = await openReport(tempCopy(BROKEN, '某局2022年政府信息公开工作年度报告.txt'));
      await waitForDiagnostics(uri, hasCode('GR201'), 'GR201');
      const [d] = withCode(uri, 'GR201');
      editor.selection = new vscode.Selection(d.range.start, d.range.start);
      editor.revealRange(d.range, vscode.TextEditorRevealType.InCenter);
      await vscode.commands.executeCommand('editor.action.quickFix');
      return 'quick-fix menu of a GR201 balance finding';
    },
  },
  {
    name: 'preview',
    show: async () => {
      const { uri } = await openReport(tempCopy(BROKEN, '某局2022年政府信息公开工作年度报告.txt'));
      await waitForDiagnostics(uri, hasCode('GR204'), 'GR204');
      await vscode.commands.executeCommand('govreport.preview');
      return 'table preview beside the report';
    },
  },
];

/** Sets up each scene, announces it to the driver and waits for its screenshot. */
async function playScenes(dir: string): Promise<void> {
  // The screenshots show what a clerk sees: Chinese messages and column names, as
  // govreport.language gives them in this English workbench (the profile is thrown away).
  try {
    await vscode.workspace.getConfiguration('govreport').update('language', 'zh-cn', vscode.ConfigurationTarget.Global);
  } catch {
    // English screenshots then
  }
  for (const [i, scene] of SCENES.entries()) {
    let description: string;
    try {
      await closeAllEditors();
      description = await scene.show();
    } catch (error) {
      description = `could not set up: ${error instanceof Error ? error.message : error}`;
    }
    // Written whole then renamed: the harness polls for the file and must never read it half written.
    const announced = path.join(dir, `scene-${i}.json`);
    fs.writeFileSync(`${announced}.tmp`, JSON.stringify({ name: scene.name, description, expect: scene.expect }));
    fs.renameSync(`${announced}.tmp`, announced);
    await waitForFile(path.join(dir, `scene-${i}.done`), 60_000);
  }
  fs.writeFileSync(path.join(dir, 'scenes.end'), '');
  removeTempCopies();
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
