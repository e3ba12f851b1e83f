// Detection (detect.ts) at the edges of what it promises: where a title may stand (within
// the first 40 lines), how long it may be (80 characters, once Markdown marks, tags and
// surrounding space are gone), what a Markdown first heading is, how a wrapped title is
// joined, what stray tag characters do, how binary noise is counted. Each case is a small
// text written for it; the answer is what detect.ts's header promises.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyReport } from '../../server/src/engine/detect';

const TITLE = '某县科学技术局2022年政府信息公开工作年度报告';
const SECTIONS = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
];
/** A report body with no table labels: only a title can make it a report. */
const body = (...lines: string[]) => [...lines, '依据《中华人民共和国政府信息公开条例》编制。', ...SECTIONS, '正文'].join('\n');
const reason = (text: string) => {
  const verdict = classifyReport(text);
  return verdict.report ? 'report' : verdict.reason;
};
/** A title of exactly `length` characters, ending as this report's title does. */
const titleOf = (length: number) => {
  const tail = '2022年政府信息公开工作年度报告';
  return '某'.repeat(length - tail.length) + tail;
};

test('detect units: without a title nor table labels the body alone is not enough', () => {
  assert.equal(reason(body()), 'no-title-or-tables');
  assert.equal(reason(body(TITLE)), 'report');
});

test('detect units: a title is at most 80 characters, counted without the space around it', () => {
  assert.equal(titleOf(80).length, 80);
  assert.equal(reason(body(titleOf(80))), 'report');
  assert.equal(reason(body(titleOf(81))), 'no-title-or-tables', 'a line of 81 characters is prose');
  assert.equal(reason(body(`${TITLE}${' '.repeat(70)}`)), 'report', 'trailing spaces of an export are not the title');
  assert.equal(reason(body(`  ###### ${titleOf(78)}`)), 'report', 'six Markdown marks and the spaces are not counted');
  assert.equal(reason(body(`######${TITLE}`)), 'report', 'Markdown marks without a space after them');
  assert.equal(reason(body(`######${titleOf(78)}`)), 'report');
  // A # inside a line is no Markdown mark: 81 characters stay 81.
  assert.equal(reason(body(`${titleOf(81).slice(0, 10)} # ${titleOf(81).slice(13)}`)), 'no-title-or-tables');
});

test('detect units: a bracket closing the title is left out, one inside it is kept', () => {
  assert.equal(reason(body(`（某县人民政府办公室（县政务公开办）2022年政府信息公开工作年度报告）`)), 'report');
});

test('detect units: HTML tags are not the title, nested tags neither; a lone < is text', () => {
  assert.equal(reason(body(`<h1><span class="t">${TITLE}</span></h1>`)), 'report');
  assert.equal(reason(body(`某县 <2022年政府信息公开工作年度报告`)), 'report', 'a < with no > after it');
  // A note with a stray < before the title does not stop the search.
  assert.equal(reason(body('注：x<1', TITLE)), 'report');
  // Tags before the stray < are still removed: the title is 51 characters, not 103.
  const tagged = `<b class="unit">某县</b>${'某'.repeat(30)}<2022年政府信息公开工作年度报告`;
  assert.equal(reason(body(tagged)), 'report');
});

test('detect units: a Markdown first heading is the title whatever its words; only as the first text', () => {
  const heading = '某县2022年政务公开工作情况';
  assert.equal(reason(body(`# ${heading}`)), 'report');
  assert.equal(reason(body(`  # ${heading}`)), 'report', 'indented');
  assert.equal(reason(body(`#${heading}`)), 'no-title-or-tables', 'no space after #: not a Markdown heading');
  assert.equal(reason(body('前言', `# ${heading}`)), 'no-title-or-tables', 'text before it');
  // A hashtag (#政务公开#) is not a Markdown heading.
  assert.equal(reason(body(`#政务公开# ${heading}`)), 'no-title-or-tables');
  // An HTML comment alone (a generated file's banner) is no text before it, with or without trailing space.
  assert.equal(reason(body('<!-- exported -->', `# ${heading}`)), 'report');
  assert.equal(reason(body('<!-- exported --> ', `# ${heading}`)), 'report');
  assert.equal(reason(body('<!---->', `# ${heading}`)), 'report');
  // A comment with text around it is text.
  assert.equal(reason(body('导出 <!-- exported -->', `# ${heading}`)), 'no-title-or-tables');
  assert.equal(reason(body('<!-- exported --> 导出', `# ${heading}`)), 'no-title-or-tables');
});

test('detect units: the title is looked for in the first 40 lines', () => {
  const filler = Array.from(
    { length: 39 },
    (_, i) => `第${i + 1}行说明文字较长的一段内容，不是标题，也不以文种结尾的句子，共有四十多个字符啊啊啊啊`,
  );
  assert.ok(filler.every((l) => l.length > 40));
  assert.equal(reason(body(...filler, TITLE)), 'report', 'on line 40');
  assert.equal(reason(body(...filler, filler[0], TITLE)), 'no-title-or-tables', 'on line 41');
});

test('detect units: a line of up to 40 characters before the title is its first part', () => {
  // Forty characters naming a meeting, then the title: one title, a meeting's.
  const meeting = `${'某'.repeat(36)}专题会议`;
  assert.equal(meeting.length, 40);
  assert.equal(reason(body(meeting, TITLE)), 'other-document');
  // Forty-one: a line of its own, not part of the title.
  assert.equal(reason(body(`某${meeting}`, TITLE)), 'report');
  // Counted without the space after it, nor Markdown marks before it.
  assert.equal(reason(body(`${meeting}     `, TITLE)), 'other-document');
  const marked = `${'某'.repeat(32)}专题会议`;
  assert.equal(reason(body(`  ###### ${marked}`, TITLE)), 'other-document');
  assert.equal(reason(body(`  ######${marked}`, TITLE)), 'other-document');
});

test('detect units: three headings are needed, even when two are the distinctive ones', () => {
  assert.equal(reason([TITLE, SECTIONS[1], SECTIONS[2]].join('\n')), 'few-sections');
  assert.equal(reason([TITLE, SECTIONS[1], SECTIONS[2], SECTIONS[3]].join('\n')), 'report');
});

test('detect units: control characters are counted in the first 8,192 characters; one in a hundred is tolerated', () => {
  const text = body(TITLE);
  // Three control characters in exactly 300: one in a hundred, tolerated.
  const filler = '。'.repeat(297 - text.length);
  assert.equal((text + filler).length, 297);
  assert.equal(reason(text + filler + '\u0001'.repeat(3)), 'report');
  assert.equal(reason(text + filler + '\u0001'.repeat(4)), 'binary');
  // Noise after the first 8,192 characters is not looked at.
  const long = text + '。'.repeat(9_000 - text.length);
  assert.equal(reason(long + '\u0001'.repeat(200)), 'report');
});
