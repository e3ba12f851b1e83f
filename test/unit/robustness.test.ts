// Any input gets findings or nothing, never an exception: empty text, binary garbage,
// every truncation of a real report, shuffled lines, huge lines. Deterministic too.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, fixAll, outline, foldingRanges, parse } from '../../server/src/engine';
import { readFixture } from './helpers';

function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

function everything(text: string) {
  const { findings, report } = lint(text);
  fixAll(text);
  outline(report);
  foldingRanges(report);
  return findings;
}

test('degenerate inputs', () => {
  for (const text of [
    '',
    '\n',
    '\r\n\r\n',
    '\t\t\t',
    '|||',
    '一、',
    '（',
    '2022年13月45日',
    '\u0000\uffff\ud800',
    'x'.repeat(100_000),
    '一、总体情况\n'.repeat(50),
  ]) {
    assert.doesNotThrow(() => everything(text), JSON.stringify(text.slice(0, 20)));
  }
});

test('every truncation of a real report', () => {
  const text = readFixture('seeds', '003_e7290be93566281d.txt');
  for (let n = 0; n <= text.length; n += 97) assert.doesNotThrow(() => everything(text.slice(0, n)), `prefix ${n}`);
});

test('shuffled lines and random garbage', () => {
  const rnd = random(7);
  const lines = readFixture('seeds', '000_83736ae7aacb97e3.txt').split('\n');
  for (let i = 0; i < 30; i++) {
    const shuffled = [...lines].sort(() => rnd() - 0.5).join('\n');
    assert.doesNotThrow(() => everything(shuffled));
    const garbage = Array.from({ length: 2000 }, () => String.fromCharCode(Math.floor(rnd() * 0x9fff))).join('');
    assert.doesNotThrow(() => everything(garbage));
  }
});

test('the same text always gives the same findings', () => {
  const text = readFixture('seeds', '003_e7290be93566281d.txt');
  assert.deepEqual(lint(text).findings, lint(text).findings);
});

test('ranges lie inside the text', () => {
  for (const seed of ['000_83736ae7aacb97e3.txt', '001_0d4db35de2d4a64b.txt', '003_e7290be93566281d.txt']) {
    const text = readFixture('seeds', seed);
    const { source } = parse(text);
    for (const f of lint(text).findings) {
      for (const r of [f.range, ...f.related.map((x) => x.range), ...(f.fix?.edits ?? []).map((e) => e.range)]) {
        assert.ok(r.start.line < source.lineCount && r.end.line < source.lineCount);
        assert.ok(source.offsetAt(r.start) <= source.offsetAt(r.end));
      }
    }
  }
});
