// Bundles the end-to-end suite (test/e2e/suite/*.ts) into out/e2e/suite/, where VS Code's
// extension host loads index.js and it loads the *.test.js beside it. `vscode` comes
// from the host and Mocha from the project's node_modules.

import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const suiteOut = path.join(repo, 'out', 'e2e', 'suite');
export const suiteIndex = path.join(suiteOut, 'index.js');

export async function buildSuite() {
  const dir = path.join(repo, 'test', 'e2e', 'suite');
  const entries = fs.readdirSync(dir).filter((f) => f === 'index.ts' || f.endsWith('.test.ts'));
  fs.rmSync(suiteOut, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: entries.map((f) => path.join(dir, f)),
    outdir: suiteOut,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return suiteIndex;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await buildSuite();
  console.log(`built ${path.relative(repo, suiteIndex)}`);
}
