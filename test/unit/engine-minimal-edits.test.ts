// Fix-all's edits as an editor receives them: each narrowed to the characters that really
// change (a label with one wrong character is a one-character edit, a label cut short gets
// only its missing end), the same with CRLF line endings. And a title's runs of spaces read
// as one.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixAllEdits, parse } from '../../server/src/engine';
import { CLEAN, replaceOnce } from './engine-cases';

const at = (line: number, from: number, to: number, newText: string) => ({
  range: { start: { line, character: from }, end: { line, character: to } },
  newText,
});
const crlf = (text: string) => text.replace(/\n/g, '\r\n');

test('fix-all edits: one wrong character of a label is a one-character edit, also with CRLF', () => {
  const text = replaceOnce(CLEAN, '本年废止件数', '本年度止件数');
  assert.deepEqual(fixAllEdits(text), [at(35, 14, 15, '废')]);
  assert.deepEqual(fixAllEdits(crlf(text)), [at(35, 14, 15, '废')]);
});

test('fix-all edits: a label cut short gets only its missing end inserted', () => {
  assert.deepEqual(fixAllEdits(replaceOnce(CLEAN, '本年废止件数', '本年废止')), [at(35, 16, 16, '件数')]);
});

test('fix-all edits: a section numbered 5、 changes the one character', () => {
  const text = replaceOnce(CLEAN, '五、存在的主要问题及改进情况', '5、存在的主要问题及改进情况');
  assert.deepEqual(fixAllEdits(text), [at(87, 0, 1, '五')]);
  assert.deepEqual(fixAllEdits(crlf(text)), [at(87, 0, 1, '五')]);
});

test('title: runs of spaces inside the title read as one space', () => {
  assert.equal(
    parse('某县科学技术局  2022  年政府信息公开工作年度报告\n一、总体情况').title?.text,
    '某县科学技术局 2022 年政府信息公开工作年度报告',
  );
});
