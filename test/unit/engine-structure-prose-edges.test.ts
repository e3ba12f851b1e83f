// GR005 (the overview's five aspects), GR006 (a section with no real text) and GR106 (the
// 2019 trial tables in a later report) at their edges, with hand-written expectations:
// how short is empty, section 六's allowance, Markdown bold, how many headings must be
// read, and the configured profile.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CLEAN, findingsOf, rangeOf } from './engine-cases';
import { readFixture } from './helpers';

/** The clean 2022 report with the body of the section headed `heading` (up to `next`) replaced. */
function withBody(heading: string, next: string, body: string): string {
  const from = CLEAN.indexOf(`${heading}\n`) + heading.length + 1;
  const to = CLEAN.indexOf(`${next}\n`);
  assert.ok(from > heading.length && to > from, heading);
  return `${CLEAN.slice(0, from)}${body}\n\n${CLEAN.slice(to)}`;
}
const FIVE = '五、存在的主要问题及改进情况';
const SIX = '六、其他需要报告的事项';
const ONE = '一、总体情况';
const TWO = '二、主动公开政府信息情况';
const five = (body: string) => withBody(FIVE, SIX, body);
const unnumbered = (text: string, ...headings: string[]) => headings.reduce((t, h) => t.replace(`\n${h}\n`, `\n${h.slice(2)}\n`), text);

test('GR006: fewer than 8 characters is not a sentence; 8 is', () => {
  const text = five('有待加强。');
  const [f] = findingsOf(text, 'GR006');
  assert.deepEqual(f.range, rangeOf(text, FIVE));
  assert.equal(f.message, '“存在的主要问题及改进情况”只写了“有待加强。”，没有实际内容');
  assert.deepEqual(
    findingsOf(text, 'GR006', { locale: 'en' }).map((x) => x.message),
    ['"存在的主要问题及改进情况" says only "有待加强。"; it needs real content'],
  );
  assert.deepEqual(findingsOf(five('工作仍需继续加强。'), 'GR006'), []);
});

test('GR006: a heading with no text, in English; Markdown bold around 无 is no text', () => {
  assert.deepEqual(
    findingsOf(five(''), 'GR006', { locale: 'en' }).map((x) => x.message),
    ['"存在的主要问题及改进情况" has a heading but no text'],
  );
  assert.deepEqual(
    findingsOf(five('**无。**'), 'GR006').map((x) => x.message),
    ['“存在的主要问题及改进情况”只写了“无。”，没有实际内容'],
  );
});

test('GR006: section 六 may be short (未收取信息处理费), only a bare 无 is empty there', () => {
  const short = CLEAN.replace('本年度无收取信息处理费情况。', '未收取处理费。');
  assert.deepEqual(findingsOf(short, 'GR006'), []);
  const none = CLEAN.replace('本年度无收取信息处理费情况。', '无。');
  assert.deepEqual(
    findingsOf(none, 'GR006').map((f) => f.range),
    [rangeOf(none, SIX)],
  );
});

test('GR005 and GR006 run when four of the six headings were read, not fewer', () => {
  const text = withBody(ONE, TWO, '本年度各项工作进展顺利，成效明显，群众满意。');
  const four = unnumbered(five('有待加强。'), '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况');
  assert.equal(findingsOf(four, 'GR006').length, 1);
  const three = unnumbered(four, TWO);
  assert.deepEqual(findingsOf(three, 'GR006'), []);
  const overview4 = unnumbered(text, '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况');
  assert.equal(findingsOf(overview4, 'GR005').length, 1);
  assert.deepEqual(findingsOf(unnumbered(overview4, FIVE), 'GR005'), []);
});

test('GR005: every aspect left out named once, in English too; 20 characters are enough to judge', () => {
  const body = '本年度各项工作进展顺利成效明显群众满意度高';
  assert.equal(body.length, 21);
  const text = withBody(ONE, TWO, body.slice(1));
  const [f, ...rest] = findingsOf(text, 'GR005', { locale: 'en' });
  assert.deepEqual(rest, []);
  assert.equal(
    f.message,
    'The overview says nothing about proactive disclosure (主动公开), disclosure on request (依申请公开), information management (政府信息管理), platform building (平台建设), oversight and safeguards (监督保障)',
  );
  // Below 20 characters the overview is GR006's, not GR005's.
  assert.deepEqual(findingsOf(withBody(ONE, TWO, body.slice(2)), 'GR005'), []);
  // Without a heading 一 there is no overview to judge (GR002 says it is missing).
  assert.deepEqual(findingsOf(CLEAN.replace(`\n${ONE}\n`, '\n概述\n'), 'GR005'), []);
});

test('GR106: the profile decides; by default from reporting year 2021', () => {
  const trial2022 = readFixture('rules', 'gr106-trial-format-in-2022-tab.txt');
  const codes = (text: string, profile?: 'auto' | 'national-2021' | 'trial-2019') =>
    findingsOf(text, 'GR106', profile ? { profile } : undefined).map((f) => f.message);
  assert.deepEqual(codes(trial2022, 'trial-2019'), []);
  assert.equal(codes(trial2022).length, 2);
  const trial2021 = trial2022.replace(/2022 ?年/, (m) => m.replace('2022', '2021'));
  assert.equal(codes(trial2021).length, 2);
  const trial2020 = trial2022.replace(/2022 ?年/, (m) => m.replace('2022', '2020'));
  assert.deepEqual(codes(trial2020), []);
  // national-2021 asks for the 2021 tables whatever the year.
  assert.deepEqual(codes(trial2020, 'national-2021'), [
    '表一使用的是 2019 年试行格式，2020 年度报告应使用 2021 年修订的格式',
    '表二使用的是 2019 年试行格式，2020 年度报告应使用 2021 年修订的格式',
  ]);
  assert.deepEqual(
    findingsOf(trial2022, 'GR106', { locale: 'en' }).map((f) => f.message),
    [
      'Table 1 follows the 2019 trial format; a report for 2022 uses the 2021 revised format',
      'Table 2 follows the 2019 trial format; a report for 2022 uses the 2021 revised format',
    ],
  );
});
