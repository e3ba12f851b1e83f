import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { shardFiles, testFiles } from '../shards/load';

test('every unit and protocol test file is loaded by exactly one of the two shards', () => {
  const listed = (folder: string) =>
    readdirSync(path.join(__dirname, '..', folder))
      .filter((name) => name.endsWith('.test.ts'))
      .map((name) => `${folder}/${name}`);
  const all = [...listed('unit'), ...listed('protocol')].sort();
  const short = (file: string) => path.relative(path.join(__dirname, '..'), file).split(path.sep).join('/');
  assert.deepEqual(testFiles().map(short).sort(), all);
  const one = shardFiles(1, 2).map(short);
  const two = shardFiles(2, 2).map(short);
  assert.deepEqual([...one, ...two].sort(), all);
  assert.equal(one.filter((file) => two.includes(file)).length, 0);
  assert.ok(one.includes('unit/shards.test.ts') !== two.includes('unit/shards.test.ts'));
});
