// GR402 (the narrative's reconsiderations and lawsuits against table 3) with hand-written
// numbers: which totals a count is compared with (行政诉讼: both groups together, or either
// one), the results 维持 and 纠正, 未发生 while the table counts some; messages in both
// languages and the table cells they point at.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CLEAN, findingsOf, replaceOnce } from './engine-cases';

const OVERVIEW = '一、总体情况\n';
const TABLE3 = '1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0';
/** The clean 2022 report (table 3: one reconsideration, upheld) with `line` opening 总体情况. */
const saying = (line: string, table3 = TABLE3) => replaceOnce(replaceOnce(CLEAN, OVERVIEW, `${OVERVIEW}${line}\n`), TABLE3, table3);
const gr402 = (text: string, locale: 'zh' | 'en' = 'zh') => findingsOf(text, 'GR402', { locale });

test('GR402: lawsuits in the narrative against both litigation groups of table 3', () => {
  const text = saying('本年度涉及行政诉讼2件。');
  const [f, ...rest] = gr402(text);
  assert.deepEqual(rest, []);
  assert.equal(f.message, '叙述中行政诉讼 2 件，但表三为 0');
  assert.deepEqual(
    f.related.map((r) => r.message),
    ['表三 行政诉讼（未经复议直接起诉） 总计', '表三 行政诉讼（复议后起诉） 总计'],
  );
  assert.deepEqual(
    gr402(text, 'en').map((x) => x.message),
    ['The narrative gives 2 lawsuits, but table 3 counts 0'],
  );
  // Both groups together, or either one alone, may be what the narrative counts (the
  // clean report's own 诉讼0件 made the count under test).
  const both = '1\t0\t0\t0\t1\t1\t0\t0\t0\t1\t1\t0\t0\t0\t1';
  const lawsuits = (n: string) => replaceOnce(replaceOnce(CLEAN, TABLE3, both), '诉讼0件', `诉讼${n}件`);
  assert.deepEqual(gr402(lawsuits('2')), []);
  assert.deepEqual(gr402(lawsuits('1')), []);
  assert.deepEqual(
    gr402(lawsuits('3')).map((f) => f.message),
    ['叙述中行政诉讼 3 件，但表三为 2'],
  );
});

test('GR402: reconsiderations and their results, upheld and corrected', () => {
  const review = saying('本年度涉及行政复议2件。');
  assert.deepEqual(
    gr402(review).map((f) => [f.message, f.related.map((r) => r.message)]),
    [['叙述中行政复议 2 件，但表三为 1', ['表三 行政复议 总计']]],
  );
  assert.deepEqual(
    gr402(review, 'en').map((f) => f.message),
    ['The narrative gives 2 administrative reconsiderations, but table 3 counts 1'],
  );
  const results = saying('本年度涉及行政复议1件（维持0件、纠正1件）。');
  assert.deepEqual(
    gr402(results).map((f) => f.message),
    ['叙述中行政复议结果维持 0 件，但表三为 1', '叙述中行政复议结果纠正 1 件，但表三为 0'],
  );
  assert.deepEqual(
    gr402(results, 'en').map((f) => f.message),
    [
      'The narrative gives 0 reconsiderations upheld, but table 3 counts 1',
      'The narrative gives 1 reconsiderations corrected, but table 3 counts 0',
    ],
  );
  assert.deepEqual(gr402(saying('本年度涉及行政复议1件（维持1件）。')), []);
});

test('GR402: 未发生 while table 3 counts some', () => {
  const text = saying('本年度未发生政府信息公开行政复议。');
  assert.deepEqual(
    gr402(text).map((f) => f.message),
    ['叙述说未发生行政复议，但表三中行政复议为 1'],
  );
  assert.deepEqual(
    gr402(text, 'en').map((f) => f.message),
    ['The narrative says there were no administrative reconsiderations, but table 3 counts 1'],
  );
});

test('GR402: a group whose total does not add up is GR204’s; the narrative is not compared with it', () => {
  const unbalanced = '1\t0\t0\t0\t2\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0';
  assert.deepEqual(gr402(saying('本年度涉及行政复议1件。', unbalanced)), []);
});
