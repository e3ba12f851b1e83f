// PDF tables rebuilt from their borders (server/src/cli/readers/pdf-grid.ts).
//
// The PDFs in test/fixtures/rendered/pdf/ are real LibreOffice renderings of the seeds and
// rule fixtures (`npm run render -- --keep`, scripts/render/pdf.ts): narrow columns, row
// labels wrapped over two to five lines, figures centred beside them, the group labels of
// table 2 (三、本年度办理结果, （三）不予公开) in merged cells written one character a line,
// rows cut by page breaks. Each must get exactly the findings of the text it was made
// from, on the same cells: a correct report's PDF gets no error and no warning.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readPdf } from '../../server/src/cli/readers/pdf';
import { cellText, gridTables, joinSplitRow, type GridRow, type Piece } from '../../server/src/cli/readers/pdf-grid';
import { rulings, type Segment } from '../../server/src/cli/readers/pdf-rulings';
import { findingIds, RENDERED } from './invariance';
import { FIXTURES } from './helpers';

const PDFS = join(RENDERED, 'pdf');
const sources = JSON.parse(readFileSync(join(RENDERED, 'sources.json'), 'utf8')) as Record<string, string>;

test('every rendered PDF gets the findings of its original, on the same cells', async () => {
  const names = readdirSync(PDFS)
    .filter((f) => f.endsWith('.pdf'))
    .map((f) => f.replace(/\.pdf$/, ''));
  assert.ok(names.length >= 7, names.join(' '));
  for (const name of names) {
    const pdf = await readPdf(readFileSync(join(PDFS, `${name}.pdf`)));
    // Seeds and rule fixtures (sources.json), or a portal sample (a heading row at a page's foot).
    const original = readFileSync(join(FIXTURES, sources[name] ?? `samples/${name}.txt`), 'utf8');
    assert.deepEqual(findingIds(pdf.text), findingIds(original), name);
  }
});

test('a correct report as PDF: no error and no warning (seed 002)', async () => {
  const pdf = await readPdf(readFileSync(join(PDFS, '002_12a69261f9476b84.pdf')));
  assert.deepEqual(findingIds(pdf.text), []);
});

test('merged group cells, labels wrapped in their cell and centred figures come out as the rows Word exports', async () => {
  const { text } = await readPdf(readFileSync(join(PDFS, '001_0d4db35de2d4a64b.pdf')));
  const lines = text.split('\n');
  // The group label written one character a line down a merged cell, on its first row.
  assert.ok(lines.includes('三、本年度办理结果\t（一）予以公开\t0\t0\t0\t0\t0\t0\t0'), text);
  assert.ok(lines.includes('（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0'), text);
  // A label wrapped over four lines, its figures centred beside the second.
  assert.ok(lines.includes('（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t1\t0\t0\t0\t0\t0\t1'), text);
  // The header: merged cells over rows and columns.
  assert.ok(lines.includes('自然人\t法人或其他组织\t总计'), text);
});

test('a row cut by a page break is joined to its first part (seed 004: 2.没有现成信息需要另 / 行制作)', async () => {
  const { text, pageStarts } = await readPdf(readFileSync(join(PDFS, '004_3a76839b33e1ea7f.pdf')));
  const lines = text.split('\n');
  const row = lines.findIndex((l) => l.startsWith('2.没有现成信息需要另行制作\t'));
  assert.ok(row > 0, text);
  assert.equal(lines[row], '2.没有现成信息需要另行制作\t0\t0\t0\t0\t0\t0\t0');
  // No line is left with the rest of the label alone.
  assert.ok(!lines.some((l) => /^\t*行制作\t*$/.test(l)), text);
  assert.ok(pageStarts.length >= 4);
});

// Synthetic pages: a 3-column table with borders, in page coordinates (y up).

const h = (y: number, x0: number, x1: number): Segment => ({ dir: 'h', x0, x1, y0: y, y1: y });
const v = (x: number, y0: number, y1: number): Segment => ({ dir: 'v', x0: x, x1: x, y0, y1 });
const piece = (str: string, x: number, y: number, size = 10): Piece => ({ str, x, y, width: str.length * size * 0.6, size });

test('grid: a cell merged down two rows is written once on its first row; text outside the borders is left alone', () => {
  // Columns 100–200, 200–250, 250–300; rows 700–680, 680–660. The first column has no
  // border between the rows: one merged cell.
  const segments = [
    h(700, 100, 300),
    h(680, 200, 300),
    h(660, 100, 300),
    v(100, 660, 700),
    v(200, 660, 700),
    v(250, 660, 700),
    v(300, 660, 700),
  ];
  const pieces = [
    piece('合并', 110, 684),
    piece('标签', 110, 674),
    piece('5', 220, 686),
    piece('6', 270, 686),
    piece('7', 220, 666),
    piece('8', 270, 666),
    piece('正文', 100, 720),
  ];
  const { rows, rest } = gridTables(segments, pieces);
  assert.deepEqual(
    rows.map((r) => r.cells.map((c) => c.text)),
    [
      ['合并标签', '5', '6'],
      ['7', '8'],
    ],
  );
  assert.deepEqual(
    rest.map((p) => p.str),
    ['正文'],
  );
});

test('grid: an empty cell stays an empty cell between its neighbours', () => {
  const segments = [h(700, 100, 300), h(680, 100, 300), v(100, 680, 700), v(200, 680, 700), v(250, 680, 700), v(300, 680, 700)];
  const { rows } = gridTables(segments, [piece('行', 110, 686), piece('9', 270, 686)]);
  assert.deepEqual(
    rows.map((r) => r.cells.map((c) => c.text)),
    [['行', '', '9']],
  );
});

test('grid: lines that do not make a table (a rule under a heading, a lone box) take no text', () => {
  const { rows, rest } = gridTables([h(700, 100, 500), h(698, 100, 500), v(100, 600, 650), v(120, 600, 650)], [piece('标题', 110, 705)]);
  assert.deepEqual(rows, []);
  assert.equal(rest.length, 1);
});

test('cell text: wrapped Chinese joins without a space; Latin words and numbers keep theirs', () => {
  assert.equal(cellText([piece('没有现成信息需', 0, 20), piece('要另行制作', 0, 8)]), '没有现成信息需要另行制作');
  assert.equal(cellText([piece('2021', 0, 20), piece('年', 30, 20), piece('GB', 0, 8)]), '2021年GB');
  assert.equal(cellText([piece('word', 0, 20), piece('split', 40, 20)]), 'word split');
});

test('a row cut by a page break: joined only when the rest is label text under the label', () => {
  const row = (...cells: [string, number, number][]): GridRow => ({ y: 0, cells: cells.map(([text, x0, x1]) => ({ text, x0, x1 })) });
  const above = () => row(['6.属于四类过程性信', 100, 200], ['0', 200, 250], ['0', 250, 300]);
  // The group column beside it is empty on the new page; the label's last character.
  const a = above();
  assert.deepEqual(joinSplitRow([a], row(['', 60, 100], ['息', 100, 200], ['', 200, 250], ['', 250, 300])), [a]);
  assert.equal(a.cells[0].text, '6.属于四类过程性信息');
  // A figure in the part below is a row of its own.
  assert.equal(joinSplitRow([above()], row(['7.属于行政执法案卷', 100, 200], ['0', 200, 250], ['0', 250, 300])), undefined);
  // Text under a figure is not the rest of a label.
  assert.equal(joinSplitRow([above()], row(['', 100, 200], ['备注', 200, 250])), undefined);
  // A header row of two cells under a heading row of one (第二十条第（六）项 at a page's foot,
  // 信息内容 | 本年处理决定数量 at the next page's head): other borders, a row of its own.
  const heading = row(['第二十条第（六）项', 100, 300]);
  assert.equal(joinSplitRow([heading], row(['信息内容', 100, 200], ['本年处理决定数量', 200, 300])), undefined);
  assert.equal(heading.cells[0].text, '第二十条第（六）项');
  // Text outside the row's columns belongs to another table.
  assert.equal(joinSplitRow([above()], row(['说明', 300, 400])), undefined);
  // A group cell merged down from a row higher up (its text 三、本年度办 | 理结果 cut with the
  // row): its rest joins it there, on the row it starts in; nothing is joined when the cell
  // there has other borders (a cell spanning more columns: another table's, or no group).
  const group = row(['三、本年度办', 60, 100], ['5.属于三类内部事务', 100, 200], ['0', 200, 250], ['0', 250, 300]);
  const between = above();
  const cut = row(['7.属于行政执法', 100, 200], ['0', 200, 250], ['0', 250, 300]);
  assert.deepEqual(joinSplitRow([group, between, cut], row(['理结果', 60, 100], ['案卷', 100, 200], ['', 200, 250], ['', 250, 300])), [
    group,
    cut,
  ]);
  assert.equal(group.cells[0].text, '三、本年度办理结果');
  assert.equal(cut.cells[0].text, '7.属于行政执法案卷');
  assert.equal(between.cells[0].text, '6.属于四类过程性信');
  const wide = row(['一、本年新收政府信息公开申请数量', 60, 200], ['0', 200, 250], ['0', 250, 300]);
  const alone = above();
  assert.equal(joinSplitRow([wide, alone], row(['理结果', 60, 100], ['息', 100, 200])), undefined);
  assert.equal(alone.cells[0].text, '6.属于四类过程性信');
});

test('rulings: stroked lines and thin filled rectangles, through the transform; curves and shading are no borders', () => {
  const ops = {
    save: 10,
    restore: 11,
    transform: 12,
    constructPath: 91,
    paintFormXObjectBegin: 74,
    paintFormXObjectEnd: 75,
    stroke: 20,
    closeStroke: 21,
    fill: 22,
    eoFill: 23,
    fillStroke: 24,
    eoFillStroke: 25,
    closeFillStroke: 26,
    closeEOFillStroke: 27,
  };
  const path = (paint: number, ...data: number[]) => [paint, [new Float32Array(data)], null];
  const fn = [
    ops.save,
    ops.transform,
    ops.constructPath,
    ops.restore,
    ops.constructPath,
    ops.constructPath,
    ops.constructPath,
    ops.constructPath,
  ];
  const args = [
    null,
    [2, 0, 0, 2, 10, 10],
    // A horizontal stroke, doubled and moved by the transform.
    path(ops.stroke, 0, 0, 0, 1, 50, 0),
    null,
    // A vertical border drawn as a thin filled rectangle (0.5 wide).
    path(ops.fill, 0, 100, 100, 1, 100.5, 100, 1, 100.5, 300, 1, 100, 300, 4),
    // Cell shading: a wide filled rectangle.
    path(ops.fill, 0, 0, 0, 1, 80, 0, 1, 80, 40, 1, 0, 40, 4),
    // A slanted stroke and a curve.
    path(ops.stroke, 0, 0, 0, 1, 30, 30, 2, 1, 1, 2, 2, 3, 3),
    // A path neither stroked nor filled (a clip).
    path(28, 0, 0, 0, 1, 50, 0),
  ];
  assert.deepEqual(rulings(fn, args, ops), [
    { dir: 'h', x0: 10, x1: 110, y0: 10, y1: 10 },
    { dir: 'v', x0: 100.25, x1: 100.25, y0: 100, y1: 300 },
  ]);
});
