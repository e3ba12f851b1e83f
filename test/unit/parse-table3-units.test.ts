// Reading table 3 (行政复议、行政诉讼情况) on its own (server/src/engine/parse/table3.ts):
// header rows whose labels are matched as columns, and one data row of fifteen numbers
// (docs/report-format.md, table 3), as TAB rows written by hand. Which row is the data
// row (three numbers or more; a row of fifteen blank cells only when no row has figures),
// where its values start (after a label, never after text among the numbers), and that
// only the first such row is the data.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readTable3, APPEALS_ROW } from '../../server/src/engine/parse/table3';
import { emptyTable, tabRows } from './table-rows';
import type { Table } from '../../server/src/engine/model';

function read(...lines: string[]): Table {
  const table = emptyTable(3, lines.length);
  readTable3(tabRows(...lines), table);
  return table;
}

const HEADER = ['行政复议\t\t\t\t\t行政诉讼', '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉'];
const numbers = (n: number, v = '0') => Array.from({ length: n }, () => v).join('\t');
const values = (t: Table) => t.data.get(APPEALS_ROW)?.values.map((v) => v.text);

test('table 3: header rows, then the data row of fifteen numbers, each value named by its column', () => {
  const t = read(...HEADER, '1\t2\t3\t4\t10\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0');
  assert.deepEqual(
    t.rows.map((r) => r.kind),
    ['header', 'header', 'data'],
  );
  const row = t.data.get(APPEALS_ROW)!;
  assert.equal(row, t.rows[2]);
  assert.deepEqual(
    row.values.slice(0, 5).map((v) => [v.text, v.value, v.columnKey]),
    [
      ['1', 1, 'review.upheld'],
      ['2', 2, 'review.corrected'],
      ['3', 3, 'review.other'],
      ['4', 4, 'review.pending'],
      ['10', 10, 'review.total'],
    ],
  );
  assert.deepEqual([row.expected, row.found, row.malformed], [15, 15, false]);
  assert.equal(row.values[0].start, HEADER.join('\n').length + 1);
});

test('table 3: header cells are matched as column labels, with their spans; other text is not', () => {
  const t = read('行政复议\t未经复议直接起述\t说明文字', numbers(15));
  assert.deepEqual(
    t.labels.map((l) => [l.span.text, l.canonical, l.exact, l.what, l.span.start]),
    [
      ['行政复议', '行政复议', true, 'column', 0],
      ['未经复议直接起述', '未经复议直接起诉', false, 'column', 5],
    ],
  );
});

test('table 3: a label before the numbers is no value; text among them is one', () => {
  const t = read(...HEADER, '数量\t' + numbers(15));
  assert.deepEqual(values(t), numbers(15).split('\t'));
  const among = read(...HEADER, '0\t0\t无\t' + numbers(12));
  assert.deepEqual(values(among), ['0', '0', '无', ...numbers(12).split('\t')]);
  assert.equal(among.data.get(APPEALS_ROW)?.values[2].status, 'invalid');
});

test('table 3: three numbers make the data row (too few: malformed); two do not', () => {
  const three = read(...HEADER, numbers(3, '1'));
  assert.deepEqual(three.rows.map((r) => r.kind).at(-1), 'data');
  const row = three.data.get(APPEALS_ROW)!;
  assert.deepEqual([row.found, row.malformed], [3, true]);
  const two = read(...HEADER, '1\t1');
  assert.deepEqual(
    two.rows.map((r) => r.kind),
    ['header', 'header', 'unknown'],
  );
  assert.equal(two.data.size, 0);
  assert.deepEqual(
    two.rows.map((r) => [r.values.length, r.expected, r.malformed, r.found]),
    [
      [0, 0, false, 0],
      [0, 0, false, 0],
      [0, 0, false, 0],
    ],
  );
});

test('table 3: only the first data row is the data; a second row of numbers is unknown', () => {
  const t = read(...HEADER, numbers(15, '1'), numbers(15, '2'));
  assert.deepEqual(
    t.rows.map((r) => r.kind),
    ['header', 'header', 'data', 'unknown'],
  );
  assert.deepEqual(values(t), numbers(15, '1').split('\t'));
});

test('table 3: a row of fifteen blank cells is the data row of a new report, when no row has figures', () => {
  const blank = '\t'.repeat(14);
  const t = read(...HEADER, blank);
  assert.deepEqual(
    t.rows.map((r) => r.kind),
    ['header', 'header', 'data'],
  );
  assert.deepEqual(
    values(t),
    Array.from({ length: 15 }, () => ''),
  );
  assert.deepEqual(
    t.data.get(APPEALS_ROW)!.values.map((v) => v.status),
    Array.from({ length: 15 }, () => 'blank'),
  );
  // Fourteen cells are not the row.
  assert.equal(read(...HEADER, '\t'.repeat(13)).data.size, 0);
});

test('table 3: an empty row between the header and the figures is not the data row', () => {
  const blank = '\t'.repeat(14);
  const t = read(...HEADER, blank, numbers(3, '1'));
  assert.deepEqual(
    t.rows.map((r) => r.kind),
    ['header', 'header', 'header', 'data'],
  );
  assert.deepEqual(values(t), ['1', '1', '1']);
});
