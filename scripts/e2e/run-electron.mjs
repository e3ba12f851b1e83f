// Host 1 of the end-to-end suite: desktop VS Code through @vscode/test-electron, the
// conventional runner (npm run test:vscode).
//
// A local VS Code is used when VSCODE_EXECUTABLE_PATH (or vscodeExecutablePath) names
// its executable, e.g.
//   VSCODE_EXECUTABLE_PATH=/usr/share/code/code npm run test:vscode
// otherwise @vscode/test-electron downloads one into .vscode-test/. Where neither works —
// these machines reach no download server — it says so and skips (exit 0). A run that
// starts and has failing tests exits 1.
//
// Desktop VS Code needs a display: on Linux without $DISPLAY this starts Xvfb (Debian
// package `xvfb`) when it is installed, and stops it afterwards by its process id.

import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { buildSuite, repo } from './build-suite.mjs';

const workspace = path.join(repo, 'test', 'e2e', 'fixtures');
const log = (message) => console.log(`test:vscode: ${message}`);

async function executable() {
  const local = process.env.VSCODE_EXECUTABLE_PATH ?? process.env.vscodeExecutablePath;
  if (local) {
    if (!fs.existsSync(local)) throw new Error(`VSCODE_EXECUTABLE_PATH=${local} does not exist`);
    log(`using the local VS Code ${local}`);
    return local;
  }
  try {
    return await downloadAndUnzipVSCode({ version: 'stable', timeout: 30_000 });
  } catch (error) {
    log(
      `skipped — no local VS Code (set VSCODE_EXECUTABLE_PATH) and the download failed: ${error instanceof Error ? error.message : error}`,
    );
    log('the same suite runs offline in code-server with `npm run test:e2e`.');
    return undefined;
  }
}

/** Starts Xvfb when Linux has no display; returns the child to stop, if any. */
function ensureDisplay() {
  if (process.platform !== 'linux' || process.env.DISPLAY) return undefined;
  const xvfb = spawnSync('sh', ['-c', 'command -v Xvfb'], { encoding: 'utf8' }).stdout.trim();
  if (!xvfb) {
    log('warning: no $DISPLAY and no Xvfb (apt-get install xvfb); VS Code may fail to start');
    return undefined;
  }
  const display = `:${90 + (process.pid % 9)}`;
  const child = spawn(xvfb, [display, '-screen', '0', '1440x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  process.env.DISPLAY = display;
  log(`started Xvfb on ${display} (pid ${child.pid})`);
  return child;
}

async function main() {
  const build = spawnSync(process.execPath, [path.join(repo, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: repo });
  if (build.status !== 0) throw new Error('node scripts/build.mjs failed');
  const extensionTestsPath = await buildSuite();
  const vscodeExecutablePath = await executable();
  if (!vscodeExecutablePath) return;
  const xvfb = ensureDisplay();
  try {
    const launchArgs = [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--disable-gpu',
    ];
    // Chromium refuses to run as root with its sandbox on.
    if (process.getuid?.() === 0) launchArgs.push('--no-sandbox');
    const code = await runTests({ vscodeExecutablePath, extensionDevelopmentPath: repo, extensionTestsPath, launchArgs });
    if (code !== 0) process.exitCode = 1;
  } finally {
    if (xvfb?.pid) process.kill(xvfb.pid, 'SIGTERM');
  }
}

main().catch((error) => {
  console.error(`test:vscode: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
});
