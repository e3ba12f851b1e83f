// Section headings and sub-headings on their own (server/src/engine/parse/sections.ts),
// each case a few lines written by hand from the format (docs/report-format.md: six
// sections 一、总体情况 … 六、其他需要报告的事项, numbered 一、 as the format has it or 5、 /
// （五） as clerks write it; the 2025 variant's 五、信息处理费收取情况): what counts as a
// heading, its numbering and title with their offsets, where each section and
// sub-heading ends. The fixture tests reach these only through GR002–GR004's findings.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isTableLine, readSections } from '../../server/src/engine/parse/sections';
import { SourceText } from '../../server/src/engine/text/source';

const read = (...lines: string[]) => readSections(new SourceText(lines.join('\n')));

// ---------------------------------------------------------------------------------------
// isTableLine

test('table line: a TAB, two pipes, a leading pipe, or a table tag', () => {
  assert.equal(isTableLine('一、总体情况\t'), true);
  assert.equal(isTableLine('a | b | c'), true);
  assert.equal(isTableLine('|a'), true);
  assert.equal(isTableLine('  | a'), true);
  assert.equal(isTableLine('<td>12'), true);
  assert.equal(isTableLine('</tr>'), true);
  assert.equal(isTableLine('a|b'), false, 'one pipe inside a line is text');
  assert.equal(isTableLine('a | b'), false);
  assert.equal(isTableLine('一、总体情况'), false);
});

// ---------------------------------------------------------------------------------------
// Headings

test('heading: numbering, separator, title and offsets of 一、总体情况', () => {
  const { sections } = read('某县2022年政府信息公开工作年度报告', '一、总体情况', '本年度未收到申请。');
  assert.equal(sections.length, 1);
  assert.deepEqual(sections[0].heading, {
    line: 1,
    start: 20,
    end: 26,
    numbering: { text: '一、', start: 20, end: 22, style: 'chinese', value: 1, separator: '、' },
    title: '总体情况',
  });
});

test('heading: Markdown marks and spaces around it are not the heading’s', () => {
  const { sections } = read('  ## 二、主动公开政府信息情况 ##  ');
  const h = sections[0].heading;
  assert.equal(sections[0].id, 2);
  assert.deepEqual([h.start, h.end], [5, 17]);
  assert.deepEqual([h.numbering.start, h.numbering.end, h.numbering.text], [5, 7, '二、']);
  assert.equal(h.title, '主动公开政府信息情况');
  const bold = read('**三、收到和处理政府信息公开申请情况**').sections[0].heading;
  assert.deepEqual([bold.start, bold.end, bold.title], [2, 19, '收到和处理政府信息公开申请情况']);
});

test('heading: the title stops at inline text (。 or ：), spaces before it left out', () => {
  const { sections } = read('一、总体情况 。2022年，本机关认真贯彻落实条例。');
  assert.equal(sections[0].heading.title, '总体情况');
  assert.equal(read('一、总体情况：本机关全年主动公开信息1200条。').sections[0].heading.title, '总体情况');
  assert.deepEqual(read('一、：总体情况').sections, [], 'nothing before the colon: no title');
});

test('heading: 5、 and （五） numbering, when the number is the section’s own', () => {
  const digit = read('5.存在的主要问题及改进情况').sections[0];
  assert.equal(digit.id, 5);
  assert.deepEqual(digit.heading.numbering, { text: '5.', start: 0, end: 2, style: 'digit', value: 5, separator: '.' });
  const paren = read('（六）其他需要报告的事项').sections[0];
  assert.equal(paren.id, 6);
  assert.deepEqual(paren.heading.numbering, { text: '（六）', start: 0, end: 3, style: 'paren', value: 6, separator: '' });
  assert.deepEqual(read('（二）其他需要报告的事项').sections, [], 'a sub-heading’s number');
});

test('heading: a table line is never a heading, whatever its words', () => {
  assert.deepEqual(read('一、总体情况\t1').sections, []);
  assert.deepEqual(read('五、信息处理费收取情况\t0').feeSection, undefined);
});

// ---------------------------------------------------------------------------------------
// Where sections and sub-headings end

test('sections: each ends before the next heading, blank lines and spaces at its end left out', () => {
  const { sections } = read('一、总体情况', '（一）主动公开', '正文。', '', '   ', '二、主动公开政府信息情况', '（一）规章', '表格');
  assert.deepEqual(
    sections.map((s) => [s.id, s.firstLine, s.lastLine]),
    [
      [1, 0, 2],
      [2, 5, 7],
    ],
  );
});

test('sub-headings: each ends before the next, blank lines left out; the last at its section’s end', () => {
  const { sections } = read(
    '一、总体情况',
    '（一）主动公开',
    '正文一。',
    '  ',
    '（二）依申请公开。本年度收到申请3件',
    '正文二。',
    '',
    '二、主动公开政府信息情况',
    '（一）规章',
  );
  assert.deepEqual(
    sections[0].subheadings.map((s) => [s.name, s.line, s.lastLine]),
    [
      ['（一）主动公开', 1, 2],
      ['（二）依申请公开', 4, 5],
    ],
  );
  assert.deepEqual(
    sections[1].subheadings.map((s) => [s.name, s.line, s.lastLine]),
    [['（一）规章', 8, 8]],
    'a sub-heading on a section’s last line; none taken from the section before',
  );
  assert.deepEqual([sections[0].subheadings[1].start, sections[0].subheadings[1].end], [23, 41]);
});

test('sub-headings: a name longer than 30 characters is cut with …; 30 stays whole', () => {
  const thirty = '（一）' + '政'.repeat(27);
  const long = thirty + '务';
  const { sections } = read('一、总体情况', thirty, long + '，其后是正文');
  assert.deepEqual(
    sections[0].subheadings.map((s) => s.name),
    [thirty, thirty + '…'],
  );
});

// ---------------------------------------------------------------------------------------
// The 2025 variant's fee section

test('fee section: 五、信息处理费收取情况 between 四 and the renumbered 五, each section ending before it', () => {
  const { sections, feeSection } = read(
    '四、政府信息公开行政复议、行政诉讼情况',
    '表三',
    '',
    '五、信息处理费收取情况：本年度未收取',
    '表',
    '六、存在的主要问题及改进情况',
    '问题。',
  );
  assert.deepEqual(
    sections.map((s) => [s.id, s.firstLine, s.lastLine]),
    [
      [4, 0, 1],
      [5, 5, 6],
    ],
  );
  assert.deepEqual(feeSection, {
    heading: {
      line: 3,
      start: 24,
      end: 42,
      numbering: { text: '五、', start: 24, end: 26, style: 'chinese', value: 5, separator: '、' },
      title: '信息处理费收取情况',
    },
    firstLine: 3,
    lastLine: 4,
  });
});

test('fee section: a title of more than 20 characters is prose, not the heading', () => {
  assert.equal(read('五、信息处理费收取情况说明一二三四五六七八九十').feeSection, undefined, '21 characters');
  assert.equal(read('五、信息处理费收取情况说明一二三四五六七八九').feeSection?.heading.title, '信息处理费收取情况说明一二三四五六七八九');
});

test('sections: a one-line text with a heading is one section; a sub-heading just before the next heading is its own section’s', () => {
  assert.equal(read('一、总体情况').sections.length, 1);
  const { sections } = read('一、总体情况', '（一）主动公开 ：正文。', '二、主动公开政府信息情况', '正文');
  assert.deepEqual(
    sections.map((s) => s.subheadings.map((h) => h.name)),
    [['（一）主动公开'], []],
  );
});

test('fee section: at the end of the text it runs to the last line', () => {
  const { feeSection } = read('四、政府信息公开行政复议、行政诉讼情况', '表三', '五、信息处理费收取情况', '表');
  assert.deepEqual([feeSection?.firstLine, feeSection?.lastLine], [2, 3]);
});
