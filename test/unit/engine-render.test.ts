// The exact text a fix writes when it inserts a row or a table, in each layout: what the
// clerk sees in the document. (templates.test.ts shows such tables read back clean; this
// pins down the lines themselves, written from each layout's own conventions.)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rowLines, tableLines } from '../../server/src/engine/render/layout';

const ROWS = [
  ['甲', '乙', '丙'],
  ['一', '1'],
];

test('render: a TAB table is one line a row, short rows padded to the widest', () => {
  assert.deepEqual(tableLines(ROWS, 'tab'), ['甲\t乙\t丙', '一\t1\t']);
});

test('render: one cell a line, each cell TAB-indented, rows apart by a blank line and never padded', () => {
  assert.deepEqual(tableLines(ROWS, 'cellPerLine'), ['\t甲', '\t乙', '\t丙', '', '\t一', '\t1']);
  assert.deepEqual(tableLines([['甲']], 'cellPerLine'), ['\t甲'], 'no blank line before the first row');
});

test('render: a pipe table ends each row with a pipe; Markdown has its delimiter row after the first', () => {
  assert.deepEqual(tableLines(ROWS, 'pipe'), ['甲 | 乙 | 丙 |', '一 | 1 |  |']);
  assert.deepEqual(tableLines(ROWS, 'markdown'), ['| 甲 | 乙 | 丙 |', '| --- | --- | --- |', '| 一 | 1 |  |']);
  assert.deepEqual(tableLines([['a'], ['b'], ['c']], 'markdown'), ['| a |', '| --- |', '| b |', '| c |'], 'one delimiter row only');
});

test('render: an HTML table is wrapped in <table>, a <tr> a row and a <td> a cell, unpadded', () => {
  assert.deepEqual(tableLines(ROWS, 'html'), [
    '<table>',
    '<tr><td>甲</td><td>乙</td><td>丙</td></tr>',
    '<tr><td>一</td><td>1</td></tr>',
    '</table>',
  ]);
  assert.deepEqual(rowLines([], 'html'), ['<tr></tr>']);
});

test('render: a single row pads to the width asked for', () => {
  assert.deepEqual(rowLines(['a'], 'tab', 3), ['a\t\t']);
  assert.deepEqual(rowLines(['a', 'b'], 'tab', 1), ['a\tb'], 'never cut');
});
