// The expected-file format itself (test/unit/expected.ts): what a fix's hunk shows, how
// text is escaped, and that updating keeps the hand-written comments.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TextEdit } from '../../server/src/engine';
import { comparable, fixHunks, NO_FINDINGS, renderActual, updateExpected } from './expected';
import { readFixture } from './helpers';

const at = (line: number, character: number) => ({ line, character });
const edit = (l1: number, c1: number, l2: number, c2: number, newText: string): TextEdit => ({
  range: { start: at(l1, c1), end: at(l2, c2) },
  newText,
});

test('a fix inside a line shows that line before and after, tabs escaped', () => {
  assert.deepEqual(fixHunks('a\nb\tc\nd\n', [edit(1, 2, 1, 3, 'X')]), ['@@ -2,1 +2,1 @@', '-b\\tc', '+b\\tX']);
});

test('inserted lines are numbered as in GNU diff: after the old line, at their new lines', () => {
  assert.deepEqual(fixHunks('a\nb\n', [edit(0, 1, 0, 1, '\nnew')]), ['@@ -1,0 +2,1 @@', '+new']);
  assert.deepEqual(fixHunks('a\r\nb\r\n', [edit(1, 0, 1, 0, 'x\r\ny\r\n')]), ['@@ -1,0 +2,2 @@', '+x', '+y']);
});

test('edits far apart give one hunk each, the second numbered after the first one’s lines', () => {
  const text = 'l1\nl2\nl3\nl4\n';
  assert.deepEqual(fixHunks(text, [edit(0, 2, 0, 2, '\nins'), edit(3, 0, 3, 2, 'L4')]), [
    '@@ -1,0 +2,1 @@',
    '+ins',
    '@@ -4,1 +5,1 @@',
    '-l4',
    '+L4',
  ]);
});

test('a long changed line is cut to the change and twenty characters either side', () => {
  const before = '甲'.repeat(100) + '2021' + '乙'.repeat(100);
  const [, minus, plus] = fixHunks(before, [edit(0, 103, 0, 104, '2')]);
  // The change is the last digit: '202' is common to both lines, so it counts as context.
  assert.equal(minus, `-…${'甲'.repeat(17)}2021${'乙'.repeat(20)}…`);
  assert.equal(plus, `+…${'甲'.repeat(17)}2022${'乙'.repeat(20)}…`);
});

test('comments and blank lines are not compared', () => {
  assert.equal(comparable('# a\n\nGR001 error 1:1-1:2 "x"\n  m\n# b\n'), 'GR001 error 1:1-1:2 "x"\n  m\n');
});

test('a text with no findings says so', () => {
  assert.equal(renderActual(readFixture('rules', 'clean-county-bureau.txt')), `${NO_FINDINGS}\n`);
  assert.equal(updateExpected('# header\n', readFixture('rules', 'clean-county-bureau.txt')), `# header\n\n${NO_FINDINGS}\n`);
});

test('updating keeps the header and the comment above each finding, by code and line', () => {
  const text = '\n\n';
  const fresh = updateExpected(undefined, text);
  const first = fresh.split('\n')[0]!;
  assert.match(first, /^GR\d{3} \w+ \d+:\d+-\d+:\d+ /);
  const [code, , pos] = first.split(' ');
  const line = pos!.split(':')[0];
  const old = `# what the fixture is\n\n# why this one\n${code} ${line}\n`;
  const updated = updateExpected(old, text);
  assert.ok(updated.startsWith(`# what the fixture is\n\n# why this one\n${first}\n`), updated);
  assert.equal(updateExpected(updated, text), updated, 'updating twice changes nothing');
  const gone = updateExpected(`# why GR999\nGR999 7\n`, text);
  assert.match(gone, /# \(comments whose finding is gone\)\n# why GR999/);
});
