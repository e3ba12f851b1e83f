// The table reader's grid on its own (server/src/engine/parse/grid.ts): which layout a
// table's lines are in, the rows and cells each layout gives, with their offsets and the
// gaps of empty cells, the edges of a web page's cell text, and which lines of a section
// body hold tables. Each case is written by hand from the layouts the format's tables come
// in (docs/report-format.md: TAB text from Word, one cell a line, ` | ` web copies,
// Markdown, HTML); the fixture tests reach the grid only through whole reports, where an
// extra empty cell or a gap one character off rarely changes a finding, so mutation
// testing found these edges unchecked.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  detectLayout,
  gridRows,
  htmlCells,
  htmlEdgeEnd,
  htmlEdgeStart,
  isMarkdownRule,
  tableLineRuns,
} from '../../server/src/engine/parse/grid';
import { SourceText } from '../../server/src/engine/text/source';
import { ViewText } from '../../server/src/engine/text/view';
import type { GridRow, Layout } from '../../server/src/engine/model';

const src = (...lines: string[]) => new SourceText(lines.join('\n'));
const all = (s: SourceText) => Array.from({ length: s.lineCount }, (_, i) => i);
const rowsOf = (layout: Layout, ...lines: string[]) => {
  const s = src(...lines);
  return gridRows(s, all(s), layout);
};
const texts = (rows: GridRow[]) => rows.map((r) => r.cells.map((c) => c.text));
const lineSpans = (rows: GridRow[]) => rows.map((r) => [r.firstLine, r.lastLine]);

// ---------------------------------------------------------------------------------------
// isMarkdownRule: Markdown's separator line under a table's first row

test('markdown rule: dashes between pipes, with or without outer pipes and colons', () => {
  assert.equal(isMarkdownRule('| --- | :---: |'), true);
  assert.equal(isMarkdownRule('---|---'), true);
  assert.equal(isMarkdownRule('  |---|----:|  '), true);
  assert.equal(isMarkdownRule('---'), true, 'a one-column table’s rule');
});

test('markdown rule: every cell must be three dashes or more, nothing else', () => {
  assert.equal(isMarkdownRule('| --- | 12 |'), false, 'a number beside a rule is a row');
  assert.equal(isMarkdownRule('| a--- |'), false, 'text before the dashes');
  assert.equal(isMarkdownRule('| ---a |'), false, 'text after the dashes');
  assert.equal(isMarkdownRule('| -- |'), false, 'two dashes are not a rule');
  assert.equal(isMarkdownRule('a | ---'), false, 'only empty text outside the outer pipes is dropped');
  assert.equal(isMarkdownRule('--- | a'), false);
});

test('markdown rule: an empty line or a lone pipe is no rule', () => {
  assert.equal(isMarkdownRule(''), false);
  assert.equal(isMarkdownRule('|'), false);
  assert.equal(isMarkdownRule('||'), false);
});

// ---------------------------------------------------------------------------------------
// detectLayout

test('layout: a table of blank lines only is read as TAB text', () => {
  const s = src('', '  ', '');
  assert.equal(detectLayout(s, all(s)), 'tab');
});

test('layout: TAB rows are tab; one TAB-led cell a line is cellPerLine', () => {
  const tab = src('三、本年度办理结果\t1\t2', '（一）予以公开\t3\t4');
  assert.equal(detectLayout(tab, all(tab)), 'tab');
  const led = src('\t\t1\t2', '\t（一）予以公开\t3');
  assert.equal(detectLayout(led, all(led)), 'tab', 'lines starting with TAB but holding several cells');
  const one = src('\t本年新收政府信息公开申请数量', '\t12', '', '\t上年结转政府信息公开申请数量', '\t0');
  assert.equal(detectLayout(one, all(one)), 'cellPerLine');
});

test('layout: pipes with outer pipes are markdown, without them pipe', () => {
  const md = src('  | 项目 | 数量 |', '  |---|---|', '  | 本年新收 | 12 |');
  assert.equal(detectLayout(md, all(md)), 'markdown', 'indented rows still start with a pipe');
  const web = src('本年新收|12', '上年结转|0');
  assert.equal(detectLayout(web, all(web)), 'pipe');
});

test('layout: a web page’s rows are html', () => {
  const s = src('<table>', '<tr><td>本年新收</td><td>12</td></tr>', '</table>');
  assert.equal(detectLayout(s, all(s)), 'html');
});

// ---------------------------------------------------------------------------------------
// TAB rows and the gaps of empty cells

test('tab: cells split at TABs, trimmed, with their offsets; written cells have no gap', () => {
  const rows = rowsOf('tab', '（一）予以公开\t 3 \t4');
  assert.deepEqual(rows, [
    {
      cells: [
        { text: '（一）予以公开', start: 0, end: 7 },
        { text: '3', start: 9, end: 10 },
        { text: '4', start: 12, end: 13 },
      ],
      firstLine: 0,
      lastLine: 0,
    },
  ]);
});

test('tab: an empty first cell’s gap is the TAB after it', () => {
  const rows = rowsOf('tab', 'x', '\t5');
  assert.deepEqual(rows[1].cells, [
    { text: '', start: 2, end: 2, gap: { start: 2, end: 3 } },
    { text: '5', start: 3, end: 4 },
  ]);
});

test('tab: an empty cell between TABs has the next TAB as its gap; spaces are their own gap', () => {
  const rows = rowsOf('tab', '5\t\t6\t  \t7');
  assert.deepEqual(rows[0].cells, [
    { text: '5', start: 0, end: 1 },
    { text: '', start: 2, end: 2, gap: { start: 2, end: 3 } },
    { text: '6', start: 3, end: 4 },
    { text: '', start: 7, end: 7, gap: { start: 5, end: 7 } },
    { text: '7', start: 8, end: 9 },
  ]);
});

test('tab: a last empty cell takes the TAB before it, unless an empty cell already did', () => {
  assert.deepEqual(rowsOf('tab', '5\t')[0].cells, [
    { text: '5', start: 0, end: 1 },
    { text: '', start: 2, end: 2, gap: { start: 1, end: 2 } },
  ]);
  assert.deepEqual(rowsOf('tab', '5\t\t')[0].cells, [
    { text: '5', start: 0, end: 1 },
    { text: '', start: 2, end: 2, gap: { start: 2, end: 3 } },
    { text: '', start: 3, end: 3 },
  ]);
});

test('tab: in a view (text the reader rewrote) empty cells get no gap: the view maps them', () => {
  const written = new SourceText('5\t\t6');
  const map = Int32Array.from({ length: 5 }, (_, i) => i);
  const view = new ViewText('5\t\t6', map, new Uint8Array(5), written);
  assert.deepEqual(gridRows(view, [0], 'tab')[0].cells, [
    { text: '5', start: 0, end: 1 },
    { text: '', start: 2, end: 2 },
    { text: '6', start: 3, end: 4 },
  ]);
  const html = new ViewText(
    '<tr><td> </td></tr>',
    Int32Array.from({ length: 20 }, (_, i) => i),
    new Uint8Array(20),
    written,
  );
  assert.deepEqual(gridRows(html, [0], 'html')[0].cells, [{ text: '', start: 9, end: 9 }]);
});

test('tab: blank lines are no rows, but a line of TABs alone is a row of blank cells', () => {
  const rows = rowsOf('tab', '1\t2', '', '\t', '3\t4');
  assert.deepEqual(texts(rows), [
    ['1', '2'],
    ['', ''],
    ['3', '4'],
  ]);
  assert.deepEqual(lineSpans(rows), [
    [0, 0],
    [2, 2],
    [3, 3],
  ]);
});

test('pipe: a line of TABs alone in a pipe table is a blank line, not a row', () => {
  const rows = rowsOf('pipe', 'a | 1', '\t\t', 'b | 2');
  assert.deepEqual(texts(rows), [
    ['a', '1'],
    ['b', '2'],
  ]);
});

// ---------------------------------------------------------------------------------------
// pipe rows (web copies)

test('pipe: nothing lies outside the outer pipes', () => {
  assert.deepEqual(texts(rowsOf('pipe', '| 本年新收 | 12 |')), [['本年新收', '12']]);
  assert.deepEqual(texts(rowsOf('pipe', '  | 本年新收 | 12 |  ')), [['本年新收', '12']]);
  assert.deepEqual(texts(rowsOf('pipe', '本年新收 | 12 |')), [['本年新收', '12']]);
  assert.deepEqual(texts(rowsOf('pipe', '本年新收 | 12|')), [['本年新收', '12']]);
  assert.deepEqual(texts(rowsOf('pipe', '本年新收 | 12')), [['本年新收', '12']]);
});

test('pipe: an empty cell inside the pipes stays a cell', () => {
  assert.deepEqual(texts(rowsOf('pipe', '本年新收 |  | 12')), [['本年新收', '', '12']]);
  assert.deepEqual(texts(rowsOf('pipe', '|')), [['']], 'a lone pipe: one empty cell, not none');
});

test('pipe: a rule line and a line ending in two spaces are ordinary rows (only Markdown has them)', () => {
  const rows = rowsOf('pipe', 'a | 1  ', 'b | 2', '--- | ---');
  assert.deepEqual(texts(rows), [
    ['a', '1'],
    ['b', '2'],
    ['---', '---'],
  ]);
});

// ---------------------------------------------------------------------------------------
// Markdown rows, and rows broken by a hard line break inside a cell

test('markdown: the rule line is no row; outer pipes dropped', () => {
  const rows = rowsOf('markdown', '| 项目 | 数量 |', '| --- | --- |', '| 本年新收 | 12 |');
  assert.deepEqual(texts(rows), [
    ['项目', '数量'],
    ['本年新收', '12'],
  ]);
  assert.deepEqual(lineSpans(rows), [
    [0, 0],
    [2, 2],
  ]);
});

test('markdown: a cell broken by two trailing spaces goes on on the next line', () => {
  const rows = rowsOf('markdown', '| （一）予以  ', '公开 | 3 |', '| 4 | 5 |');
  assert.deepEqual(texts(rows), [
    ['（一）予以  \n公开', '3'],
    ['4', '5'],
  ]);
  assert.deepEqual(lineSpans(rows), [
    [0, 1],
    [2, 2],
  ]);
  assert.deepEqual(rows[0].cells[0], { text: '（一）予以  \n公开', start: 2, end: 12 });
});

test('markdown: a backslash at the end is a hard break too; the last cell stays without a trailing pipe', () => {
  const rows = rowsOf('markdown', '甲 | （一）予以\\', '公开 | 3');
  assert.deepEqual(texts(rows), [['甲', '（一）予以\\\n公开', '3']]);
  assert.deepEqual(lineSpans(rows), [[0, 1]]);
});

test('markdown: a broken row over three lines, its trailing empty cell dropped', () => {
  const rows = rowsOf('markdown', '| a  ', 'b | c  ', 'd | e |');
  assert.deepEqual(texts(rows), [['a  \nb', 'c  \nd', 'e']]);
  assert.deepEqual(lineSpans(rows), [[0, 2]]);
});

test('markdown: no hard break, or a next line starting its own row, or without a pipe: separate rows', () => {
  assert.deepEqual(texts(rowsOf('markdown', '| a | b |', 'c | d |')), [
    ['a', 'b'],
    ['c', 'd'],
  ]);
  assert.deepEqual(texts(rowsOf('markdown', '| a | b |  ', '| c | d |')), [
    ['a', 'b'],
    ['c', 'd'],
  ]);
  assert.deepEqual(texts(rowsOf('markdown', '| a | b  ', '说明文字')), [['a', 'b'], ['说明文字']]);
  assert.deepEqual(texts(rowsOf('markdown', '注：  ', 'c | d |')), [['注：'], ['c', 'd']]);
});

test('markdown: only lines next to each other continue a row', () => {
  const s = src('| a | b  ', '不在表内', 'c | d |');
  const rows = gridRows(s, [0, 2], 'markdown');
  assert.deepEqual(texts(rows), [
    ['a', 'b'],
    ['c', 'd'],
  ]);
});

// ---------------------------------------------------------------------------------------
// One cell a line (Word saved as text)

test('cellPerLine: each line a cell, rows split at blank lines, the leading TAB left out', () => {
  const rows = rowsOf('cellPerLine', '\t本年新收', '\t12', '', '上年结转', '\t0');
  assert.deepEqual(rows, [
    {
      cells: [
        { text: '本年新收', start: 1, end: 5 },
        { text: '12', start: 7, end: 9 },
      ],
      firstLine: 0,
      lastLine: 1,
    },
    {
      cells: [
        { text: '上年结转', start: 11, end: 15 },
        { text: '0', start: 17, end: 18 },
      ],
      firstLine: 3,
      lastLine: 4,
    },
  ]);
});

// ---------------------------------------------------------------------------------------
// HTML rows

test('htmlCells: no tags, no cells', () => {
  assert.deepEqual(htmlCells(''), []);
  assert.deepEqual(htmlCells('本年新收 12'), []);
});

test('htmlCells: each cell from its tag’s end to the closing tag; nothing between </td> and <td>', () => {
  const row = '<tr><td>a</td> <TD class="n">12</TD></tr>';
  assert.deepEqual(htmlCells(row), [
    { start: 8, end: 9 },
    { start: 29, end: 31 },
  ]);
});

test('htmlCells: an unclosed cell ends at the next cell or row tag, as browsers read it', () => {
  assert.deepEqual(htmlCells('<tr><td>a<td>b</tr>'), [
    { start: 8, end: 9 },
    { start: 13, end: 14 },
  ]);
});

test('html edges: white space, &nbsp; (any case) and tags around the cell text are left out', () => {
  const t = ' &NBSP;<b> 12 </b>&nbsp; ';
  assert.equal(htmlEdgeStart(t, 0, t.length), 11);
  assert.equal(htmlEdgeEnd(t, 11, t.length), 13);
  assert.equal(htmlEdgeStart('<b>5</b>', 0, 8), 3);
  assert.equal(htmlEdgeEnd('<b>5</b>', 0, 8), 4, 'the closing tag only, not back to the opening one');
  assert.equal(htmlEdgeEnd('5<b></b>', 0, 8), 1, 'two tags in a row');
  assert.equal(htmlEdgeEnd('5</b>', 0, 5), 1);
  assert.equal(htmlEdgeEnd('<b></b>', 0, 7), 0, 'a cell of tags alone is empty');
});

test('html edges: nothing past the cell’s bounds is taken', () => {
  assert.equal(htmlEdgeStart(' x', 0, 0), 0);
  assert.equal(htmlEdgeStart('  x', 0, 1), 1, 'white space after the end stays');
  assert.equal(htmlEdgeStart('&nbsp;', 0, 3), 0, 'an &nbsp; cut by the end is text');
  assert.equal(htmlEdgeStart('&nbsp;', 0, 6), 6);
  assert.equal(htmlEdgeStart('<b>x', 0, 2), 0, 'a tag that closes past the end is text');
  assert.equal(htmlEdgeStart('<b 5', 0, 4), 0, 'a < never closed is text');
  assert.equal(htmlEdgeEnd(' ', 1, 1), 1, 'white space before the start stays');
  assert.equal(htmlEdgeEnd('&nbsp;', 0, 6), 0);
  assert.equal(htmlEdgeEnd('&nbsp;', 3, 6), 6, 'an &nbsp; begun before the start is text');
  assert.equal(htmlEdgeEnd('5b>', 0, 3), 3, 'a > with no < is text');
  assert.equal(htmlEdgeEnd('5>x<', 0, 2), 2, 'a < after the > is no tag of this cell');
  assert.equal(htmlEdgeEnd('<b>', 1, 3), 3, 'a tag opened before the start is text');
});

test('html: a row over several lines, from <tr to </tr>, each cell trimmed, empty cells with their gap', () => {
  const rows = rowsOf('html', '<table>', '<tr>', '<td>本年新收</td><td>&nbsp;</td>', '<td></td></tr >', '</table>');
  assert.equal(rows.length, 1);
  assert.deepEqual(lineSpans(rows), [[1, 3]]);
  const base = '<table>\n<tr>\n'.length;
  assert.deepEqual(rows[0].cells, [
    { text: '本年新收', start: base + 4, end: base + 8 },
    { text: '', start: base + 23, end: base + 23, gap: { start: base + 17, end: base + 23 } },
    { text: '', start: base + 33, end: base + 33 },
  ]);
});

test('html: a row whose </tr> is missing runs on to the next </tr>', () => {
  const rows = rowsOf('html', '<tr><td>1</td>', '<tr><td>2</td></tr>');
  assert.deepEqual(texts(rows), [['1', '2']]);
  assert.deepEqual(lineSpans(rows), [[0, 1]]);
});

// ---------------------------------------------------------------------------------------
// tableLineRuns: which lines of a section body hold tables

test('runs: no table line, no run', () => {
  const s = src('本机关2022年未收到申请。', '', '说明');
  assert.deepEqual(tableLineRuns(s, 0, 2), []);
});

test('runs: a short label or blank line before the first table line is not in it, but a 第二十条 heading is', () => {
  const s = src('表一', '', '第二十条第（一）项', '信息内容\t本年制发件数', '规章\t0');
  assert.deepEqual(tableLineRuns(s, 0, 4), [[2, 3, 4]]);
});

test('runs: a 第二十条 heading longer than a label line is prose', () => {
  const long = '第二十条' + '的'.repeat(36); // 40 characters: still a label line
  const longer = long + '的'; // 41
  const a = src(long, 'x\t1');
  assert.deepEqual(tableLineRuns(a, 0, 1), [[0, 1]]);
  const b = src(longer, 'x\t1');
  assert.deepEqual(tableLineRuns(b, 0, 1), [[1]]);
  const c = src('    ' + long, 'x\t1');
  assert.deepEqual(tableLineRuns(c, 0, 1), [[0, 1]], 'its length is counted without the indent');
});

test('runs: blank lines and up to three short lines inside a table keep it one run', () => {
  const s = src('a\t1', '', '', '', '', '（注）', '    ' + '短'.repeat(38), 'b\t2');
  assert.deepEqual(tableLineRuns(s, 0, 7), [[0, 1, 2, 3, 4, 5, 6, 7]]);
});

test('runs: four short lines or one prose line end a run; lines after the last table line are left out', () => {
  const s = src('a\t1', '注一', '注二', '注三', '注四', 'b\t2', '说明', '');
  assert.deepEqual(tableLineRuns(s, 0, 7), [[0], [5]]);
  const prose = '本机关认真贯彻落实《中华人民共和国政府信息公开条例》，全面推进政务公开工作，取得了较好成效。';
  const t = src('a\t1', prose, 'b\t2');
  assert.deepEqual(tableLineRuns(t, 0, 2), [[0], [2]]);
});

test('runs: prose before any table line makes no empty run', () => {
  const prose = '本机关认真贯彻落实《中华人民共和国政府信息公开条例》，全面推进政务公开工作，取得了较好成效。';
  const s = src(prose, '说明一', '说明二', '说明三', '说明四', 'a\t1');
  assert.deepEqual(tableLineRuns(s, 0, 5), [[5]]);
});

test('html: a </tr> with no <tr before it closes no row', () => {
  const rows = rowsOf('html', '<td>x</td></tr>', '<tr><td>1</td></tr>');
  assert.deepEqual(texts(rows), [['1']]);
  assert.deepEqual(lineSpans(rows), [[1, 1]]);
});

test('html edges: a < in the cell text is text; a < just past the end is no tag of the cell', () => {
  assert.equal(htmlEdgeEnd('x<y5', 0, 4), 4);
  assert.equal(htmlEdgeEnd('5><', 0, 2), 2);
});

test('markdown: a broken row’s last pipe may have spaces after it; a line after the row does not count', () => {
  const rows = rowsOf('markdown', '| a  ', 'b | c |  ', '| d | e');
  assert.deepEqual(texts(rows), [
    ['a  \nb', 'c'],
    ['d', 'e'],
  ]);
});

test('runs: four short 第二十条 lines inside a table are short lines like others: they end the run', () => {
  const s = src('a\t1', '第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项', 'b\t2');
  assert.deepEqual(tableLineRuns(s, 0, 5), [[0], [5]]);
});
