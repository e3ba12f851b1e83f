// Is a text a 政府信息公开工作年度报告? Each reason for "no" on the smallest text that shows
// it, and the near-misses that must still be a report: the editor switches a file's
// language on this answer and the CLI skips a file on it, so both directions matter.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyReport } from '../../server/src/engine/detect';
import { CLEAN } from './engine-cases';

const TITLE = '某县科学技术局2022年政府信息公开工作年度报告';
const SECTIONS = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
];
const body = (...lines: string[]) => [...lines, ...SECTIONS, '正文'].join('\n');
const reason = (text: string) => {
  const verdict = classifyReport(text);
  return verdict.report ? 'report' : verdict.reason;
};

test('detect: a real report is one; so is its title and four headings', () => {
  assert.equal(reason(CLEAN), 'report');
  assert.equal(reason(body(TITLE)), 'report');
});

test('detect: empty and blank texts', () => {
  assert.equal(reason(''), 'empty');
  assert.equal(reason(' \n\u3000\n\t'), 'empty');
});

test('detect: a NUL, or more than one control character in a hundred, is a binary file', () => {
  assert.equal(reason(`${body(TITLE)}\u0000`), 'binary');
  const text = body(TITLE);
  const controls = (n: number) => '\u0001'.repeat(n);
  // One in a hundred is tolerated (a stray form feed in an export), more is not.
  const n = Math.floor((text.length + 2) / 100);
  assert.equal(reason(text + controls(n)), 'report');
  assert.equal(reason(text + controls(n + 2)), 'binary');
  assert.equal(reason(text + '\u000b'.repeat(n + 2)), 'report', 'vertical tab and form feed are white space, not control noise');
});

test('detect: without the term 政府信息公开, even spaced out by an export, it is not one', () => {
  assert.equal(reason(body(TITLE).replace(/政府信息公开/g, '政务服务')), 'no-disclosure-term');
  const spaced = body('某县2022年政务公开工作年度报告', '依据《政 府 信 息\u3000公 开条例》').replace(/政府信息公开/g, '政务服务');
  assert.equal(reason(spaced), 'report');
});

test('detect: a title naming another kind of document', () => {
  assert.equal(reason(body('某县关于政府信息公开工作的会议纪要')), 'other-document');
  assert.equal(reason(body('某县2022年法治政府建设年度报告')), 'other-document', 'another report about the same office');
  assert.equal(reason(body('某县2022年工作总结')), 'other-document', 'a title that does not name disclosure');
  assert.equal(reason(body('某县政府信息公开工作的通知')), 'other-document');
});

test('detect: the title may be Markdown, HTML, bracketed or wrapped over two lines', () => {
  assert.equal(reason(body(`# ${TITLE}`)), 'report');
  assert.equal(reason(body('# 会议纪要')), 'other-document', 'a Markdown first heading is the title whatever its last word');
  assert.equal(reason(body(`<h1 class="t">${TITLE}</h1>`)), 'report');
  assert.equal(reason(body(`（${TITLE}）`)), 'report');
  assert.equal(reason(body('某县科学技术局2022年政府信息', '公开工作年度报告')), 'report');
  // A line that is too long to be a title is prose, and the next one is not its tail.
  assert.equal(reason(body(`${'很长的一段说明文字'.repeat(10)}关于工作的通知`)), 'no-title-or-tables');
});

test('detect: three headings, two of them the sections only this report has', () => {
  assert.equal(reason([TITLE, SECTIONS[0], SECTIONS[1], SECTIONS[3]].join('\n')), 'report');
  assert.equal(reason([TITLE, SECTIONS[0], SECTIONS[1]].join('\n')), 'few-sections', 'two headings');
  assert.equal(
    reason([TITLE, SECTIONS[0], SECTIONS[1], '五、存在的主要问题及改进情况', '六、其他需要报告的事项'].join('\n')),
    'few-sections',
    'four headings, one distinctive',
  );
});

test('detect: headings run into the text of a flattened web page count', () => {
  const flat = `${TITLE}\n下载。一、总体情况2022年，本局……二、主动公开政府信息情况……四、政府信息公开行政复议、行政诉讼情况……`;
  assert.equal(reason(flat), 'report');
});

test('detect: with no title, three of the labels printed in the tables are needed', () => {
  const labels = ['本年制发件数', '现行有效件数', '本年处理决定数量'];
  assert.equal(reason(body('政府信息公开', ...labels)), 'report');
  assert.equal(reason(body('政府信息公开', ...labels.slice(0, 2))), 'no-title-or-tables');
  assert.equal(reason(body('政府信息公开', '本 年 制 发 件 数', '现行有效件数', '尚未审结')), 'report', 'spaced out by an export');
});

test('detect: a title spaced out by a PDF export is still this report’s title', () => {
  // Only the table labels could have saved these before (a title found, 政府信息公开 not in it).
  assert.equal(reason(body('某县科学技术局2022年政 府 信 息 公 开 工作年度报告')), 'report');
  assert.equal(reason(body('某县科学技术局 2022 年政府信息公开工作年 度 报 告')), 'report');
  // Spacing does not hide another kind of document either.
  assert.equal(reason(body('关于2022年政府信息公开工作年度报告的会 议 纪 要')), 'other-document');
});
