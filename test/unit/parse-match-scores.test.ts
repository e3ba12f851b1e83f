// Matching written labels against the format's catalogue (parse/match.ts) on its own. The
// format (docs/report-format.md): header and row labels are matched loosely (white space,
// full/half width, quotes, 社会组织 for 社会公益组织) but reported when they differ; a
// numbering written otherwise (4. 保护… for 4.保护…) costs little. Scores are worked out
// by hand from the edit distance: 1 − distance / the longer length.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestMatch, isNumeric } from '../../server/src/engine/parse/match';
import { TABLE2_COLUMNS } from '../../server/src/engine/format/table2';

const welfare = TABLE2_COLUMNS.find((c) => c.key === 'welfare')!;

test('a label written as the format writes it, up to spaces: exact, score 1', () => {
  assert.deepEqual(bestMatch('自 然 人', TABLE2_COLUMNS, 0.6), { item: TABLE2_COLUMNS[0], score: 1, exact: true });
});

test('a known variant (社会组织 for 社会公益组织): matched at 0.99, not exact (reported)', () => {
  assert.deepEqual(bestMatch('社会组织', TABLE2_COLUMNS, 0.6), { item: welfare, score: 0.99, exact: false });
  assert.deepEqual(bestMatch('公 益 组 织', TABLE2_COLUMNS, 0.6), { item: welfare, score: 0.99, exact: false });
});

test('two labels sharing a variant: the first listed takes it', () => {
  const items = [
    { label: '甲甲甲甲', variants: ['丙丙'] },
    { label: '乙乙乙乙', variants: ['丙丙'] },
  ];
  assert.deepEqual(bestMatch('丙丙', items, 0.6), { item: items[0], score: 0.99, exact: false });
});

test('an accepted form is exact; the label wins over an accepted form of a later item', () => {
  const items = [{ label: '甲乙' }, { label: '丙丁', accepted: ['甲乙'] }];
  assert.deepEqual(bestMatch('甲乙', items, 0.6), { item: items[0], score: 1, exact: true });
  assert.deepEqual(bestMatch('丙丁', items, 0.6), { item: items[1], score: 1, exact: true });
});

test('no text, or more than 80 characters, is no label: not matched even when equal', () => {
  const long = '长'.repeat(81);
  assert.equal(bestMatch(long, [{ label: long }], 0.6), undefined);
  const eighty = '长'.repeat(80);
  assert.deepEqual(bestMatch(eighty, [{ label: eighty }], 0.6), { item: { label: eighty }, score: 1, exact: true });
  assert.equal(bestMatch('', [{ label: '甲乙' }], 0), undefined);
});

const SECRET = { label: '1.属于国家秘密' };
const OTHER = { label: '2.其他法律行政法规禁止公开' };

test('a letter missing from a numbered label: 1 − 1/8 = 0.875', () => {
  // 1.属于国家秘 against 1.属于国家秘密: one edit in eight. Without the numbering, 5 of 6
  // less the numbering's 0.02 is lower (0.813), so the whole label's score counts.
  assert.deepEqual(bestMatch('1.属于国家秘', [OTHER, SECRET], 0.86), { item: SECRET, score: 0.875, exact: false });
  assert.equal(bestMatch('1.属于国家秘', [OTHER, SECRET], 0.88), undefined);
});

test('a numbering left out and a letter missing: matched on the label’s words, less 0.02', () => {
  // 属于国家秘 against 属于国家秘密 (the words of 1.属于国家秘密): 1 − 1/6 − 0.02.
  const m = bestMatch('属于国家秘', [OTHER, SECRET], 0.8);
  assert.equal(m?.item, SECRET);
  assert.equal(m?.exact, false);
  assert.ok(Math.abs(m!.score - (1 - 1 / 6 - 0.02)) < 1e-9, String(m?.score));
  assert.equal(bestMatch('属于国家秘', [OTHER, SECRET], 0.82), undefined);
});

test('the numbering alone differing: 0.98', () => {
  const m = bestMatch('3.属于国家秘密', [SECRET], 0.9);
  assert.equal(m?.item, SECRET);
  assert.ok(Math.abs(m!.score - 0.98) < 1e-9, String(m?.score));
});

test('of two labels as close, the first listed wins; a closer later one wins', () => {
  const items = [{ label: '甲乙丙' }, { label: '甲乙丁' }];
  const m = bestMatch('甲乙戊', items, 0.6);
  assert.equal(m?.item, items[0]);
  assert.ok(Math.abs(m!.score - 2 / 3) < 1e-9);
  const closer = [{ label: '甲丁戊己' }, { label: '甲乙丙己' }];
  assert.equal(bestMatch('甲乙丙丁', closer, 0.4)?.item, closer[1]);
});

test('a worse match later in the catalogue does not replace a better one', () => {
  const items = [{ label: '甲乙丙丁' }, { label: '甲乙戊己' }];
  const m = bestMatch('甲乙丙戊', items, 0.4);
  assert.equal(m?.item, items[0]);
  assert.equal(m?.score, 0.75);
});

test('below the threshold: no match', () => {
  assert.equal(bestMatch('完全不同', TABLE2_COLUMNS, 0.6), undefined);
  // The same text asked twice gives the same answer (the memo).
  assert.equal(bestMatch('完全不同', TABLE2_COLUMNS, 0.6), undefined);
  assert.deepEqual(bestMatch('社会组织', TABLE2_COLUMNS, 0.6), { item: welfare, score: 0.99, exact: false });
});

test('isNumeric: digits with a sign, grouping commas and a decimal point, spaces around', () => {
  for (const yes of ['0', '12', '+1', '-1', '−2', '－3', '1,000', '1，000', '3.5', '３．５', ' 7 ', '１２']) assert.ok(isNumeric(yes), yes);
  for (const no of ['', '-', 'a1', '1a', '无', '.5', '+-1', '1 2']) assert.equal(isNumeric(no), false, no);
});
