// A blank cell's squiggle marks its whole gap (issue 9 §5): the white space between its
// separators, or, where two TABs touch, the TAB after it — so a clerk can see it. The fix
// still writes its 0 at the cell's insertion point, the finding stays on the same cell in
// every layout (same message), the hover over the gap names the cell, and the preview
// marks it. Expected ranges written from each layout's separators by hand. (One cell per
// line has no blank cell to mark: a line holding only a TAB reads as the gap between rows.)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, lint, parse, type Finding } from '../../server/src/engine';
import { explainCell } from '../../server/src/engine/explain';
import { renderTablesHtml } from '../../server/src/engine/preview';
import { readFixture } from './helpers';

/** Table 2, row 一, 商业企业 (the second value cell) written as `blank` instead of its 0. */
function blanked(text: string, blank = ''): string {
  const cell = parse(text)
    .tables.find((t) => t.id === 2)!
    .data.get('new')!.values[1];
  assert.equal(cell.text, '0');
  return text.slice(0, cell.start) + blank + text.slice(cell.end);
}

function covered(text: string, f: Finding): string {
  const model = parse(text);
  return text.slice(model.source.offsetAt(f.range.start), model.source.offsetAt(f.range.end));
}

const gr103 = (text: string) => lint(text).findings.filter((f) => f.code === 'GR103');

const MESSAGE = '表二 一 商业企业 为空，应填数字（没有则填 0）';

// [fixture, what the blanked cell looks like, what the squiggle covers]
const CASES: [string, string, string][] = [
  ['tab-clean.txt', '\t\t', '\t'],
  ['crlf-tab-clean.txt', '\t\t', '\t'],
  ['blank-lines-split-labels-clean.txt', '\t\t', '\t'],
  ['pipe-clean.txt', '|  |', '  '],
  ['bom-pipe-clean.txt', '|  |', '  '],
  ['markdown-clean.txt', '|  |', '  '],
];

for (const [file, looks, marks] of CASES) {
  test(`${file}: a blank cell is marked over its gap (${JSON.stringify(marks)}), the fix writes 0 into it`, () => {
    const text = blanked(readFixture('layouts', file));
    const found = gr103(text);
    assert.equal(found.length, 1);
    const [f] = found;
    assert.equal(f.message, MESSAGE);
    assert.equal(covered(text, f), marks);
    const model = parse(text);
    const start = model.source.offsetAt(f.range.start);
    assert.equal(text.slice(start - (looks.length - marks.length) / 2, start - (looks.length - marks.length) / 2 + looks.length), looks);
    const fixed = applyEdits(text, f.fixes![0].edits);
    assert.deepEqual(
      lint(fixed).findings.map((x) => x.code),
      [],
    );
    // Only a 0 was added, no separator or space lost.
    assert.equal(fixed.length, text.length + 1);
  });
}

test('TAB: the fix gives back exactly the original', () => {
  const clean = readFixture('layouts', 'tab-clean.txt');
  const text = blanked(clean);
  const [f] = gr103(text);
  assert.equal(applyEdits(text, f.fixes![0].edits), clean);
});

test('HTML: an empty <td></td> stays at its point; a <td>&nbsp;</td> is marked over the &nbsp;', () => {
  const clean = readFixture('layouts', 'html-table-clean.txt');
  const empty = blanked(clean);
  const [a] = gr103(empty);
  assert.equal(a.message, MESSAGE);
  assert.equal(covered(empty, a), '');
  const nbsp = blanked(clean, '&nbsp;');
  const [b] = gr103(nbsp);
  assert.equal(b.message, MESSAGE);
  assert.equal(covered(nbsp, b), '&nbsp;');
});

test('TAB: adjacent blank cells get separate gaps; a last blank cell after a blank one stays at its point', () => {
  const line = '一、本年新收政府信息公开申请数量\t0\t\t\t0\t0\t0\t0';
  const clean = readFixture('layouts', 'tab-clean.txt');
  const row = clean.split('\n').find((l) => l.startsWith('一、本年新收政府信息公开申请数量'))!;
  const text = clean.replace(row, line);
  const found = gr103(text);
  assert.equal(found.length, 2);
  assert.deepEqual(
    found.map((f) => covered(text, f)),
    ['\t', '\t'],
  );
  assert.notDeepEqual(found[0].range, found[1].range);
  // Both fixes together (fix all GR103 of the file) write two zeros between the TABs.
  const both = applyEdits(text, [...found[0].fixes![0].edits, ...found[1].fixes![0].edits]);
  assert.ok(both.includes('一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0'));

  const trailing = clean.replace(row, '一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t\t');
  const ends = gr103(trailing);
  assert.equal(ends.length, 2, ends.map((f) => f.message).join(' | '));
  assert.deepEqual(
    ends.map((f) => covered(trailing, f)),
    ['\t', ''],
  );
});

test('the hover over a blank cell’s gap names the cell; the preview marks it', () => {
  const text = blanked(readFixture('layouts', 'pipe-clean.txt'));
  const [f] = gr103(text);
  const model = parse(text);
  const start = model.source.offsetAt(f.range.start);
  assert.match(explainCell(model, start, 'zh') ?? '', /^\*\*表二 · 一、本年新收政府信息公开申请数量 · 商业企业\*\*/);
  assert.match(explainCell(model, start + 1, 'zh') ?? '', /商业企业/);
  const html = renderTablesHtml(model, lint(text).findings, 'zh');
  assert.equal(html.match(/<td class="num blank warning"/g)?.length, 1);
});

test('pipe and Markdown: the 0 goes in as a clerk types it, `| 0 |`, not at the end of the gap', () => {
  for (const file of ['pipe-clean.txt', 'markdown-clean.txt']) {
    const clean = readFixture('layouts', file);
    const text = blanked(clean);
    const [f] = gr103(text);
    const fixed = applyEdits(text, f.fixes![0].edits);
    const row = (t: string) => t.split('\n').find((l) => l.includes('一、本年新收政府信息公开申请数量'))!;
    assert.match(row(text), /\|\s+0\s+\| {2}\|\s+0/, file);
    assert.equal(row(fixed), row(text).replace('|  |', '| 0 |'), file);
  }
});
