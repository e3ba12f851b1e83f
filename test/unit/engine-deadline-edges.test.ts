// GR304 at its edges: where the publication date is looked for (the signature's last
// lines, a signature run on after the last sentence), the deadline's boundaries (the day
// itself, the configured one, a whole government's), and a date before the period ends.
// Each case states the finding (or none) from the format: departments publish by 31
// January of the next year, a whole government by 31 March.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CLEAN, findingsOf, rangeOf, replaceOnce } from './engine-cases';

const FEE = '本年度无收取信息处理费情况。';
/** The clean 2022 department report with `tail` after its last sentence. */
const ending = (tail: string) => replaceOnce(CLEAN, FEE, `${FEE}${tail}`);
const gr304 = (text: string, deadline?: string) => findingsOf(text, 'GR304', deadline ? { deadline } : undefined);
const messages = (text: string, deadline?: string) => gr304(text, deadline).map((f) => f.message);

test('GR304: the deadline day itself is in time; the day after is late, with the deadline named', () => {
  assert.deepEqual(messages(ending('\n嘉善县科学技术局\n2023年1月31日')), []);
  const late = ending('\n嘉善县科学技术局\n2023年2月1日');
  const [f] = gr304(late);
  assert.equal(f.message, '发布日期 2023年2月1日 晚于期限 2023年1月31日（部门年报）');
  assert.deepEqual(f.range, rangeOf(late, '2023年2月1日'));
  assert.equal(f.severity, 'warning');
  assert.deepEqual(
    findingsOf(late, 'GR304', { locale: 'en' }).map((x) => x.message),
    ['Published 2023年2月1日, after the deadline 2023年1月31日 (for a department)'],
  );
});

test('GR304: a configured deadline (MM-DD) replaces the format’s; one in another form is not used', () => {
  const text = ending('\n嘉善县科学技术局\n2023年2月16日');
  assert.deepEqual(messages(text, '02-15'), ['发布日期 2023年2月16日 晚于期限 2023年2月15日（按配置）']);
  assert.deepEqual(
    findingsOf(text, 'GR304', { deadline: '02-15', locale: 'en' }).map((f) => f.message),
    ['Published 2023年2月16日, after the deadline 2023年2月15日 (as configured)'],
  );
  assert.deepEqual(messages(text, '02-16'), []);
  assert.deepEqual(messages(text, '2-20'), []);
  // Not MM-DD: the format's 31 January applies.
  for (const wrong of ['2023-02-20', '02-200', 'x02-20', '02-20x']) {
    assert.deepEqual(messages(text, wrong), ['发布日期 2023年2月16日 晚于期限 2023年1月31日（部门年报）'], wrong);
  }
});

test('GR304: a whole government’s report may publish until 31 March', () => {
  const government = replaceOnce(
    ending('\n嘉善县人民政府\n2023年4月1日'),
    '嘉善县科学技术局 2022 年政府信息公开工作年度报告',
    '嘉善县 2022 年政府信息公开工作年度报告',
  );
  assert.deepEqual(messages(government), ['发布日期 2023年4月1日 晚于期限 2023年3月31日（本级政府年报）']);
  assert.deepEqual(
    findingsOf(government, 'GR304', { locale: 'en' }).map((f) => f.message),
    ['Published 2023年4月1日, after the deadline 2023年3月31日 (for a whole government’s report)'],
  );
  assert.deepEqual(messages(government.replace('2023年4月1日', '2023年3月31日')), []);
});

test('GR304: published before the period ends (the year itself or the one before), not two years before', () => {
  const onLastDay = ending('\n嘉善县科学技术局\n2022年12月31日');
  assert.deepEqual(messages(onLastDay), ['发布日期 2022年12月31日 早于统计期结束（2022年12月31日）']);
  assert.deepEqual(
    findingsOf(onLastDay, 'GR304', { locale: 'en' }).map((f) => f.message),
    ['Published 2022年12月31日, before the statistical period ends (2022-12-31)'],
  );
  assert.deepEqual(messages(ending('\n嘉善县科学技术局\n2021年6月1日')), ['发布日期 2021年6月1日 早于统计期结束（2022年12月31日）']);
  // Two years before the report's year is no publication date of it (an old document's date).
  assert.deepEqual(messages(ending('\n嘉善县科学技术局\n2020年6月1日')), []);
});

test('GR304: the signature is looked for in the last four lines that are not blank', () => {
  // Blank lines, or lines of spaces, between the date and the end do not count.
  assert.equal(gr304(ending('\n2023年3月5日\n\n   \n\n嘉善县科学技术局\n   ')).length, 1);
  // A short line without a date below the date is passed over.
  assert.equal(gr304(ending('\n嘉善县科学技术局\n2023年3月5日\n附件')).length, 1);
  // Four short lines after the date: it is no longer the signature's.
  assert.deepEqual(messages(ending('\n2023年3月5日\n嘉善县科学技术局\n地址 嘉善县罗星街道\n邮编 314100\n电话 0573 84127312')), []);
  assert.equal(gr304(ending('\n2023年3月5日\n嘉善县科学技术局\n邮编 314100\n电话 0573 84127312')).length, 1);
});

test('GR304: the first full date of the signature line is taken, not a day and month alone', () => {
  const text = ending('\n嘉善县科学技术局\n12月31日定稿 2023年2月10日发布');
  assert.deepEqual(
    gr304(text).map((f) => f.range),
    [rangeOf(text, '2023年2月10日')],
  );
});

test('GR304: a date padded with spaces is a signature line; a long line without sentence marks is not', () => {
  assert.equal(gr304(ending(`\n嘉善县科学技术局\n2023年3月5日${' '.repeat(40)}`)).length, 1);
  const long = '本报告由嘉善县科学技术局办公室编制并在嘉善县人民政府门户网站政府信息公开专栏发布供社会公众查阅时间为2023年3月5日';
  assert.ok(long.length > 48);
  assert.deepEqual(messages(ending(`\n${long}`)), []);
});

test('GR304: a signature run on after the last sentence counts only on the last line, and only when short', () => {
  // On the last line: the unit, then the date, after the last full stop.
  const runOn = ending('嘉善县科学技术局 2023年2月10日');
  assert.deepEqual(
    gr304(runOn).map((f) => f.range),
    [rangeOf(runOn, '2023年2月10日')],
  );
  // The same prose line followed by another short line: not the signature.
  assert.deepEqual(messages(ending('嘉善县科学技术局 2023年2月10日\n附件下载')), []);
  // A long tail after the last full stop is prose, even with the unit's name and a date.
  const tail = '如有疑问请联系嘉善县科学技术局办公室电话0573-84127312地址罗星街道晋阳东路568号邮编314100嘉善县科学技术局 2023年2月10日';
  assert.deepEqual(messages(ending(tail)), []);
});
