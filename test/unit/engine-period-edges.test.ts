// GR301 where one end of the period omits its year, and where a wrong year comes with a
// wrong month: what the fix writes, and whether fix-all may apply it (a wrong year alone
// is last year's template; a wrong month or day is the clerk's to decide).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CLEAN, applyFix, findingsOf, replaceOnce } from './engine-cases';

const PERIOD = '2022 年 1 月 1 日至 2022 年 12 月 31 日';
const withPeriod = (p: string) => replaceOnce(CLEAN, PERIOD, p);

test('GR301: the end omits its year and its month is wrong: the month and day fixed, as a quick fix only', () => {
  const text = withPeriod('2022 年 1 月 1 日至 6 月 30 日');
  const [f] = findingsOf(text, 'GR301');
  assert.equal(f.message, '统计期限“2022 年 1 月 1 日至 6 月 30 日”不是全年；2022 年度报告应为 2022年1月1日至2022年12月31日');
  assert.equal(f.fix?.title, '改为“2022 年 1 月 1 日至 12 月 31 日”');
  assert.equal(f.fix?.kind, 'text');
  assert.equal(f.fix?.auto, false);
  assert.notEqual(f.fix?.isPreferred, true);
  assert.equal(applyFix(text, f), withPeriod('2022 年 1 月 1 日至 12 月 31 日'));
  assert.deepEqual(
    f.related.map((r) => r.message),
    ['报告年度：2022'],
  );
  const [en] = findingsOf(text, 'GR301', { locale: 'en' });
  assert.equal(en.fix?.title, 'Change to "2022 年 1 月 1 日至 12 月 31 日"');
});

test('GR301: the start omits its year and its month is wrong', () => {
  const text = withPeriod('2 月 1 日至 2022 年 12 月 31 日');
  const [f] = findingsOf(text, 'GR301');
  assert.equal(f.message, '统计期限“2 月 1 日至 2022 年 12 月 31 日”不是全年；2022 年度报告应为 2022年1月1日至2022年12月31日');
  assert.equal(f.fix?.title, '改为“1 月 1 日至 2022 年 12 月 31 日”');
  assert.equal(f.fix?.auto, false);
});

test('GR301: a wrong year together with a wrong month is not a year-only fix', () => {
  const text = withPeriod('2021 年 1 月 1 日至 2022 年 6 月 30 日');
  const [f] = findingsOf(text, 'GR301');
  assert.equal(f.fix?.title, `改为“${PERIOD}”`);
  assert.equal(f.fix?.auto, false);
  assert.notEqual(f.fix?.isPreferred, true);
  assert.equal(applyFix(text, f), CLEAN);
});

test('GR301: a wrong year alone is preferred and left to fix-all', () => {
  const text = withPeriod('2021 年 1 月 1 日至 2021 年 12 月 31 日');
  const [f] = findingsOf(text, 'GR301');
  assert.equal(f.fix?.isPreferred, true);
  assert.equal(f.fix?.auto, undefined);
  assert.equal(f.fix?.kind, 'text');
  assert.equal(findingsOf(text, 'GR301', { locale: 'en' })[0].fix?.title, `Change to "${PERIOD}"`);
  assert.equal(applyFix(text, f), CLEAN);
});
