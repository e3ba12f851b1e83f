// Reading table 1 (主动公开政府信息情况) on its own (server/src/engine/parse/table1.ts), as
// TAB rows written by hand from the format (docs/report-format.md, table 1: blocks headed
// 第二十条第（一）项 …, each with a 信息内容 header row and its data rows; the 2019 trial
// format's own labels): which format the labels follow, block headings (also after a
// merged cell's blank), header rows and their column labels, data rows with their
// values, the first of duplicates kept, rows that are none of these.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readTable1, table1Format } from '../../server/src/engine/parse/table1';
import { emptyTable, tabRows } from './table-rows';
import type { Table } from '../../server/src/engine/model';

const grid = tabRows;

function read(...lines: string[]): Table {
  const table = emptyTable(1, lines.length);
  readTable1(grid(...lines), table);
  return table;
}

const plain = (t: Table) => t.rows.map((r) => [r.kind, r.block, r.values.length, r.expected, r.malformed, r.found]);

test('table 1 format: 2019 only when more labels are the trial format’s own; a tie is 2021', () => {
  assert.equal(table1Format(grid('信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量', '规章\t0\t0\t0')), 2019);
  assert.equal(table1Format(grid('信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t0\t0\t0')), 2021);
  assert.equal(table1Format(grid('信息内容', '规章\t0\t0\t0')), 2021, 'shared labels only');
  assert.equal(table1Format(grid('本年新制作数量\t本年制发件数')), 2021, 'one each');
});

test('table 1: a block heading, its header row with column labels, its data rows', () => {
  const t = read('第二十条第（一）项', '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t1\t2\t3', '行政规范性文件\t4\t5');
  assert.deepEqual(plain(t), [
    ['heading', 'item1', 0, 0, false, 0],
    ['header', 'item1', 0, 0, false, 0],
    ['data', 'item1', 3, 3, false, 3],
    ['data', 'item1', 2, 3, true, 2],
  ]);
  assert.equal(t.blockHeadings.get('item1'), t.rows[0]);
  assert.equal(t.blockHeaders.get('item1'), t.rows[1]);
  assert.deepEqual(
    t.labels.map((l) => [l.span.text, l.canonical, l.what]),
    [
      ['第二十条第（一）项', '第二十条第（一）项', 'heading'],
      ['本年制发件数', '本年制发件数', 'column'],
      ['本年废止件数', '本年废止件数', 'column'],
      ['现行有效件数', '现行有效件数', 'column'],
      ['规章', '规章', 'row'],
      ['行政规范性文件', '行政规范性文件', 'row'],
    ],
  );
  assert.deepEqual(
    t.data.get('rules')!.values.map((v) => [v.text, v.columnKey]),
    [
      ['1', 'issued'],
      ['2', 'repealed'],
      ['3', 'valid'],
    ],
  );
});

test('table 1: a heading after a merged cell’s blank is still the heading', () => {
  const t = read('\t第二十条第（五）项', '信息内容\t本年处理决定数量', '行政许可\t7');
  assert.deepEqual(
    t.rows.map((r) => r.kind),
    ['heading', 'header', 'data'],
  );
  assert.equal(t.blockHeadings.get('item5'), t.rows[0]);
});

test('table 1: a header row before any heading heads the block of the rows under it', () => {
  // Its block's heading row left out, the header row is that of the rows that follow it (a
  // header row names the columns of the rows under it), not of no block.
  const t = read('信息内容\t本年处理决定数量\t本年收费金额（单位：万元）', '行政处罚\t3');
  assert.deepEqual(plain(t), [
    ['header', 'item6', 0, 0, false, 0],
    ['data', 'item6', 1, 1, false, 1],
  ]);
  assert.equal(t.blockHeaders.get('item6'), t.rows[0]);
  // Its columns are matched against that block's: 第二十条第（六）项 counts decisions and has
  // no fee column, so 本年收费金额 is not read as one of its columns.
  assert.deepEqual(
    t.labels.filter((l) => l.what === 'column').map((l) => l.canonical),
    ['本年处理决定数量'],
  );
});

test('table 1: the first of two headings, headers or data rows of a block is the one kept', () => {
  const t = read(
    '第二十条第（八）项',
    '信息内容\t本年收费金额（单位：万元）',
    '行政事业性收费\t1',
    '第二十条第（八）项',
    '信息内容\t本年收费金额（单位：万元）',
    '行政事业性收费\t2',
  );
  assert.equal(t.blockHeadings.get('item8'), t.rows[0]);
  assert.equal(t.blockHeaders.get('item8'), t.rows[1]);
  assert.equal(t.data.get('fees'), t.rows[2]);
  assert.equal(t.rows.length, 6);
});

test('table 1: rows that are none of these are unknown, in the block they stand in', () => {
  const t = read('0\t0\t0', '第二十条第（六）项', '说明文字', '1\t2');
  assert.deepEqual(plain(t), [
    ['unknown', undefined, 0, 0, false, 0],
    ['heading', 'item6', 0, 0, false, 0],
    ['unknown', 'item6', 0, 0, false, 0],
    ['unknown', 'item6', 0, 0, false, 0],
  ]);
});

test('table 1 in the trial format: its blocks, columns and rows', () => {
  const t = read('第二十条第（九）项', '信息内容\t采购项目数量\t采购总金额', '政府集中采购\t2\t30');
  assert.equal(t.format, 2019);
  assert.deepEqual(
    t.data.get('procurement')!.values.map((v) => [v.text, v.columnKey]),
    [
      ['2', 'procurements'],
      ['30', 'procurementAmount'],
    ],
  );
});
