// The 2025 variant's fee table on its own (server/src/engine/parse/fees.ts): in section
// 五、信息处理费收取情况, a header row of 通知收取件数 · 通知收取金额（元） · 实际收取金额（元）
// and one data row 信息处理费收取情况 with the three figures, or, after the header, a row
// of figures alone (docs/report-format.md, the 2025 variant). What may stand in a figure's
// place (an amount with its unit, a clerk's placeholder for 0), the label alone before the
// header as the table's caption, and the stream reading when the lines hold no data row.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFeeTable } from '../../server/src/engine/parse/fees';
import { readSections } from '../../server/src/engine/parse/sections';
import { SourceText } from '../../server/src/engine/text/source';

const HEADER = '通知收取件数\t通知收取金额（元）\t实际收取金额（元）';

function read(...body: string[]) {
  const src = new SourceText(['五、信息处理费收取情况', ...body, '六、存在的主要问题及改进情况', '无。'].join('\n'));
  const { feeSection } = readSections(src);
  assert.ok(feeSection);
  return readFeeTable(src, feeSection);
}
const valuesOf = (...body: string[]) => read(...body)?.row?.values.map((v) => v.text);

test('fee table: the labelled row and its three figures, with the header’s column labels', () => {
  const t = read(HEADER, '信息处理费收取情况\t1\t20\t20')!;
  assert.deepEqual([t.layout, t.firstLine, t.lastLine], ['tab', 1, 2]);
  assert.deepEqual(
    t.row!.values.map((v) => [v.text, v.columnKey]),
    [
      ['1', 'notifiedCount'],
      ['20', 'notifiedAmount'],
      ['20', 'collectedAmount'],
    ],
  );
  assert.deepEqual([t.row!.kind, t.row!.expected, t.row!.found, t.row!.malformed], ['data', 3, 3, false]);
  assert.deepEqual(
    t.labels.map((l) => [l.span.text, l.what]),
    [
      ['通知收取件数', 'column'],
      ['通知收取金额（元）', 'column'],
      ['实际收取金额（元）', 'column'],
      ['信息处理费收取情况', 'row'],
    ],
  );
});

test('fee table: after the header, a row of figures alone is the data row; amounts may carry their unit', () => {
  assert.deepEqual(valuesOf(HEADER, '1\t5万元\t123元'), ['1', '5万元', '123元']);
  assert.deepEqual(valuesOf(HEADER, '1\t5 元\t1,234.5元'), ['1', '5 元', '1,234.5元']);
  assert.deepEqual(valuesOf(HEADER, '0\t/\t——'), ['0', '/', '——']);
  assert.deepEqual(valuesOf(HEADER, '0\t无\t、'), ['0', '无', '、']);
  assert.deepEqual(valuesOf(HEADER, '0\t\t0'), ['0', '', '0'], 'a blank among the figures');
});

test('fee table: a row with a word among its figures is no row of figures', () => {
  for (const word of ['x5元', '5元x', '/x', 'x/', '说明']) {
    const t = read(HEADER, `1\t${word}\t2`);
    assert.equal(t?.row, undefined, word);
  }
});

test('fee table: a row of empty cells after the header is not the data row; the figures after it are', () => {
  assert.deepEqual(valuesOf(HEADER, '\t\t', '3\t4\t5'), ['3', '4', '5']);
});

test('fee table: figures before the header are not the data row', () => {
  assert.deepEqual(valuesOf('1\t2\t3', HEADER, '信息处理费收取情况\t4\t5\t6'), ['4', '5', '6']);
});

test('fee table: the label alone before the header is a caption; with figures, or after the header, it is the row', () => {
  assert.deepEqual(valuesOf('\t信息处理费收取情况', HEADER, '0\t0\t0'), ['0', '0', '0']);
  assert.deepEqual(valuesOf('信息处理费收取情况\t\t\t', HEADER, '7\t8\t9'), ['7', '8', '9']);
  assert.deepEqual(valuesOf('信息处理费收取情况\t1\t2\t3', HEADER), ['1', '2', '3']);
  assert.deepEqual(valuesOf('信息处理费收取情况\t1\t\t3', HEADER), ['1', '', '3']);
  const after = read(HEADER, '信息处理费收取情况')!.row!;
  assert.deepEqual([after.found, after.malformed], [0, true]);
});

test('fee table: lines with a header but no data row: the figures are read from the text as a stream', () => {
  const t = read(HEADER, '信息处理费收取情况 2 30 30')!;
  assert.deepEqual(
    t.row!.values.map((v) => v.text),
    ['2', '30', '30'],
  );
  assert.deepEqual([t.layout, t.firstLine, t.lastLine], ['tab', 1, 2]);
});

test('fee table: a section without any of its labels has no fee table', () => {
  assert.equal(read('本年度未收取信息处理费。'), undefined);
});
