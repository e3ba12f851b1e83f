// GR305 (a sentence of the year's work dated another year) and GR501 (conversion debris)
// at their edges, with hand-written expectations: which sections and years count, plans
// and comparisons left alone, where a sentence ends; each kind of debris with its message
// and the text fix that removes it (a text fix: fix-all applies it).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixAll } from '../../server/src/engine';
import { CLEAN, findingsOf, rangeOf, replaceOnce } from './engine-cases';

const OVERVIEW = '一、总体情况\n';
/** The clean 2022 report with `line` as the first line of 总体情况. */
const inOverview = (line: string) => replaceOnce(CLEAN, OVERVIEW, `${OVERVIEW}${line}\n`);
const gr305 = (text: string) => findingsOf(text, 'GR305');

test('GR305: last year’s date on a sentence of this year’s work, on the year, in both languages', () => {
  const text = inOverview('2021年，我局共主动公开政府信息120条。');
  const [f, ...rest] = gr305(text);
  assert.deepEqual(rest, []);
  assert.deepEqual(f.range, rangeOf(text, '2021', OVERVIEW));
  assert.equal(f.message, '这句写的是本年度工作，却以“2021年”开头；2022 年度报告应写 2022 年');
  assert.deepEqual(
    findingsOf(text, 'GR305', { locale: 'en' }).map((x) => x.message),
    ["This sentence reports the year's work but opens with 2021; the report is for 2022"],
  );
  // Later on the line, after another sentence: the range follows the year.
  const later = inOverview('全年工作有序推进。2021年，我局共主动公开政府信息120条。');
  assert.deepEqual(
    gr305(later).map((x) => x.range),
    [rangeOf(later, '2021', OVERVIEW)],
  );
});

test('GR305: only the narrative sections (一, 五, 六), not a table section’s prose', () => {
  const text = replaceOnce(CLEAN, '二、主动公开政府信息情况\n', '二、主动公开政府信息情况\n2021年，我局共主动公开政府信息120条。\n');
  assert.deepEqual(gr305(text), []);
});

test('GR305: the year before and after are checked; years further off are history or targets', () => {
  assert.equal(gr305(inOverview('2023年，我局主动公开政府信息120条。')).length, 1);
  assert.deepEqual(gr305(inOverview('2019年，我局主动公开政府信息120条。')), []);
  assert.deepEqual(gr305(inOverview('2025年，我局主动公开政府信息120条。')), []);
});

test('GR305: a plan for next year is left alone; plan words do not excuse last year', () => {
  assert.deepEqual(gr305(inOverview('2023年，我局将继续推进政务公开。')), []);
  assert.equal(gr305(inOverview('2021年，我局重点推进政务公开。')).length, 1);
});

test('GR305: the sentence ends at its full stop; a comparison in the next one does not excuse it', () => {
  assert.equal(gr305(inOverview('2021年，我局共主动公开政府信息120条。较上年有所增长。')).length, 1);
  assert.equal(gr305(inOverview('上年度工作较好。2021年，我局共主动公开政府信息120条。')).length, 1);
  // Without a full stop the sentence runs to the line's end: its last word counts.
  assert.deepEqual(gr305(inOverview('2021年，我局主动公开信息数量持平')), []);
});

test('GR501: a form feed inside a line, removed by a text fix; at a line’s edge it is a page boundary', () => {
  const text = inOverview('本年度主动公开\f政府信息120条。');
  const [f, ...rest] = findingsOf(text, 'GR501');
  assert.deepEqual(rest, []);
  assert.equal(f.message, '转换留下的分页符');
  assert.equal(f.fix?.title, '删除分页符');
  assert.equal(f.fix?.kind, 'text');
  assert.deepEqual(
    f.fix?.edits.map((e) => e.newText),
    [''],
  );
  assert.equal(findingsOf(text, 'GR501', { locale: 'en' })[0].message, 'A page break (form feed) left by the conversion');
  assert.equal(fixAll(text).text, inOverview('本年度主动公开政府信息120条。'));
  assert.deepEqual(findingsOf(inOverview('\f本年度主动公开政府信息120条。'), 'GR501'), []);
});

test('GR501 in English: an autolink and a bookmark, each with its fix', () => {
  const text = inOverview('详见<http://www.jiashan.gov.cn>。[bookmark: _GoBack]');
  const found = findingsOf(text, 'GR501', { locale: 'en' });
  assert.deepEqual(
    found.map((f) => [f.message, f.fix?.title, f.fix?.kind, f.fix?.edits[0].newText]),
    [
      [
        "A link still wears the converter's angle brackets: <http://www.jiashan.gov.cn>",
        'Remove the angle brackets',
        'text',
        'http://www.jiashan.gov.cn',
      ],
      ['A bookmark left by the conversion: [bookmark: _GoBack]', 'Remove the bookmark', 'text', ''],
    ],
  );
  // Either mark alone is found (each is looked for before the pattern runs).
  assert.equal(findingsOf(inOverview('详见<http://www.jiashan.gov.cn>。'), 'GR501').length, 1);
  assert.equal(findingsOf(inOverview('[bookmark: _GoBack]本年度'), 'GR501').length, 1);
});
