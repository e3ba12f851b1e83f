// GR007 (section 六 says nothing about information processing fees) at its edges: the fee
// stated in other words (信息公开 … 收费 within 20 characters on one line), a section that
// is just 无 (GR006's), the years before the fee measures (2021), and a report whose
// structure was read only in part. Expectations written from the format.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CLEAN, codes, findingsOf, rangeOf, replaceOnce } from './engine-cases';

const FEE = '本年度无收取信息处理费情况。';
const six = (body: string) => replaceOnce(CLEAN, FEE, body);
const gr007 = (text: string) => findingsOf(text, 'GR007');

test('GR007: the fee stated without the word 信息处理费, near enough on one line', () => {
  assert.deepEqual(gr007(six('本年度依申请公开工作未向申请人收费。')), []);
  assert.deepEqual(gr007(six('本年度未收取依申请公开的费用。')), []);
  // 20 characters between 依申请 and 收费 still make one statement; 21 do not.
  const gap = (n: number) => six(`依申请${'甲'.repeat(n)}收费。其他工作按计划推进。`);
  assert.deepEqual(gr007(gap(20)), []);
  assert.equal(gr007(gap(21)).length, 1);
  // A line break ends the statement.
  assert.equal(gr007(six('本年度依申请公开工作顺利。\n未向群众收费。')).length, 1);
});

test('GR007: a section 六 without the fees, on its heading, in both languages', () => {
  const text = six('本年度无其他需要报告的事项，人大建议和政协提案均按时办结。');
  const [f] = gr007(text);
  assert.deepEqual(f.range, rangeOf(text, '六、其他需要报告的事项'));
  assert.equal(f.message, '“其他需要报告的事项”没有说明信息处理费收取情况（未收取也应写明）');
  assert.deepEqual(
    findingsOf(text, 'GR007', { locale: 'en' }).map((x) => x.message),
    ['Section 六 does not state the information processing fees collected (say so when none were)'],
  );
});

test('GR007: a section 六 that is only 无 is GR006’s, not GR007’s', () => {
  for (const body of ['无。', '暂无', '没有。', '']) {
    const text = six(body);
    assert.deepEqual(gr007(text), [], body);
  }
  assert.deepEqual(codes(six('无。')), ['GR006']);
});

test('GR007: from the 2021 report on (the fee measures are in force from 2021); not before', () => {
  const text = six('本年度无其他需要报告的事项。');
  const year = (y: string) => text.replace('嘉善县科学技术局 2022 年', `嘉善县科学技术局 ${y} 年`);
  assert.equal(gr007(year('2021')).length, 1);
  assert.deepEqual(gr007(year('2020')), []);
});

test('GR007 runs when four of the six headings were read, not fewer', () => {
  const text = six('本年度无其他需要报告的事项。');
  const four = text
    .replace('\n二、主动公开政府信息情况\n', '\n主动公开政府信息情况\n')
    .replace('\n五、存在的主要问题及改进情况\n', '\n存在的主要问题及改进情况\n');
  assert.equal(gr007(four).length, 1);
  const three = four.replace('\n四、政府信息公开行政复议、行政诉讼情况\n', '\n政府信息公开行政复议、行政诉讼情况\n');
  assert.deepEqual(gr007(three), []);
});
