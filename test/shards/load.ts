// `npm run test:unit` runs the unit and protocol test files in two processes (shard 1 and
// shard 2 of this folder), not one process per file: on a 2-core machine each extra process
// cost half a second of start-up (Node, tsx, the engine loaded again), about a fifth of the
// suite's CPU, and Node 20's runner runs one file at a time there. Every test file is loaded
// by exactly one shard (test/unit/shards.test.ts checks it).
import { readdirSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');
const FOLDERS = ['unit', 'protocol'];

/** Every test file, in a fixed order (the folder, then the name). */
export function testFiles(): string[] {
  return FOLDERS.flatMap((folder) =>
    readdirSync(path.join(ROOT, folder))
      .filter((name) => name.endsWith('.test.ts'))
      .sort()
      .map((name) => path.join(ROOT, folder, name)),
  );
}

/** The files of shard `index` (1-based) of `count`: every count-th file, so that the slow
 *  CLI and PDF tests, which sort together, fall into different shards. */
export function shardFiles(index: number, count: number): string[] {
  return testFiles().filter((_, i) => i % count === index - 1);
}

/** Registers the shard's tests: requiring a test file runs its top-level test() calls. */
export function loadShard(index: number, count: number): void {
  for (const file of shardFiles(index, count)) {
    // The test files are CommonJS under tsx; require keeps their tests registered in order
    // (a top-level await is not available in CommonJS).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(file);
  }
}
