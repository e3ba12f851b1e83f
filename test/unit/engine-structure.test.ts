// The six sections (format: 一、总体情况 … 六、其他需要报告的事项, tables in 二, 三, 四):
// GR002 missing-section, GR003 section-order, GR004 section-numbering, GR101 missing-table,
// with exact ranges, messages and the text their fixes produce.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CLEAN, applyFix, codes, findingsOf, rangeOf, replaceOnce } from './engine-cases';

const lineOf = (text: string, lineText: string) => text.split('\n').indexOf(lineText);
const wholeLine = (text: string, lineText: string) => {
  const line = lineOf(text, lineText);
  assert.ok(line >= 0, lineText);
  return { start: { line, character: 0 }, end: { line, character: lineText.length } };
};

test('GR004: a section numbered 5、 is reported on the numbering and fixed to 五、', () => {
  const text = replaceOnce(CLEAN, '五、存在的主要问题及改进情况', '5、存在的主要问题及改进情况');
  assert.deepEqual(codes(text), ['GR004']);
  const [f] = findingsOf(text, 'GR004');
  assert.equal(f.severity, 'warning');
  assert.deepEqual(f.range, rangeOf(text, '5、', '四、政府信息公开'));
  assert.equal(f.message, '“存在的主要问题及改进情况”的编号写成“5、”，应为“五、”');
  assert.equal(findingsOf(text, 'GR004', { locale: 'en' })[0].message, '"存在的主要问题及改进情况" is numbered "5、"; it should be "五、"');
  assert.equal(f.fix?.title, '改为“五、”');
  assert.equal(applyFix(text, f), CLEAN);
});

test('GR004: the wrong numeral, and a dot for the 、', () => {
  const wrong = replaceOnce(CLEAN, '五、存在的主要问题及改进情况', '四、存在的主要问题及改进情况');
  const [f] = findingsOf(wrong, 'GR004');
  assert.equal(f.message, '“存在的主要问题及改进情况”的编号写成“四、”，应为“五、”');
  assert.equal(applyFix(wrong, f), CLEAN);

  const dotted = replaceOnce(CLEAN, '六、其他需要报告的事项', '六.其他需要报告的事项');
  const [g] = findingsOf(dotted, 'GR004');
  assert.ok(g, 'no GR004 for 六.');
  assert.equal(g.message, '“其他需要报告的事项”的编号写成“六.”，应为“六、”');
  assert.equal(applyFix(dotted, g), CLEAN);
});

test('GR002: the last section missing is reported on the last line and appended', () => {
  const text = replaceOnce(CLEAN, '六、其他需要报告的事项\n\n', '');
  assert.deepEqual(codes(text), ['GR002']);
  const [f] = findingsOf(text, 'GR002');
  assert.equal(f.severity, 'error');
  const lines = text.split('\n');
  const last = lines.length - 1;
  assert.deepEqual(f.range, { start: { line: last, character: 0 }, end: { line: last, character: lines[last].length } });
  assert.equal(f.message, '缺少第六部分“其他需要报告的事项”');
  assert.equal(
    findingsOf(text, 'GR002', { locale: 'en' })[0].message,
    'Section 六 "其他需要报告的事项" (other matters to report) is missing',
  );
  assert.equal(f.fix?.title, '插入“六、其他需要报告的事项”');
  assert.equal(applyFix(text, f), `${text}\n\n六、其他需要报告的事项`);
});

test('GR002: a middle section missing is reported on the next heading and inserted before it', () => {
  const text = replaceOnce(CLEAN, '五、存在的主要问题及改进情况\n\n', '');
  assert.deepEqual(codes(text), ['GR002']);
  const [f] = findingsOf(text, 'GR002');
  assert.deepEqual(f.range, wholeLine(text, '六、其他需要报告的事项'));
  assert.equal(f.message, '缺少第五部分“存在的主要问题及改进情况”');
  assert.equal(applyFix(text, f), replaceOnce(text, '六、其他需要报告的事项', '五、存在的主要问题及改进情况\n\n六、其他需要报告的事项'));
});

test('GR002: a missing heading over a table still there goes right above the table', () => {
  const text = replaceOnce(CLEAN, '四、政府信息公开行政复议、行政诉讼情况\n\n', '');
  assert.deepEqual(codes(text), ['GR002']);
  const [f] = findingsOf(text, 'GR002');
  assert.equal(f.message, '缺少第四部分“政府信息公开行政复议、行政诉讼情况”');
  const tableLine = lineOf(text, '行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t');
  assert.equal(f.range.start.line, tableLine);
  assert.equal(
    applyFix(text, f),
    replaceOnce(text, '行政复议\t\t\t\t\t行政诉讼', '四、政府信息公开行政复议、行政诉讼情况\n行政复议\t\t\t\t\t行政诉讼'),
  );
});

test('GR003: a section after the one that should follow it, and a section twice', () => {
  const six = CLEAN.slice(CLEAN.indexOf('六、其他需要报告的事项'));
  const moved = replaceOnce(
    CLEAN.slice(0, CLEAN.indexOf('六、其他需要报告的事项')),
    '五、存在的主要问题及改进情况',
    `${six.trimEnd()}\n\n五、存在的主要问题及改进情况`,
  );
  assert.deepEqual(codes(moved), ['GR003']);
  const [f] = findingsOf(moved, 'GR003');
  assert.equal(f.severity, 'warning');
  assert.deepEqual(f.range, wholeLine(moved, '五、存在的主要问题及改进情况'));
  assert.equal(f.message, '第五部分“存在的主要问题及改进情况”应在第六部分之前');
  assert.equal(findingsOf(moved, 'GR003', { locale: 'en' })[0].message, 'Section 五 "存在的主要问题及改进情况" belongs before section 六');
  assert.equal(f.fix, undefined);

  const twice = `${CLEAN.trimEnd()}\n\n六、其他需要报告的事项\n\n无。\n`;
  const found = findingsOf(twice, 'GR003');
  assert.equal(found.length, 1);
  assert.equal(found[0].message, '第六部分“其他需要报告的事项”重复出现');
  assert.equal(findingsOf(twice, 'GR003', { locale: 'en' })[0].message, 'Section 六 "其他需要报告的事项" appears twice');
  assert.equal(found[0].range.start.line, twice.split('\n').lastIndexOf('六、其他需要报告的事项'));
});

test('GR101: section 四 without its table; the fix inserts an empty table 3 that reads back clean', () => {
  const start = CLEAN.indexOf('行政复议\t\t\t\t\t行政诉讼');
  const end = CLEAN.indexOf('五、存在的主要问题及改进情况');
  const text = CLEAN.slice(0, start) + CLEAN.slice(end);
  assert.deepEqual(codes(text), ['GR101']);
  const [f] = findingsOf(text, 'GR101');
  assert.equal(f.severity, 'error');
  assert.deepEqual(f.range, wholeLine(text, '四、政府信息公开行政复议、行政诉讼情况'));
  assert.equal(f.message, '第四部分缺少表三');
  assert.equal(findingsOf(text, 'GR101', { locale: 'en' })[0].message, 'Section 四 has no Table 3');
  assert.equal(f.fix?.title, '插入空的表三（填 0）');
  const fixed = applyFix(text, f);
  // The table reads back clean; its zeros disagree with the narrative's 涉及复议1件, which
  // only the clerk can settle.
  assert.deepEqual(codes(fixed), ['GR402']);
  // The inserted table is in the document's own layout (TAB) and all zeros.
  const inserted = fixed.split('\n').slice(f.range.start.line + 1, f.range.start.line + 5);
  assert.equal(inserted.length, 4);
  assert.ok(inserted.every((l) => l.includes('\t')));
  assert.equal(inserted[3], Array(15).fill('0').join('\t'));
});

test('GR101: section 四 written twice without a table is reported once, on the first heading', () => {
  const start = CLEAN.indexOf('行政复议\t\t\t\t\t行政诉讼');
  const end = CLEAN.indexOf('五、存在的主要问题及改进情况');
  const heading = '四、政府信息公开行政复议、行政诉讼情况';
  const text = CLEAN.slice(0, start) + `${heading}\n\n` + CLEAN.slice(end);
  const found = findingsOf(text, 'GR101');
  assert.equal(found.length, 1);
  assert.equal(found[0].range.start.line, lineOf(text, heading));
  assert.deepEqual(codes(text), ['GR003', 'GR101']);
});

test('English fix titles of the section rules', () => {
  const en = (text: string, code: string) => findingsOf(text, code, { locale: 'en' })[0].fix?.title;
  assert.equal(en(replaceOnce(CLEAN, '五、存在的主要问题及改进情况', '5、存在的主要问题及改进情况'), 'GR004'), 'Change to "五、"');
  assert.equal(en(replaceOnce(CLEAN, '六、其他需要报告的事项\n\n', ''), 'GR002'), 'Insert "六、其他需要报告的事项"');
  const noTable3 = CLEAN.slice(0, CLEAN.indexOf('行政复议\t\t\t\t\t行政诉讼')) + CLEAN.slice(CLEAN.indexOf('五、存在的主要问题及改进情况'));
  assert.equal(en(noTable3, 'GR101'), 'Insert an empty Table 3 (zeros)');
});

test('text that is no report: GR001 only, on its first non-blank line', () => {
  const text = '\n\n  \n会议纪要\n第一项\n';
  const found = codes(text);
  assert.deepEqual(found, ['GR001']);
  const [f] = findingsOf(text, 'GR001');
  assert.deepEqual(f.range, { start: { line: 3, character: 0 }, end: { line: 3, character: 4 } });
  assert.equal(
    findingsOf(text, 'GR001', { locale: 'en' })[0].message,
    'No report title found (it should name the year, e.g. "XX局2022年政府信息公开工作年度报告")',
  );
  // All blank: the finding sits on the last line.
  const [g] = findingsOf('\n\n', 'GR001');
  assert.deepEqual(g.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } });
});

test('sections without a title are still checked for what is missing', () => {
  const text = replaceOnce(replaceOnce(CLEAN, '嘉善县科学技术局 2022 年政府信息公开工作年度报告', ''), '六、其他需要报告的事项\n\n', '');
  assert.deepEqual(codes(text), ['GR001', 'GR002']);
});

test('GR303: a title without a year gets no period sentence to insert; a title on the last line', () => {
  const text = replaceOnce(
    replaceOnce(CLEAN, '本报告所列数据统计期限为 2022 年 1 月 1 日至 2022 年 12 月 31 日。', ''),
    '嘉善县科学技术局 2022 年政府信息公开工作年度报告',
    '嘉善县科学技术局政府信息公开工作年度报告',
  );
  const [f] = findingsOf(text, 'GR303');
  assert.equal(f.fix, undefined);
  assert.deepEqual(codes(text), ['GR001', 'GR303']);

  const last = '某局2022年政府信息公开工作年度报告';
  const [g] = findingsOf(last, 'GR303');
  assert.equal(applyFix(last, g), `${last}\n本报告所列数据统计期限为2022年1月1日至2022年12月31日。`);
  assert.equal(
    findingsOf(last, 'GR303', { locale: 'en' })[0].fix?.title,
    'Insert "本报告所列数据统计期限为2022年1月1日至2022年12月31日。" after the title',
  );
});

test('GR004: numbering written （五）, 五 with a space, ５、 in full width', () => {
  const cases: [string, string, string][] = [
    ['（五）存在的主要问题及改进情况', '（五）', '（五）'],
    ['五 存在的主要问题及改进情况', '五', '五 '],
    ['５、存在的主要问题及改进情况', '５、', '５、'],
  ];
  for (const [heading, written, replaced] of cases) {
    const text = replaceOnce(CLEAN, '五、存在的主要问题及改进情况', heading);
    assert.deepEqual(codes(text), ['GR004'], heading);
    const [f] = findingsOf(text, 'GR004');
    assert.equal(f.message, `“存在的主要问题及改进情况”的编号写成“${written}”，应为“五、”`, heading);
    assert.deepEqual(f.range, rangeOf(text, written, '四、政府信息公开'), heading);
    assert.deepEqual(f.fix?.edits, [{ range: rangeOf(text, replaced, '四、政府信息公开'), newText: '五、' }], heading);
    assert.equal(applyFix(text, f), CLEAN, heading);
  }
});

test('section headings: the format’s title variants and text after the heading are accepted', () => {
  for (const [from, to] of [
    ['一、总体情况', '一、总体概况'],
    ['一、总体情况', '一、基本情况'],
    ['一、总体情况', '一、 总体情况'],
    ['六、其他需要报告的事项', '六、其他需要报告的事项：无。'],
  ]) {
    assert.deepEqual(codes(replaceOnce(CLEAN, from, to)), [], to);
  }
});
