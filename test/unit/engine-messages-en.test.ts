// What a clerk with an English UI reads: a balance finding's statement, its related cells
// and its quick-fix titles, and GR002's two fixes (the heading as wording, the heading with
// an empty table as figures), each written out from the format's English names.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import { CLEAN, replaceOnce } from './engine-cases';

const NEW_ROW = '一、本年新收政府信息公开申请数量\t\t4\t1\t0\t0\t0\t0\t5\t';
// 一 natural persons typed 6 instead of 4: its column (GR201) and its row (GR203) fail.
const BROKEN = replaceOnce(CLEAN, NEW_ROW, '一、本年新收政府信息公开申请数量\t\t6\t1\t0\t0\t0\t0\t5\t');

test('balances in English: the statement, the related cells and the quick fixes name rows and columns', () => {
  const [f] = lint(BROKEN, { locale: 'en' }).findings;
  assert.equal(f.code, 'GR201');
  assert.equal(
    f.message,
    'Table 2, column "natural persons": I(6) + II(1) = 7, but III(7) total(4) + IV(1) = 5; Table 2, row I: total is 5, but the six applicant columns add up to 7\n' +
      'Perhaps Table 2 I, natural persons (6) is wrong: 4 would balance all 2; or a total is, see the quick fixes',
  );
  assert.ok(f.related.length > 0);
  for (const r of f.related) assert.match(r.message, /^Table 2 [IV]+(\(7\) total)?, [a-z -]+ = \d+$/, r.message);
  assert.ok(f.related.some((r) => r.message === 'Table 2 III(7) total, natural persons = 4'));
  assert.deepEqual(
    f.fixes?.map((x) => x.title),
    ['Change table 2 I, natural persons to 4', 'Change table 2 IV, natural persons to 3', 'Change table 2 I, total to 7'],
  );
});

test('balances in table 2 are read and named the same when table 3 is missing', () => {
  const lines = BROKEN.split('\n');
  const from = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
  const to = lines.findIndex((l) => l.startsWith('五、'));
  const text = [...lines.slice(0, from + 1), '', ...lines.slice(to)].join('\n');
  const findings = lint(text).findings;
  assert.deepEqual(
    findings.map((f) => f.code),
    ['GR201', 'GR101'],
  );
  assert.deepEqual(findings[0].message, lint(BROKEN).findings[0].message);
  assert.equal(findings[0].fixes?.[0].title, '将 一、本年新收政府信息公开申请数量 自然人 改为 4');
});

test('GR002: a missing section with a table offers the heading as wording, then heading and empty table as figures', () => {
  const lines = CLEAN.split('\n');
  const from = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
  const to = lines.findIndex((l) => l.startsWith('五、'));
  const text = [...lines.slice(0, from), ...lines.slice(to)].join('\n');
  const [zh] = lint(text).findings.filter((f) => f.code === 'GR002');
  assert.deepEqual(
    zh.fixes?.map((x) => [x.title, x.kind, x.isPreferred === true]),
    [
      ['插入“四、政府信息公开行政复议、行政诉讼情况”', 'text', true],
      ['插入“四、政府信息公开行政复议、行政诉讼情况”和空的表三（填 0）', 'figure', false],
    ],
  );
  const [en] = lint(text, { locale: 'en' }).findings.filter((f) => f.code === 'GR002');
  assert.deepEqual(
    en.fixes?.map((x) => x.title),
    ['Insert "四、政府信息公开行政复议、行政诉讼情况"', 'Insert "四、政府信息公开行政复议、行政诉讼情况" and an empty Table 3 (zeros)'],
  );
});
