// Dates and the statistical period (format: 本报告所列数据统计期限为 YYYY年1月1日至YYYY年12月31日;
// the end may omit the year). GR301 period-range, GR302 invalid-date, GR303 missing-period,
// GR001 missing-title: exact ranges, messages in both languages, related cells and fixes.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import { CLEAN, applyFix, codes, findingsOf, rangeOf, replaceOnce } from './engine-cases';

const PERIOD = '2022 年 1 月 1 日至 2022 年 12 月 31 日';
const withPeriod = (period: string) => replaceOnce(CLEAN, PERIOD, period);
const TITLE = '嘉善县科学技术局 2022 年政府信息公开工作年度报告';
const titleYear = rangeOf(CLEAN, '2022', TITLE);

test('the clean report gets no finding at all', () => {
  assert.deepEqual(lint(CLEAN).findings, []);
});

test('GR301: last year’s start year is reported over the whole period, fixed to the title’s year', () => {
  const period = '2021 年 1 月 1 日至 2022 年 12 月 31 日';
  const text = withPeriod(period);
  assert.deepEqual(codes(text), ['GR301']);
  const [f] = findingsOf(text, 'GR301');
  assert.equal(f.severity, 'error');
  assert.equal(f.rule, 'period-range');
  assert.deepEqual(f.range, rangeOf(text, period));
  assert.equal(f.message, `统计期限“${period}”与报告年度不符；2022 年度报告应为 2022年1月1日至2022年12月31日`);
  assert.deepEqual(f.related, [{ range: titleYear, message: '报告年度：2022' }]);
  assert.equal(f.fix?.title, '改为“2022 年 1 月 1 日至 2022 年 12 月 31 日”');
  assert.deepEqual(f.fix?.edits, [{ range: rangeOf(text, '2021', '统计期限'), newText: '2022' }]);
  assert.equal(applyFix(text, f), CLEAN);

  const [en] = findingsOf(text, 'GR301', { locale: 'en' });
  assert.equal(en.message, `Statistical period "${period}" is not in the report year; a 2022 report covers 2022-01-01 to 2022-12-31`);
  assert.deepEqual(en.related, [{ range: titleYear, message: 'report year: 2022' }]);
  assert.equal(en.fix?.title, 'Change to "2022 年 1 月 1 日至 2022 年 12 月 31 日"');
});

test('GR301: a wrong end year, a half year and a reversed period', () => {
  const endYear = withPeriod('2022 年 1 月 1 日至 2023 年 12 月 31 日');
  const [f1] = findingsOf(endYear, 'GR301');
  assert.deepEqual(f1.fix?.edits, [{ range: rangeOf(endYear, '2023', '统计期限'), newText: '2022' }]);
  assert.equal(applyFix(endYear, f1), CLEAN);

  const half = withPeriod('2022 年 1 月 1 日至 2022 年 6 月 30 日');
  const [f2] = findingsOf(half, 'GR301');
  assert.equal(f2.message, '统计期限“2022 年 1 月 1 日至 2022 年 6 月 30 日”不是全年；2022 年度报告应为 2022年1月1日至2022年12月31日');
  assert.deepEqual(
    f2.fix?.edits.map((e) => e.newText),
    ['12', '31'],
  );
  assert.equal(applyFix(half, f2), CLEAN);

  const reversed = withPeriod('2022 年 12 月 31 日至 2022 年 1 月 1 日');
  const [f3] = findingsOf(reversed, 'GR301');
  assert.equal(f3.message, '统计期限“2022 年 12 月 31 日至 2022 年 1 月 1 日”起日晚于止日；2022 年度报告应为 2022年1月1日至2022年12月31日');
  assert.equal(
    findingsOf(reversed, 'GR301', { locale: 'en' })[0].message,
    'Statistical period "2022 年 12 月 31 日至 2022 年 1 月 1 日" starts after it ends; a 2022 report covers 2022-01-01 to 2022-12-31',
  );
  assert.equal(applyFix(reversed, f3), CLEAN);

  // One day later than the start is still "after": the comparison is by year, month and day.
  const dayAfter = withPeriod('2022 年 1 月 2 日至 2022 年 1 月 1 日');
  assert.match(findingsOf(dayAfter, 'GR301')[0].message, /起日晚于止日/);
  const monthAfter = withPeriod('2022 年 2 月 1 日至 2022 年 1 月 31 日');
  assert.match(findingsOf(monthAfter, 'GR301')[0].message, /起日晚于止日/);
  const sameDay = withPeriod('2022 年 1 月 1 日至 2022 年 1 月 1 日');
  assert.doesNotMatch(findingsOf(sameDay, 'GR301')[0].message, /起日晚于止日/);
  const yearBefore = withPeriod('2021 年 12 月 31 日至 2022 年 1 月 1 日');
  assert.doesNotMatch(findingsOf(yearBefore, 'GR301')[0].message, /起日晚于止日/);
});

test('GR301: every part of the period is checked on its own', () => {
  const cases: [string, string[]][] = [
    ['2022 年 2 月 1 日至 2022 年 12 月 31 日', ['1']],
    ['2022 年 1 月 9 日至 2022 年 12 月 31 日', ['1']],
    ['2022 年 1 月 1 日至 2022 年 11 月 31 日', ['12']],
    ['2022 年 1 月 1 日至 2022 年 12 月 30 日', ['31']],
  ];
  for (const [period, newTexts] of cases) {
    const text = withPeriod(period);
    const found = findingsOf(text, 'GR301');
    assert.equal(found.length, 1, period);
    assert.deepEqual(
      found[0].fix?.edits.map((e) => e.newText),
      newTexts,
      period,
    );
    assert.equal(applyFix(text, found[0]), CLEAN, period);
  }
});

test('GR301: the end may omit its year; other joiners and period words are read too', () => {
  for (const period of [
    '2022 年 1 月 1 日至 12 月 31 日',
    '2022年1月1日至2022年12月31日',
    '2022年1月1日—2022年12月31日',
    '2022年1月1日到2022年12月31日',
    '2022年1月1日起至2022年12月31日',
    '２０２２年１月１日至２０２２年１２月３１日',
  ]) {
    assert.deepEqual(codes(withPeriod(period)), [], period);
  }
  // The end without a year is taken in the report year: 2021's start is still wrong.
  const text = withPeriod('2021 年 1 月 1 日至 12 月 31 日');
  assert.deepEqual(
    findingsOf(text, 'GR301')[0].fix?.edits.map((e) => e.newText),
    ['2022'],
  );
  // 统计时间 is one of the period's wordings.
  const other = replaceOnce(CLEAN, `统计期限为 ${PERIOD}`, '统计时间为 2021年1月1日至2021年12月31日');
  assert.deepEqual(codes(other), ['GR301']);
});

test('GR301: dates before the period words, or not joined by 至, are not the period', () => {
  // The same sentence without a joiner between the dates has no period: GR303 instead.
  const text = withPeriod('2022 年 1 月 1 日和 2022 年 12 月 31 日');
  assert.deepEqual(codes(text), ['GR303']);
  // A date range before the words 统计期限 on the same line is not taken for the period.
  const before = replaceOnce(text, '本报告所列数据统计期限为', '2021年1月1日至2021年12月31日，本报告所列数据统计期限为');
  assert.deepEqual(codes(before), ['GR303']);
});

test('GR302: dates that do not exist, by the calendar’s rules', () => {
  const at = (date: string) => replaceOnce(CLEAN, '本年度无收取信息处理费情况。', `本年度无收取信息处理费情况。${date}`);
  const invalid = [
    '2023年2月29日',
    '2100年2月29日',
    '2月30日',
    '2022年4月31日',
    '2022年13月1日',
    '2022年0月5日',
    '2022年1月0日',
    '2022年1月32日',
    '2023-02-29',
    '2022-11-31',
    '2022/13/01',
  ];
  for (const date of invalid) {
    const text = at(date);
    const found = findingsOf(text, 'GR302');
    assert.equal(found.length, 1, date);
    assert.deepEqual(found[0].range, rangeOf(text, date), date);
    assert.equal(found[0].message, `日期“${date}”不存在`);
    assert.equal(found[0].severity, 'error');
    assert.equal(found[0].fix, undefined);
    assert.equal(findingsOf(text, 'GR302', { locale: 'en' })[0].message, `The date "${date}" does not exist`);
  }
  const valid = [
    '2024年2月29日',
    '2000年2月29日',
    '2月29日',
    '2023年2月28日',
    '2022年4月30日',
    '2022年12月31日',
    '2022年1月31日',
    '2022年11月30日',
    '2023-01-28',
    '2022.3.31',
    '８月３１号',
  ];
  for (const date of valid) assert.deepEqual(codes(at(date)), [], date);
});

test('GR303: no period sentence → one hint on the title, fix inserts it after the title', () => {
  const text = replaceOnce(CLEAN, `本报告所列数据统计期限为 ${PERIOD}。`, '');
  const found = lint(text).findings;
  assert.deepEqual(
    found.map((f) => f.code),
    ['GR303'],
  );
  const [f] = found;
  assert.equal(f.severity, 'info');
  assert.deepEqual(f.range, rangeOf(text, TITLE));
  assert.equal(f.message, '报告没有写统计期限（本报告所列数据统计期限为……）');
  assert.equal(
    findingsOf(text, 'GR303', { locale: 'en' })[0].message,
    'The report does not state its statistical period (本报告所列数据统计期限为…)',
  );
  assert.equal(f.fix?.title, '在标题后插入“本报告所列数据统计期限为2022年1月1日至2022年12月31日。”');
  // The title is followed by a blank line, so the sentence comes with one.
  const fixed = applyFix(text, f);
  assert.equal(fixed, replaceOnce(text, `${TITLE}\n`, `${TITLE}\n\n本报告所列数据统计期限为2022年1月1日至2022年12月31日。\n`));
  assert.deepEqual(codes(fixed), []);

  // A title followed directly by text gets the sentence alone on the next line.
  const tight = replaceOnce(text, `${TITLE}\n\n`, `${TITLE}\n`);
  const fixedTight = applyFix(tight, findingsOf(tight, 'GR303')[0]);
  assert.equal(fixedTight, replaceOnce(tight, `${TITLE}\n`, `${TITLE}\n本报告所列数据统计期限为2022年1月1日至2022年12月31日。\n`));
});

test('GR001: a title without a year, or no title at all', () => {
  const noYear = replaceOnce(CLEAN, TITLE, '嘉善县科学技术局政府信息公开工作年度报告');
  assert.deepEqual(codes(noYear), ['GR001']);
  const [f] = findingsOf(noYear, 'GR001');
  assert.deepEqual(f.range, rangeOf(noYear, '嘉善县科学技术局政府信息公开工作年度报告'));
  assert.equal(f.message, '标题“嘉善县科学技术局政府信息公开工作年度报告”没有写明报告年度（四位数年份）');
  assert.equal(
    findingsOf(noYear, 'GR001', { locale: 'en' })[0].message,
    'The title "嘉善县科学技术局政府信息公开工作年度报告" does not state the report year (four digits)',
  );
  assert.equal(f.fix, undefined);
  // Without a report year there is nothing to check the period against.
  assert.deepEqual(findingsOf(noYear, 'GR301'), []);

  const noTitle = replaceOnce(CLEAN, TITLE, '');
  const [g] = findingsOf(noTitle, 'GR001');
  // Reported on the first non-blank line.
  const firstLine = noTitle.split('\n').findIndex((l) => l.trim() !== '');
  assert.equal(g.range.start.line, firstLine);
  assert.equal(g.range.start.character, 0);
  assert.equal(g.range.end.line, firstLine);
  assert.equal(g.message, '找不到报告标题（应含年份，如“XX局2022年政府信息公开工作年度报告”）');
});

test('the title may wrap onto two lines; its year still sets the period', () => {
  const wrapped = replaceOnce(CLEAN, TITLE, '嘉善县科学技术局 2021 年政府信息公开\n工作年度报告');
  const [f] = findingsOf(wrapped, 'GR301');
  assert.equal(f.fix?.edits.length, 2);
  assert.deepEqual(
    f.fix?.edits.map((e) => e.newText),
    ['2021', '2021'],
  );
  assert.deepEqual(f.related[0].range, rangeOf(wrapped, '2021'));
});

test('GR304: the date under the signature is on a line of its own, not at the end of a sentence', () => {
  const fee = '本年度无收取信息处理费情况。';
  // A date on its own line at the end: the signature's, late for a department's 2022 report.
  const signed = replaceOnce(CLEAN, fee, `${fee}\n\n嘉善县科学技术局\n2023年3月1日`);
  assert.deepEqual(
    findingsOf(signed, 'GR304').map((f) => f.range),
    [rangeOf(signed, '2023年3月1日')],
  );
  // The same date closing a sentence of section 六 is prose, not a publication date.
  assert.deepEqual(findingsOf(replaceOnce(CLEAN, fee, `${fee}2023年3月1日`), 'GR304'), []);
  assert.deepEqual(findingsOf(replaceOnce(CLEAN, fee, `本年度无收取信息处理费情况，截至2023年3月1日`), 'GR304'), []);
  // A web page's text runs the signature on after the last sentence: the unit, then the date.
  const runOn = replaceOnce(CLEAN, fee, `${fee}嘉善县科学技术局 二〇二三年三月一日 附件下载`);
  assert.deepEqual(
    findingsOf(runOn, 'GR304').map((f) => f.range),
    [rangeOf(runOn, '二〇二三年三月一日')],
  );
});
