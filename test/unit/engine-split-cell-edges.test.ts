// GR205 (a number split across two cells by the export) in table 3 as in table 2, with
// hand-written rows: the one join that makes every group total hold is named; a join
// that fixes one group but not the next, or a row with a blank among its numbers, is not.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CLEAN, findingsOf, rangeOf, replaceOnce } from './engine-cases';

const TABLE3 = '1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0';
const NEW_ROW = '一、本年新收政府信息公开申请数量\t\t4\t1\t0\t0\t0\t0\t5';
const gr205 = (text: string, locale: 'zh' | 'en' = 'zh') => findingsOf(text, 'GR205', { locale });

test('GR205 in table 3: 12 upheld written 1 | 2, the group totals hold once joined', () => {
  const row = '1\t2\t0\t0\t0\t12\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0';
  const text = replaceOnce(CLEAN, TABLE3, row);
  const [f, ...rest] = gr205(text);
  assert.deepEqual(rest, []);
  assert.equal(f.severity, 'hint');
  const at = rangeOf(text, row).start;
  assert.deepEqual(f.range, { start: at, end: { line: at.line, character: at.character + 3 } });
  assert.equal(f.message, '这一行多出一个数；“1”和“2”可能是导出时被拆开的 12，合起来后各组总计正好相符');
  assert.equal(
    gr205(text, 'en')[0].message,
    'This row has one number too many; "1" and "2" may be 12 split by the export: joined, the group totals add up',
  );
  // The join settles the first group, but the second group's total still fails: no hint.
  assert.deepEqual(gr205(replaceOnce(CLEAN, TABLE3, '1\t2\t0\t0\t0\t12\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0')), []);
  // The last group's total fails after the join: no hint either.
  assert.deepEqual(gr205(replaceOnce(CLEAN, TABLE3, '1\t2\t0\t0\t0\t12\t0\t0\t0\t0\t0\t0\t0\t0\t0\t3')), []);
});

test('GR205 in table 2, in English; a blank among the numbers is no split number', () => {
  const text = replaceOnce(CLEAN, NEW_ROW, '一、本年新收政府信息公开申请数量\t\t1\t2\t0\t0\t0\t0\t1\t13');
  assert.deepEqual(
    gr205(text, 'en').map((f) => f.message),
    ['This row has one number too many; "1" and "2" may be 12 split by the export: joined, the row total adds up'],
  );
  // 1 2 1 0 0 0 0 13 joins two ways (12 … or 1 2 10 …): no hint, it is not for the tool to guess.
  const twice = replaceOnce(CLEAN, NEW_ROW, '一、本年新收政府信息公开申请数量\t\t1\t2\t1\t0\t0\t0\t0\t13');
  assert.deepEqual(gr205(twice), []);
  const blank = replaceOnce(CLEAN, NEW_ROW, '一、本年新收政府信息公开申请数量\t\t4\t1\t\t0\t0\t0\t0\t5');
  assert.deepEqual(gr205(blank), []);
});
