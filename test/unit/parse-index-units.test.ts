// Where parse() looks for the title and the statistical period (server/src/engine/parse/index.ts):
// the title before the first section heading, the period sentence in the preamble and
// 一、总体情况 only (docs/report-format.md: reports put it there). A title-like line or a
// period sentence further on is body text, never the report's.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/engine';

const TITLE = '某县科学技术局2022年政府信息公开工作年度报告';
const PERIOD = '本报告所列数据统计期限为2022年1月1日至2022年12月31日。';

test('parse: the title is looked for before the first section only', () => {
  const model = parse(['一、总体情况', TITLE, '本年度未收到申请。'].join('\n'));
  assert.equal(model.title, undefined);
  assert.equal(parse([TITLE, '一、总体情况', '正文。'].join('\n')).title?.text, TITLE);
});

test('parse: the period sentence is read in the preamble and the overview, not in a later section', () => {
  const inOverview = parse([TITLE, '一、总体情况', PERIOD, '二、主动公开政府信息情况', '正文。'].join('\n'));
  assert.equal(inOverview.period?.line, 2);
  const later = parse([TITLE, '一、总体情况', '正文。', '二、主动公开政府信息情况', PERIOD].join('\n'));
  assert.equal(later.period, undefined);
  const onHeading = parse([TITLE, '一、总体情况', '正文。', '二、主动公开政府信息情况。' + PERIOD].join('\n'));
  assert.equal(onHeading.sections[1]?.id, 2);
  assert.equal(onHeading.period, undefined, 'the next section’s heading line is not the overview’s');
  const noSecond = parse([TITLE, '一、总体情况', '正文。', PERIOD].join('\n'));
  assert.equal(noSecond.period?.line, 3, 'with one section, to the end of the text');
});
