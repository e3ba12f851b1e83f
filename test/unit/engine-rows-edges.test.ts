// GR102's inserted rows, written out: a data row takes its neighbour's shape (the empty
// cells of merged columns before its label), carries zeros and is a quick fix the clerk
// picks; a heading or header row is wording, preferred and applied by fix-all; one cell a
// line keeps its blank line between rows, after the row before or before the row after.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, lint } from '../../server/src/engine';
import { CLEAN } from './engine-cases';

const CELL_PER_LINE = readFileSync(join(__dirname, '..', 'fixtures', 'layouts', 'cell-per-line-clean.txt'), 'utf8');

/** `text` without the line (TAB) or the lines up to the next blank line (one cell a line) starting at `start`. */
function without(text: string, start: string, block = false) {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith(start));
  assert.ok(at >= 0, start);
  let end = at + 1;
  if (block) {
    while (lines[end] !== '') end++;
    end++;
  }
  return { text: [...lines.slice(0, at), ...lines.slice(end)].join('\n'), at };
}

function only(text: string) {
  const findings = lint(text).findings;
  assert.deepEqual(
    findings.map((f) => f.code),
    ['GR102'],
  );
  return findings[0];
}

test('GR102: a data row of table 2 comes back in its neighbour’s shape, zeros, as a quick fix only', () => {
  const { text, at } = without(CLEAN, '\t\t2. 其他法律行政法规禁止公开');
  const f = only(text);
  assert.equal(f.message, '表二缺少“2.其他法律行政法规禁止公开”行');
  assert.deepEqual(f.range.start, { line: at - 1, character: 0 });
  assert.equal(f.fix?.title, '插入“2.其他法律行政法规禁止公开”行（填 0）');
  assert.equal(f.fix?.kind, 'figure');
  assert.notEqual(f.fix?.isPreferred, true);
  // The row before has its label in the third cell (two merged group columns before it).
  assert.deepEqual(
    f.fix?.edits.map((e) => e.newText),
    ['\n\t\t2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0'],
  );
  assert.deepEqual(f.fix?.edits[0].range.start, { line: at - 1, character: text.split('\n')[at - 1].length });
});

test('GR102: a label in the second cell, like the row before, padded to that row’s width', () => {
  const { text } = without(CLEAN, '\t3. 其他\t0');
  const f = only(text);
  assert.equal(f.message, '表二缺少“3.其他”行');
  assert.deepEqual(
    f.fix?.edits.map((e) => e.newText),
    ['\n\t3.其他\t0\t0\t0\t0\t0\t0\t0\t'],
  );
});

test('GR102: a missing header row of table 1 is wording: preferred, applied by fix-all', () => {
  // The first of the two such rows: the one of 第二十条第（五）项.
  const { text, at } = without(CLEAN, '信息内容\t本年处理决定数量');
  const f = only(text);
  assert.equal(f.message, '表一缺少第二十条第（五）项的“信息内容”表头行');
  assert.equal(f.fix?.title, '插入第二十条第（五）项的“信息内容”表头行');
  assert.equal(f.fix?.kind, 'text');
  assert.equal(f.fix?.isPreferred, true);
  assert.deepEqual(
    f.fix?.edits.map((e) => e.newText),
    ['\n信息内容\t本年处理决定数量\t\t'],
  );
  assert.deepEqual(f.range.start, { line: at - 1, character: 0 });
  assert.equal(applyEdits(text, f.fix!.edits), CLEAN);
});

test('GR102, one cell a line: a row after the row before it, its blank line first', () => {
  const { text } = without(CELL_PER_LINE, '\t行政规范性文件', true);
  const f = only(text);
  assert.equal(f.message, '表一缺少“行政规范性文件”行');
  assert.deepEqual(
    f.fix?.edits.map((e) => e.newText),
    ['\n\n\t行政规范性文件\n\t0\n\t0\n\t0'],
  );
  assert.equal(applyEdits(text, f.fix!.edits), CELL_PER_LINE);
});

test('GR102, one cell a line: the first row of table 2 before the row after it, its blank line after', () => {
  const { text, at } = without(CELL_PER_LINE, '\t一、本年新收', true);
  const f = only(text);
  assert.equal(f.message, '表二缺少“一、本年新收政府信息公开申请数量”行');
  assert.deepEqual(f.range.start, { line: at, character: 0 });
  assert.deepEqual(
    f.fix?.edits.map((e) => e.newText),
    ['\t一、本年新收政府信息公开申请数量\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\n'],
  );
  assert.equal(applyEdits(text, f.fix!.edits), CELL_PER_LINE);
});
