// Which column a number is in (issue 9 §5): the column names the editor writes before each
// table number as inlay hints. Expected names written from the format's headers.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/engine';
import { inlayHints } from '../../server/src/lsp/views';
import { readFixture } from './helpers';

const whole = { start: { line: 0, character: 0 }, end: { line: 100_000, character: 0 } };

function hintsOn(text: string, pattern: RegExp): { label: string; at: string }[] {
  const report = parse(text);
  const lines = text.split(/\r?\n/);
  const line = lines.findIndex((l) => pattern.test(l));
  assert.ok(line >= 0, `no line matches ${pattern}`);
  return inlayHints(report, whole, 'zh')
    .filter((h) => h.position.line === line)
    .map((h) => ({ label: String(h.label), at: lines[line].slice(h.position.character, h.position.character + 1) }));
}

test('table 1: each block names its own columns', () => {
  const text = readFixture('layouts', 'tab-clean.txt');
  const labels = hintsOn(text, /^规章\t/).map((h) => h.label);
  assert.deepEqual(labels, ['本年制发件数', '本年废止件数', '现行有效件数']);
});

test('table 2 in every layout: the seven applicant columns, each before its number', () => {
  for (const file of ['tab-clean.txt', 'pipe-clean.txt', 'markdown-clean.txt', 'crlf-tab-clean.txt', 'html-table-clean.txt']) {
    const hints = hintsOn(readFixture('layouts', file), /一、本年新收政府信息公开申请数量/);
    assert.deepEqual(
      hints.map((h) => h.label),
      ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'],
      file,
    );
    assert.ok(
      hints.every((h) => /\d/.test(h.at)),
      `${file}: each hint sits right before a digit: ${JSON.stringify(hints)}`,
    );
  }
});

test('an HTML page read through a view: hints land before the numbers as written', () => {
  const text = readFixture('rendered', 'html', '002_12a69261f9476b84.html');
  const report = parse(text);
  const hints = inlayHints(report, whole, 'zh');
  assert.ok(hints.length >= 100, `${hints.length} hints`);
  const lines = text.split(/\r?\n/);
  for (const h of hints) assert.match(lines[h.position.line].slice(h.position.character), /^\d/, JSON.stringify(h));
});

test('a blank cell gets its column name too: that is where its number goes', () => {
  const clean = readFixture('layouts', 'tab-clean.txt');
  const text = clean.replace(/^(一、本年新收政府信息公开申请数量)\t0\t0/m, '$1\t0\t');
  assert.notEqual(text, clean);
  const hints = hintsOn(text, /一、本年新收政府信息公开申请数量/);
  assert.equal(hints.length, 7);
  assert.deepEqual(hints[1], { label: '商业企业', at: '\t' });
});

test('no names in a row with a number too many or too few: its columns are not known', () => {
  const clean = readFixture('layouts', 'tab-clean.txt');
  const text = clean.replace(/^(一、本年新收政府信息公开申请数量)\t0\t0/m, '$1\t0\t0\t0');
  assert.notEqual(text, clean);
  assert.deepEqual(hintsOn(text, /一、本年新收政府信息公开申请数量/), []);
  assert.equal(hintsOn(text, /二、上年结转政府信息公开申请数量/).length, 7);
});

test('only the lines asked about, and English names for an English UI', () => {
  const text = readFixture('layouts', 'tab-clean.txt');
  const report = parse(text);
  const line = text.split('\n').findIndex((l) => l.startsWith('一、本年新收政府信息公开申请数量'));
  const range = { start: { line, character: 0 }, end: { line, character: 200 } };
  const en = inlayHints(report, range, 'en');
  assert.deepEqual(
    en.map((h) => h.label),
    // A word each, so that seven of them keep the row on one line.
    ['person', 'business', 'research', 'welfare', 'legal', 'other', 'total'],
  );
});

test('English names stay short in tables 1 and 3 too; table 3 names its group on each first cell', () => {
  const text = readFixture('layouts', 'tab-clean.txt');
  const report = parse(text);
  const lines = text.split('\n');
  const all = inlayHints(report, { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } }, 'en');
  const table3 = report.tables.find((t) => t.id === 3)!;
  const row = all.filter((h) => h.position.line === table3.lastLine).map((h) => h.label);
  assert.deepEqual(row, [
    'recon. upheld',
    'corrected',
    'other',
    'pending',
    'total',
    'suit upheld',
    'corrected',
    'other',
    'pending',
    'total',
    'suit after recon. upheld',
    'corrected',
    'other',
    'pending',
    'total',
  ]);
  const table1 = report.tables.find((t) => t.id === 1)!;
  const labels1 = new Set(all.filter((h) => h.position.line >= table1.firstLine && h.position.line <= table1.lastLine).map((h) => h.label));
  assert.deepEqual([...labels1].sort(), ['decisions', 'fees', 'issued', 'repealed', 'valid']);
});
