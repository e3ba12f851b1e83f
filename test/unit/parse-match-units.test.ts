// Matching a written label against the format's catalogue on its own
// (server/src/engine/parse/match.ts): exact labels and the alternatives the format allows
// (score 1, exact), known misspellings (0.99, reported), near misses by edit distance,
// with or without the row's numbering, the first of equals kept. The length bounds that
// skip hopeless labels must never skip a label that scores: the cases at the threshold
// check that. Labels are the format's own (docs/report-format.md, table 2's rows).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestMatch, isNumeric, type Labelled } from '../../server/src/engine/parse/match';

const found = (text: string, items: readonly Labelled[], threshold = 0.8) => {
  const m = bestMatch(text, items, threshold);
  return m && { label: m.item.label, score: m.score, exact: m.exact };
};

test('match: the label or an accepted alternative, up to width and spaces, is exact with score 1', () => {
  const items: Labelled[] = [{ label: '（一）予以公开', accepted: ['（一）全部公开'] }];
  assert.deepEqual(found('（一）予以公开', items), { label: '（一）予以公开', score: 1, exact: true });
  assert.deepEqual(found('(一) 予以公开', items), { label: '（一）予以公开', score: 1, exact: true });
  assert.deepEqual(found('（一）全部公开', items), { label: '（一）予以公开', score: 1, exact: true });
});

test('match: of two items with the same label, the first is the match', () => {
  const items: Labelled[] = [
    { label: '其他', accepted: ['其它'] },
    { label: '其他', accepted: ['其它'] },
  ];
  assert.equal(bestMatch('其他', items, 0.8)?.item, items[0]);
  assert.equal(bestMatch('其它', items, 0.8)?.item, items[0]);
});

test('match: a known misspelling scores 0.99 and is not exact; a shared misspelling is the first item’s', () => {
  const items: Labelled[] = [
    { label: '（三）不予公开', variants: ['（三）不予以公开'] },
    { label: '（四）无法提供', variants: ['（三）不予以公开'] },
  ];
  assert.deepEqual(found('（三）不予以公开', items), { label: '（三）不予公开', score: 0.99, exact: false });
});

test('match: a near miss scores by edit distance; under the threshold nothing', () => {
  const items: Labelled[] = [{ label: '本年新收政府信息公开申请数量' }];
  // One character added to fourteen: 1 - 1/15.
  assert.deepEqual(found('本年新收到政府信息公开申请数量', items, 0.93), {
    label: '本年新收政府信息公开申请数量',
    score: 1 - 1 / 15,
    exact: false,
  });
  assert.equal(found('本年新收到政府信息公开申请数量', items, 0.94), undefined);
});

test('match: a label written without its numbering scores by the rest, less a small penalty', () => {
  const items: Labelled[] = [{ label: '（一）予以公开' }];
  // 予以公开了 against 予以公开: 1 - 1/5, less 0.02; against the whole label far less.
  const score = 1 - 1 / 5 - 0.02;
  assert.deepEqual(found('予以公开了', items, 0.75), { label: '（一）予以公开', score, exact: false });
  assert.deepEqual(found('予以公开了', items, score), { label: '（一）予以公开', score, exact: false }, 'exactly at the threshold');
  assert.equal(found('予以公开了', items, 0.79), undefined);
});

test('match: of two near misses that score the same, the first is kept; a better later one wins', () => {
  const items: Labelled[] = [{ label: '予以公开甲' }, { label: '予以公开乙' }, { label: '不予处理' }];
  assert.deepEqual(found('予以公开丁', items), { label: '予以公开甲', score: 0.8, exact: false });
  const better: Labelled[] = [{ label: '予以公开甲乙丙' }, { label: '予以公开甲乙' }];
  assert.deepEqual(found('予以公开甲', better, 0.5), { label: '予以公开甲乙', score: 1 - 1 / 6, exact: false });
  const worse: Labelled[] = [{ label: '予以公开丁' }, { label: '予以公开甲乙丙' }];
  assert.deepEqual(found('予以公开丁甲', worse, 0.5), { label: '予以公开丁', score: 1 - 1 / 6, exact: false });
});

test('match: an empty text, or one longer than 80 characters, matches nothing', () => {
  const long = '信'.repeat(81);
  assert.equal(bestMatch(long, [{ label: long }], 0.5), undefined);
  const eighty = '信'.repeat(80);
  assert.equal(bestMatch(eighty, [{ label: eighty }], 0.5)?.exact, true);
  assert.equal(bestMatch('', [{ label: '' }], 0), undefined);
});

test('isNumeric: digits, signs, full-width digits and separators, around spaces; nothing else', () => {
  for (const t of ['0', '12', ' 12 ', '-1', '−3', '+5', '１２', '1,234', '3.5']) assert.equal(isNumeric(t), true, t);
  for (const t of ['', '第1', 'a1', '1a', '--1', '无', '/']) assert.equal(isNumeric(t), false, t);
});
