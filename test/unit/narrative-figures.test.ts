// The table figures the narrative is held against (GR401, GR402), on their own: only a
// cell that holds a valid number in a well-formed row counts, and a total only when its
// own table adds up (report-format.md: table 2's 总计 is the sum of its six applicant
// columns, table 3's 总计 the sum of its four results). The report is the clean TAB copy
// (test/fixtures/unit/clean-tab.txt): table 2's row 一 reads 4 1 0 0 0 0 5, table 3 reads
// 1 0 0 0 1 | 0 0 0 0 0 | 0 0 0 0 0.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/engine';
import { balancedTotal, figure, statementsOf } from '../../server/src/engine/narrative';
import { CLEAN, replaceOnce } from './engine-cases';

const NEW_ROW = '一、本年新收政府信息公开申请数量\t\t4\t1\t0\t0\t0\t0\t5\t';
const withNewRow = (cells: string) => parse(replaceOnce(CLEAN, NEW_ROW, `一、本年新收政府信息公开申请数量\t\t${cells}\t`));
const APPLICANTS = ['natural', 'business', 'research', 'welfare', 'legal', 'other'];

test('figure: a valid number of a well-formed row, in the asked table, row and column', () => {
  const model = parse(CLEAN);
  assert.equal(figure(model, 2, 'new', 'natural')?.value, 4);
  assert.equal(figure(model, 2, 'new', 'total')?.value, 5);
  assert.equal(figure(model, 2, 'new', 'business')?.value, 1);
  assert.equal(figure(model, 3, 'appeals', 'review.upheld')?.value, 1);
  assert.equal(figure(model, 2, 'nosuchrow', 'total'), undefined);
  assert.equal(figure(model, 2, 'new', 'nosuchcolumn'), undefined);
  assert.equal(figure(model, 1, 'new', 'total'), undefined, 'table 1 has no such row');
});

test('figure: a blank or invalid cell, and any cell of a row with a number too many, count as none', () => {
  assert.equal(figure(withNewRow('\t1\t0\t0\t0\t0\t5'), 2, 'new', 'natural'), undefined, 'blank');
  assert.equal(figure(withNewRow('无\t1\t0\t0\t0\t0\t5'), 2, 'new', 'natural'), undefined, 'text');
  assert.equal(figure(withNewRow('-4\t1\t0\t0\t0\t0\t5'), 2, 'new', 'natural'), undefined, 'negative');
  const tooMany = withNewRow('4\t1\t0\t0\t0\t0\t5\t7');
  assert.equal(figure(tooMany, 2, 'new', 'natural'), undefined, 'a row with eight numbers is malformed');
  assert.equal(figure(tooMany, 2, 'new', 'total'), undefined);
  // The other cells of a row with one bad cell still count.
  assert.equal(figure(withNewRow('无\t1\t0\t0\t0\t0\t5'), 2, 'new', 'business')?.value, 1);
});

test('balancedTotal: the total when its row adds up, else none', () => {
  assert.equal(balancedTotal(parse(CLEAN), 2, 'new', 'total', APPLICANTS)?.value, 5);
  assert.equal(balancedTotal(withNewRow('4\t1\t0\t0\t0\t0\t6'), 2, 'new', 'total', APPLICANTS), undefined, '4 + 1 ≠ 6');
  assert.equal(balancedTotal(withNewRow('4\t1\t0\t0\t0\t\t5'), 2, 'new', 'total', APPLICANTS), undefined, 'a blank part');
  assert.equal(balancedTotal(withNewRow('4\t1\t0\t0\t0\t0\t'), 2, 'new', 'total', APPLICANTS), undefined, 'a blank total');
  const review = ['review.upheld', 'review.corrected', 'review.other', 'review.pending'];
  assert.equal(balancedTotal(parse(CLEAN), 3, 'appeals', 'review.total', review)?.value, 1);
});

test('statements: read from the sections on (a figure in the preamble is not one), once per model', () => {
  const stated = (text: string) => statementsOf(parse(text)).map((s) => [s.kind, s.value, s.negated]);
  const inOverview = stated(CLEAN);
  assert.ok(inOverview.length > 0, 'the overview states its applications');
  const preamble = replaceOnce(CLEAN, '一、总体情况', '本年度本行政机关共受理政府信息公开申请9件。\n\n一、总体情况');
  assert.deepEqual(stated(preamble), inOverview);
  const model = parse(CLEAN);
  assert.equal(statementsOf(model), statementsOf(model), 'the same list for the same model');
});
