// Reading table 2 (收到和处理政府信息公开申请情况) on its own (server/src/engine/parse/table2.ts),
// as TAB rows written by hand from the format (docs/report-format.md, table 2): the header
// rows and their column labels (not the 勾稽 corner note), data rows by their most
// specific label (a group label before it is not the row's), the first of two rows with
// the same label kept, the trial format's （六）其他处理 alone with numbers, and rows after
// the data that are neither.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readTable2 } from '../../server/src/engine/parse/table2';
import { emptyTable, tabRows } from './table-rows';
import type { Table } from '../../server/src/engine/model';

function read(...lines: string[]): Table {
  const table = emptyTable(2, lines.length);
  readTable2(tabRows(...lines), table);
  return table;
}

const SEVEN = (v = '0') => Array.from({ length: 7 }, () => v).join('\t');
const HEADER = [
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况',
  '\t自然人\t法人或其他组织\t\t\t\t\t总计',
];

test('table 2: header rows name the columns; the corner note and other text are no column', () => {
  const t = read(...HEADER, '\t\t商业企业\t科研机构\t说明\t法律服务机构\t其他\t');
  assert.deepEqual(
    t.rows.map((r) => [r.kind, r.values.length, r.expected, r.malformed, r.found]),
    [
      ['header', 0, 0, false, 0],
      ['header', 0, 0, false, 0],
      ['header', 0, 0, false, 0],
    ],
  );
  assert.deepEqual(
    t.labels.map((l) => [l.span.text, l.canonical, l.what]),
    [
      ['申请人情况', '申请人情况', 'column'],
      ['自然人', '自然人', 'column'],
      ['法人或其他组织', '法人或其他组织', 'column'],
      ['总计', '总计', 'column'],
      ['商业企业', '商业企业', 'column'],
      ['科研机构', '科研机构', 'column'],
      ['法律服务机构', '法律服务机构', 'column'],
      ['其他', '其他', 'column'],
    ],
  );
});

test('table 2: a data row by its most specific label, the group label before it left aside', () => {
  const t = read(...HEADER, '三、本年度办理结果\t（一）予以公开\t' + SEVEN('1'));
  const row = t.data.get('disclosed')!;
  assert.equal(row.kind, 'data');
  assert.deepEqual(
    row.values.map((v) => v.text),
    SEVEN('1').split('\t'),
  );
  assert.deepEqual(
    t.labels.filter((l) => l.what === 'row').map((l) => [l.span.text, l.canonical, l.exact]),
    [['（一）予以公开', '（一）予以公开', true]],
  );
});

test('table 2: of two row labels, a later one wins unless it matches clearly worse', () => {
  const later = read('1.属于国家秘密\t2.其他法律行政法规禁止公开\t' + SEVEN());
  assert.deepEqual([...later.data.keys()], ['r3_2']);
  const worse = read('2.其他法律行政法规禁止公开\t1.属于国家秘\t' + SEVEN());
  assert.deepEqual([...worse.data.keys()], ['r3_2']);
  assert.deepEqual(
    worse.data.get('r3_2')!.values.map((v) => v.text),
    ['1.属于国家秘', ...SEVEN().split('\t')],
    'the cells after the chosen label are its values',
  );
  const unknown = read('（一）予以公开\t说明\t' + SEVEN());
  assert.deepEqual([...unknown.data.keys()], ['disclosed']);
});

test('table 2: the first of two rows with the same label is the data; both are rows', () => {
  const t = read('（一）予以公开\t' + SEVEN('1'), '（一）予以公开\t' + SEVEN('2'));
  assert.equal(t.rows.length, 2);
  assert.equal(t.data.get('disclosed'), t.rows[0]);
});

test('table 2: a row without numbers after the data is neither header nor data', () => {
  const t = read('（一）予以公开\t' + SEVEN(), '说明\t自然人');
  assert.deepEqual(
    t.rows.map((r) => r.kind),
    ['data', 'unknown'],
  );
  assert.deepEqual(
    t.rows.slice(1).map((r) => [r.values.length, r.expected, r.malformed, r.found]),
    [[0, 0, false, 0]],
  );
  assert.equal(t.labels.filter((l) => l.what === 'column').length, 0);
});

test('table 2: the trial format’s （六）其他处理 alone with its numbers is a row, and marks the 2019 format', () => {
  const t = read('（一）予以公开\t' + SEVEN(), '（六）其他处理\t' + SEVEN('3'));
  assert.equal(t.format, 2019);
  const row = t.data.get('r6')!;
  assert.deepEqual(
    row.values.map((v) => v.text),
    SEVEN('3').split('\t'),
  );
  assert.deepEqual(t.labels.at(-1)?.span.text, '（六）其他处理');
  assert.equal(t.labels.at(-1)?.exact, true);
});

test('table 2: （六）其他处理 without numbers, or beside another label, is no trial-format row', () => {
  const bare = read('（一）予以公开\t' + SEVEN(), '（六）其他处理');
  assert.equal(bare.format, 2021);
  assert.deepEqual(
    bare.rows.map((r) => r.kind),
    ['data', 'unknown'],
  );
  const beside = read('（一）予以公开\t' + SEVEN(), '（六）其他处理\t说明\t' + SEVEN());
  assert.equal(beside.format, 2021);
  assert.deepEqual([...beside.data.keys()], ['disclosed']);
});
