// The engine as it ships, for the benches: bundled as scripts/build.mjs bundles it into dist/
// (esbuild, node20, CommonJS). Through tsx every function and closure is wrapped to keep its
// name (esbuild's keepNames), which slows the engine by a quarter and more at 16 MB.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';

const ROOT = path.resolve(__dirname, '..');

/** Writes the bundled engine to `outfile`. */
export function bundleEngine(outfile: string): void {
  buildSync({
    entryPoints: [path.join(ROOT, 'server/src/engine/index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });
}

/** The engine bundled, loaded in this process. */
export function shippedEngine(): typeof import('../server/src/engine') {
  const outfile = path.join(mkdtempSync(path.join(tmpdir(), 'grl-engine-')), 'engine.js');
  bundleEngine(outfile);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle is built at run time
  const engine = require(outfile) as typeof import('../server/src/engine');
  rmSync(path.dirname(outfile), { recursive: true, force: true });
  return engine;
}
