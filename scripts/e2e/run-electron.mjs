// Host 1 of the end-to-end suite: desktop VS Code through @vscode/test-electron, the
// conventional runner (npm run test:vscode).
//
// A local VS Code is used when VSCODE_EXECUTABLE_PATH (or vscodeExecutablePath) names
// its executable; otherwise @vscode/test-electron downloads one. Where neither works —
// these machines reach no download server — it says so and skips (exit 0). A run that
// starts and has failing tests exits 1.

import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { buildSuite, repo } from './build-suite.mjs';

const workspace = path.join(repo, 'test', 'e2e', 'fixtures');

async function executable() {
  const local = process.env.VSCODE_EXECUTABLE_PATH ?? process.env.vscodeExecutablePath;
  if (local) return local;
  try {
    return await downloadAndUnzipVSCode({ version: 'stable', timeout: 30_000 });
  } catch (error) {
    console.log(`test:vscode: skipped — no local VS Code (set VSCODE_EXECUTABLE_PATH) and the download failed: ${error instanceof Error ? error.message : error}`);
    console.log('test:vscode: the same suite runs offline in code-server with `npm run test:e2e`.');
    return undefined;
  }
}

async function main() {
  spawnSync(process.execPath, [path.join(repo, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: repo });
  const extensionTestsPath = await buildSuite();
  const vscodeExecutablePath = await executable();
  if (!vscodeExecutablePath) return;
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: repo,
    extensionTestsPath,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
}

main().catch((error) => {
  console.error(`test:vscode: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
});
