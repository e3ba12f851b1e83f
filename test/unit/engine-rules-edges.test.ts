// The structure rules at the edges of a text: no title, blank lines only, a title and
// nothing else, a title on the last line. Each case states where the finding sits and
// what its fix writes, so a rule that looks one line too far or too short is caught.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import type { Finding } from '../../server/src/engine';

const TITLE = '某县科学技术局2022年政府信息公开工作年度报告';
const NO_YEAR = '某县科学技术局政府信息公开工作年度报告';
const line = (n: number, from: number, to: number) => ({ start: { line: n, character: from }, end: { line: n, character: to } });
const all = (text: string) => lint(text).findings;
const of = (text: string, code: string) => all(text).filter((f) => f.code === code);
const inserted = (f: Finding) => {
  assert.equal(f.fix?.edits.length, 1, `${f.code} has one edit`);
  const [edit] = f.fix!.edits;
  assert.deepEqual(edit.range.start, edit.range.end, `${f.code}: an insertion`);
  return { at: edit.range.start, text: edit.newText };
};

test('GR001: no title: reported on the first line that is not blank', () => {
  const [f] = of('\n\n  \n正文一行\n第二行', 'GR001');
  assert.deepEqual(f.range, line(3, 0, 4));
  assert.equal(f.message, '找不到报告标题（应含年份，如“XX局2022年政府信息公开工作年度报告”）');
  assert.equal(
    lint('正文', { locale: 'en' }).findings[0].message,
    'No report title found (it should name the year, e.g. "XX局2022年政府信息公开工作年度报告")',
  );
});

test('GR001: a text of blank lines only: reported once, on its last line; no section asked for', () => {
  const findings = of('\n\n\n', 'GR001');
  assert.equal(findings.length, 1);
  assert.deepEqual(findings[0].range, line(3, 0, 0));
  assert.deepEqual(of('\n\n\n', 'GR002'), []);
});

test('GR001: a title without a year is reported on the title, wherever it is', () => {
  const [f] = of(`正文\n${NO_YEAR}`, 'GR001');
  assert.deepEqual(f.range, line(1, 0, NO_YEAR.length));
  assert.equal(f.message, `标题“${NO_YEAR}”没有写明报告年度（四位数年份）`);
});

test('GR002: a text that is no report at all (no title, no section) gets no GR002', () => {
  assert.equal(of('一段文字\n又一段文字', 'GR001').length, 1);
  assert.deepEqual(of('一段文字\n又一段文字', 'GR002'), []);
});

test('GR002: a title and nothing else: all six sections, each reported on the title and appended after it', () => {
  const found = of(TITLE, 'GR002');
  assert.deepEqual(
    found.map((f) => f.message),
    [
      '总体情况',
      '主动公开政府信息情况',
      '收到和处理政府信息公开申请情况',
      '政府信息公开行政复议、行政诉讼情况',
      '存在的主要问题及改进情况',
      '其他需要报告的事项',
    ].map((title, i) => `缺少第${'一二三四五六'[i]}部分“${title}”`),
  );
  for (const f of found) {
    assert.deepEqual(f.range, line(0, 0, TITLE.length));
    assert.deepEqual(inserted(f).at, { line: 0, character: TITLE.length });
  }
  assert.equal(inserted(found[0]).text, '\n\n一、总体情况');
});

test('GR002: sections without a title are still checked', () => {
  const found = of('一、总体情况\n正文', 'GR002');
  assert.equal(found.length, 5);
  assert.equal(found[0].message, '缺少第二部分“主动公开政府信息情况”');
  assert.deepEqual(found[0].range, line(1, 0, 2));
});

test('GR303: the period sentence goes right after the title, or after the blank line that follows it', () => {
  const sentence = '本报告所列数据统计期限为2022年1月1日至2022年12月31日。';
  const [alone] = of(TITLE, 'GR303');
  assert.deepEqual(alone.range, line(0, 0, TITLE.length));
  assert.deepEqual(inserted(alone), { at: { line: 0, character: TITLE.length }, text: `\n${sentence}` });
  assert.equal(alone.fix?.title, `在标题后插入“${sentence}”`);

  const [spaced] = of(`${TITLE}\n\n一、总体情况\n正文`, 'GR303');
  assert.deepEqual(inserted(spaced), { at: { line: 0, character: TITLE.length }, text: `\n\n${sentence}` });

  const [dense] = of(`${TITLE}\n一、总体情况\n正文`, 'GR303');
  assert.deepEqual(inserted(dense), { at: { line: 0, character: TITLE.length }, text: `\n${sentence}` });
});

test('GR303: a title without a year gets the finding but no sentence to insert', () => {
  const [f] = of(`${NO_YEAR}\n一、总体情况\n正文`, 'GR303');
  assert.equal(f.message, '报告没有写统计期限（本报告所列数据统计期限为……）');
  assert.equal(f.fix, undefined);
  assert.deepEqual(of('一、总体情况\n正文', 'GR303'), [], 'no title, no GR303: GR001 says so');
});
