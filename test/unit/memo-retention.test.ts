// The engine's memos must not keep old reports alive (text/own.ts). A label cut from a
// report is a view into it in V8 (13 characters or more), so a memo keyed by it kept the
// whole text: in the language server, every version of a document whose edit brought a new
// label, up to each memo's bound of 4,096. Measured in a child process of its own, with
// collections forced, so that no other test's heap is counted.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

// Lints VERSIONS versions of a large report, each with a table cell's label no version had
// before (as typing in a cell makes), and says how many bytes the heap kept, and each text's.
const CHILD = `
const { readFileSync } = require('node:fs');
const { lint } = require(${JSON.stringify(path.join(ROOT, 'server/src/engine'))});
const seed = readFileSync(${JSON.stringify(path.join(ROOT, 'test/fixtures/seeds/000_83736ae7aacb97e3.txt'))}, 'utf8');
let base = seed;
while (base.length < 250000) base += '\\n' + seed;
const VERSIONS = 40;
const heap = () => { gc(); gc(); return process.memoryUsage().heapUsed; };
lint(base + '\\n其他需要说明的事项名称很长的一个单元格第0版\\t3\\t4\\n');
const before = heap();
for (let i = 1; i <= VERSIONS; i++) lint(base + '\\n其他需要说明的事项名称很长的一个单元格第' + i + '版\\t3\\t4\\n');
process.stdout.write(JSON.stringify({ kept: heap() - before, text: base.length * 2, versions: VERSIONS }));
`;

test('linting many versions of a report does not keep the old versions alive', () => {
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', '-e', CHILD], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const { kept, text, versions } = JSON.parse(run.stdout) as { kept: number; text: number; versions: number };
  // Each version kept would be `versions` texts (20 MB here); one report's model and text
  // may stay (the rules keep the last model they read), and the memos' own entries.
  assert.ok(kept < 8 * text, `kept ${(kept / 1e6).toFixed(1)} MB after ${versions} versions of a ${(text / 1e6).toFixed(1)} MB text`);
});
