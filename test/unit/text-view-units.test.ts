// A view of a report's text on its own (server/src/engine/text/view.ts): the text the
// parser reads when the text as written cannot be read line by line, every character of it
// remembering where it came from. Each case builds a small view by hand, as the readers do
// (a heading broken out of a flattened web line, TABs standing for <td> tags, an entity
// decoded), and states exactly where offsets, ranges, empty cells and inserted lines land
// in the text as written. The fixture tests reach these only through whole reports.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ViewBuilder, ViewText } from '../../server/src/engine/text/view';
import { SourceText } from '../../server/src/engine/text/source';

function viewOf(written: string, steps: (b: ViewBuilder) => void, html = false): ViewText {
  const b = new ViewBuilder(written);
  steps(b);
  return new ViewText(b.text(), b.map, b.virtual, new SourceText(written), html);
}
const list = (a: ArrayLike<number>): number[] => Array.from(a);

// A web line flattened: 前言一、总体情况本年 with the heading put on a line of its own.
//   written: 前0 言1 一2 、3 总4 体5 情6 况7 本8 年9
//   view:    前 言 \n 一 、 总 体 情 况 \n 本 年
const HEADING = '前言一、总体情况本年';
const headingView = () =>
  viewOf(HEADING, (b) => {
    b.copy(0, 2);
    b.insert('\n', 2);
    b.copy(2, 8);
    b.insert('\n', 8);
    b.copy(8, 10);
  });

// An HTML row, three cells, the middle one holding a space: a TAB just past each <td> tag
// but the first, as the HTML reader places it.
//   <td>总计</td><td> </td><td>3</td>: 总 4, 计 5, the space 15, 3 25
const ROW = '<td>总计</td><td> </td><td>3</td>';
const rowView = () =>
  viewOf(
    ROW,
    (b) => {
      b.copy(4, 6);
      b.insert('\t', 15);
      b.copy(15, 16);
      b.insert('\t', 25);
      b.copy(25, 26);
    },
    true,
  );

// The same row with the middle cell empty (<td></td>): two TABs side by side.
//   <td>总计</td><td></td><td>3</td>: 总 4, 计 5, just inside the empty cell 15, 3 24
const EMPTY_ROW = '<td>总计</td><td></td><td>3</td>';
const emptyRowView = () =>
  viewOf(
    EMPTY_ROW,
    (b) => {
      b.copy(4, 6);
      b.insert('\t', 15);
      b.insert('\t', 24);
      b.copy(24, 25);
    },
    true,
  );

// ---------------------------------------------------------------------------------------
// ViewBuilder

test('ViewBuilder: copied characters keep their offsets, added ones are virtual at the offset they go before', () => {
  const b = new ViewBuilder(HEADING);
  b.copy(0, 2);
  b.insert('\n', 2);
  b.copy(2, 10);
  assert.equal(b.text(), '前言\n一、总体情况本年');
  assert.deepEqual(list(b.map), [0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.deepEqual(list(b.virtual), [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
});

test('ViewBuilder: the maps are rebuilt after a further step, one entry a view character', () => {
  const b = new ViewBuilder('总计12');
  b.copy(0, 2);
  assert.deepEqual(list(b.map), [0, 1]);
  b.insert('\t', 2);
  b.insert('\t', 2);
  b.copy(2, 4);
  assert.equal(b.text(), '总计\t\t12');
  assert.equal(b.map.length, 6);
  assert.deepEqual(list(b.map), [0, 1, 2, 2, 2, 3]);
  assert.deepEqual(list(b.virtual), [0, 0, 1, 1, 0, 0]);
});

test('ViewBuilder: a copy of nothing or backwards adds nothing and does not shorten the copy before', () => {
  const b = new ViewBuilder('一二三四五六');
  b.copy(0, 3);
  b.copy(3, 3);
  b.copy(3, 1);
  b.copy(3, 5);
  assert.equal(b.text(), '一二三四五');
  assert.deepEqual(list(b.map), [0, 1, 2, 3, 4]);
});

test('ViewBuilder: an entity replaced maps into its span; white space so written is virtual', () => {
  // a0 &1 a2 m3 p4 ;5 b6 &7 n8 b9 s10 p11 ;12 c13
  const written = 'a&amp;b&nbsp;c';
  const b = new ViewBuilder(written);
  b.copy(0, 1);
  b.replace('&', 1, 6);
  b.copy(6, 7);
  b.replace(' ', 7, 13);
  b.copy(13, 14);
  assert.equal(b.text(), 'a&b c');
  assert.deepEqual(list(b.map), [0, 1, 6, 7, 13]);
  assert.deepEqual(list(b.virtual), [0, 0, 0, 1, 0]);
});

test('ViewBuilder: a replacement longer than its span maps its characters in order, the rest to its last', () => {
  const b = new ViewBuilder('xx&#1;yy');
  b.copy(0, 2);
  b.replace('甲乙丙', 2, 4);
  b.replace('丁戊', 4, 8);
  assert.equal(b.text(), 'xx甲乙丙丁戊');
  assert.deepEqual(list(b.map), [0, 1, 2, 3, 3, 4, 5]);
  assert.deepEqual(list(b.virtual), [0, 0, 0, 0, 0, 0, 0]);
});

test('ViewBuilder: a view of a view maps through to the text as written, its virtual marks kept', () => {
  // First view: 正文 out of xx正文yy, with a line break after it.
  const first = new ViewBuilder('xx正文yy');
  first.copy(2, 4);
  first.insert('\n', 4);
  assert.equal(first.text(), '正文\n');
  assert.deepEqual(list(first.map), [2, 3, 4]);
  // Second view over the first: a space inside, and a mark past the first view's end
  // (it points where the first view's last character does).
  const second = new ViewBuilder(first.text(), first.map, first.virtual);
  second.copy(0, 1);
  second.insert(' ', 1);
  second.copy(1, 3);
  second.insert('!', 3);
  assert.equal(second.text(), '正 文\n!');
  assert.deepEqual(list(second.map), [2, 3, 3, 4, 4]);
  assert.deepEqual(list(second.virtual), [0, 1, 0, 1, 1]);
});

// ---------------------------------------------------------------------------------------
// ViewText: offsets and ranges

test('ViewText: the original is the text as written, with its line ending', () => {
  const written = '一、总体情况本年\r\n二、主动公开\r\n';
  const v = viewOf(written, (b) => {
    b.copy(0, 6);
    b.insert('\n', 6);
    b.copy(6, written.length);
  });
  assert.equal(v.text, '一、总体情况\n本年\r\n二、主动公开\r\n');
  assert.equal(v.original.text, written);
  assert.equal(v.eol, '\r\n');
});

test('toOriginal: a view offset to the written one; past the end, the end of the text as written', () => {
  const v = headingView();
  assert.equal(v.toOriginal(0), 0);
  assert.equal(v.toOriginal(3), 2, '一 after the added line break');
  assert.equal(v.toOriginal(2), 2, 'the added line break points at what it goes before');
  assert.equal(v.toOriginal(10), 8);
  assert.equal(v.toOriginal(11), 9);
  assert.equal(v.toOriginal(12), 10, 'the end of the view is the end of the text');
  assert.equal(v.toOriginal(20), 10);
  assert.equal(v.toOriginal(-1), 0);
});

test('toOriginalEnd: just past the last written character, added ones at the end left out', () => {
  const v = headingView();
  assert.equal(v.toOriginalEnd(3, 9), 8, '一、总体情况');
  assert.equal(v.toOriginalEnd(3, 10), 8, 'the added line break after it does not count');
  assert.equal(v.toOriginalEnd(2, 3), 2, 'only an added character: where it points');
  assert.equal(v.toOriginalEnd(5, 5), 4, 'an empty span: its start');
  assert.equal(v.toOriginalEnd(0, 12), 10);
});

test('insertionPoint: after a written character before an added TAB, just after that character', () => {
  const v = rowView();
  assert.equal(v.text, '总计\t \t3');
  assert.equal(v.insertionPoint(2), 6, 'just after 计, not at the next cell');
  assert.equal(v.insertionPoint(4), 16, 'just after the space the middle cell holds');
  assert.equal(v.insertionPoint(1), 5, 'a written character is where it is');
  assert.equal(v.insertionPoint(3), 15);
  assert.equal(v.insertionPoint(0), 4);
  assert.equal(v.insertionPoint(6), ROW.length, 'the end of the view');
});

test('insertionPoint: between two added TABs (an empty cell), inside the cell, where the first TAB points', () => {
  const v = emptyRowView();
  assert.equal(v.text, '总计\t\t3');
  assert.equal(v.insertionPoint(3), 15);
  assert.equal(v.insertionPoint(4), 24);
});

test('insertionPoint: a view that starts with an added character starts where it points', () => {
  const v = viewOf('甲乙', (b) => {
    b.insert('\n', 1);
    b.copy(1, 2);
  });
  assert.equal(v.insertionPoint(0), 1);
  assert.equal(v.insertionPoint(1), 1);
});

test('insertionPoint: the start of a line after an added line break is where that line’s text is', () => {
  // <p>一</p><p>二</p>: 一 at 3, </p> at 4, 二 at 11; the line break points at </p>.
  const v = viewOf(
    '<p>一</p><p>二</p>',
    (b) => {
      b.copy(3, 4);
      b.insert('\n', 4);
      b.copy(11, 12);
    },
    true,
  );
  assert.equal(v.text, '一\n二');
  assert.equal(v.insertionPoint(2), 11);
  assert.equal(v.insertionPoint(1), 4, 'the line break: just after 一');
});

test('positionAt and range: view offsets as positions in the text as written', () => {
  const written = '标题\n前言一、总体情况本年';
  const v = viewOf(written, (b) => {
    b.copy(0, 5);
    b.insert('\n', 5);
    b.copy(5, written.length);
  });
  assert.equal(v.text, '标题\n前言\n一、总体情况本年');
  assert.deepEqual(v.positionAt(6), { line: 1, character: 2 });
  assert.deepEqual(v.range(6, 12), { start: { line: 1, character: 2 }, end: { line: 1, character: 8 } });
  assert.deepEqual(v.range(5, 6), { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } });
});

test('range: an empty span is its insertion point (an empty cell), not the next cell', () => {
  const v = rowView();
  assert.deepEqual(v.range(2, 2), { start: { line: 0, character: 6 }, end: { line: 0, character: 6 } });
  const e = emptyRowView();
  assert.deepEqual(e.range(3, 3), { start: { line: 0, character: 15 }, end: { line: 0, character: 15 } });
  assert.deepEqual(e.range(0, 2), { start: { line: 0, character: 4 }, end: { line: 0, character: 6 } });
});

test('offsetAt: a written position leads to its written character, not the line break added before it', () => {
  const v = headingView();
  assert.equal(v.offsetAt({ line: 0, character: 0 }), 0);
  assert.equal(v.offsetAt({ line: 0, character: 2 }), 3, '一');
  assert.equal(v.offsetAt({ line: 0, character: 5 }), 6, '体');
  assert.equal(v.offsetAt({ line: 0, character: 8 }), 10, '本');
  assert.equal(v.offsetAt({ line: 0, character: 10 }), 12, 'the end');
});

test('offsetAt: the position of an empty cell leads between its two TABs; a cell after one, to its text', () => {
  const v = emptyRowView();
  assert.equal(v.offsetAt({ line: 0, character: 15 }), 3, 'between the TABs');
  assert.equal(v.offsetAt({ line: 0, character: 24 }), 4, '3, past the TAB before it');
  assert.equal(v.offsetAt({ line: 0, character: 5 }), 1);
  assert.equal(v.offsetAt({ line: 0, character: 10 }), 2, 'inside </td>: the next view character');
});

// ---------------------------------------------------------------------------------------
// Empty cells: what a squiggle covers, where a fill writes

test('emptyExtent: an empty HTML cell is covered up to its closing tag, what it holds included', () => {
  // <td>总计</td><td><br/></td><td>3</td>: the middle cell's <br/> at 15..20
  const written = '<td>总计</td><td><br/></td><td>3</td>';
  const v = viewOf(
    written,
    (b) => {
      b.copy(4, 6);
      b.insert('\t', 15);
      b.insert(' ', 15);
      b.insert('\t', 29);
      b.copy(29, 30);
    },
    true,
  );
  assert.equal(v.text, '总计\t \t3');
  assert.deepEqual(v.emptyExtent(3), { start: 15, end: 20 });
  assert.equal(v.insertionPoint(2), 6, 'the TAB after 总计: just after 计, though an added space follows');
});

test('emptyExtent: back over white space, &nbsp; and inner tags to the cell tag, on to the cell’s end', () => {
  // A cell opening the text: <td class="x"><p> &nbsp;</p></td>
  const written = '<td class="x"><p> &nbsp;</p></td>';
  const at = written.indexOf('</p>');
  const v = viewOf(
    written,
    (b) => {
      b.insert('\t', at);
      b.insert('\t', written.length);
    },
    true,
  );
  assert.deepEqual(v.emptyExtent(1), { start: 14, end: written.indexOf('</td>') });
});

test('emptyExtent: in flattened web text, a blank cell is the run of spaces it lies in', () => {
  const written = '总计 12   3';
  const v = viewOf(written, (b) => {
    b.copy(0, 5);
    b.insert('\t', 6);
    b.copy(8, 9);
  });
  assert.equal(v.text, '总计 12\t3');
  assert.deepEqual(v.emptyExtent(5), { start: 5, end: 8 });
});

test('emptyExtent: between two written characters, the point itself', () => {
  const v = headingView();
  assert.deepEqual(v.emptyExtent(4), { start: 3, end: 3 });
});

test('emptyExtent: a row tag on the way back is no cell: only the spaces are covered', () => {
  // <td></tr> </td>: a </tr> inside, so what follows is not the cell's content.
  const written = '<td></tr> </td>';
  const at = written.indexOf(' ');
  const v = viewOf(
    written,
    (b) => {
      b.insert('\t', at);
      b.insert('\t', at + 1);
    },
    true,
  );
  assert.deepEqual(v.emptyExtent(1), { start: at, end: at + 1 });
});

test('fillExtent: a fill writes over a lone <br/>, &nbsp; or spaces the empty cell holds', () => {
  const cases: [string, number][] = [
    ['<td><br/></td>', 9],
    ['<td><BR></td>', 8],
    ['<td>&nbsp;</td>', 10],
    ['<td> <br /> </td>', 12],
    ['<td></td>', 4],
    ['<th>\n</th>', 5],
  ];
  for (const [written, end] of cases) {
    const v = viewOf(
      written,
      (b) => {
        b.insert('\t', 4);
        b.insert('\t', written.length);
      },
      true,
    );
    assert.deepEqual(v.fillExtent(1), { start: 4, end }, written);
  }
});

test('fillExtent: an inner element (<p></p>) is left as it is, and only an HTML page’s cells widen', () => {
  const p = '<td><p></p></td>';
  const inner = viewOf(
    p,
    (b) => {
      b.insert('\t', 4);
      b.insert('\t', p.length);
    },
    true,
  );
  assert.deepEqual(inner.fillExtent(1), { start: 4, end: 4 });
  const br = '<td><br/></td>';
  const text = viewOf(br, (b) => {
    b.insert('\t', 4);
    b.insert('\t', br.length);
  });
  assert.deepEqual(text.fillExtent(1), { start: 4, end: 4 });
  const plain = new ViewText('\t\t', new Int32Array([4, 14]), new Uint8Array([1, 1]), new SourceText(br));
  assert.deepEqual(plain.fillExtent(1), { start: 4, end: 4 }, 'html defaults to false');
});

// ---------------------------------------------------------------------------------------
// Whole lines inserted (a missing row, a missing sentence)

// AB\nCD seen as A\nB\nCD: the first line break added, the second written.
const splitView = (written = 'AB\nCD') =>
  viewOf(written, (b) => {
    b.copy(0, 1);
    b.insert('\n', 1);
    b.copy(1, written.length);
  });

test('insertLines: lines before a view line go in where the text as written has that line break too', () => {
  const v = splitView();
  assert.equal(v.text, 'A\nB\nCD');
  assert.deepEqual(v.insertLines(4, 'X\n'), { start: 3, end: 3, newText: 'X\n' });
  assert.deepEqual(v.insertLines(0, 'X\n'), { start: 0, end: 0, newText: 'X\n' });
  assert.equal(v.insertLines(2, 'X\n'), undefined, 'B starts a line only in the view');
});

test('insertLines: lines after a view line go in where the text as written has that line break too', () => {
  const v = splitView();
  assert.deepEqual(v.insertLines(3, '\nX'), { start: 2, end: 2, newText: '\nX' });
  assert.deepEqual(v.insertLines(6, '\nX'), { start: 5, end: 5, newText: '\nX' }, 'after the last line');
  assert.equal(v.insertLines(1, '\nX'), undefined, 'A ends a line only in the view');
});

test('insertLines: a text not made of whole lines, or not at a line’s edge, has no place', () => {
  const v = splitView();
  assert.equal(v.insertLines(4, 'X'), undefined);
  assert.equal(v.insertLines(0, '\nX'), undefined, 'the start of a line is no place for lines after it');
  assert.equal(v.insertLines(5, 'X\n'), undefined, 'mid-line');
  assert.equal(v.insertLines(5, '\nX'), undefined, 'mid-line');
});

test('insertLines: a written line break next to an added one is not the place', () => {
  // A\nB seen as A\n\nB (a break added after the written one): the line B starts is the
  // view's, though the character before it in the text as written is a line break.
  const after = viewOf('A\nB', (b) => {
    b.copy(0, 2);
    b.insert('\n', 2);
    b.copy(2, 3);
  });
  assert.equal(after.text, 'A\n\nB');
  assert.equal(after.insertLines(3, 'X\n'), undefined);
  assert.deepEqual(after.insertLines(2, 'X\n'), { start: 2, end: 2, newText: 'X\n' });
  // A\nB seen as A\n\nB (a break added before the written one).
  const before = viewOf('A\nB', (b) => {
    b.copy(0, 1);
    b.insert('\n', 1);
    b.copy(1, 3);
  });
  assert.equal(before.text, 'A\n\nB');
  assert.equal(after.insertLines(2, '\nX'), undefined, 'B follows a written line break but starts no line there');
  assert.equal(before.insertLines(1, '\nX'), undefined);
  assert.deepEqual(before.insertLines(2, '\nX'), { start: 1, end: 1, newText: '\nX' });
});

test('insertLines: where the view joins lines (a PDF’s hard wrap), the joint is no line edge', () => {
  const v = viewOf('AB\nCD', (b) => {
    b.copy(0, 2);
    b.copy(3, 5);
  });
  assert.equal(v.text, 'ABCD');
  assert.equal(v.insertLines(2, 'X\n'), undefined);
  assert.equal(v.insertLines(2, '\nX'), undefined);
});

test('insertLines: a line whose start the view left out (Word style junk) takes no lines before it', () => {
  // A\n<junk>B seen as A\nB: B starts a line in the view, not in the text as written.
  const v = viewOf('A\nxB', (b) => {
    b.copy(0, 2);
    b.copy(3, 4);
  });
  assert.equal(v.text, 'A\nB');
  assert.equal(v.insertLines(2, 'X\n'), undefined);
});

test('insertLines: a line break the view adds at its end is no place for lines', () => {
  const v = viewOf('A', (b) => {
    b.copy(0, 1);
    b.insert('\n', 1);
  });
  assert.equal(v.text, 'A\n');
  assert.equal(v.insertLines(2, 'X\n'), undefined);
  assert.equal(v.insertLines(1, '\nX'), undefined, 'nor after: the text as written has no line break there');
});

test('insertLines: a CRLF text takes lines after a line at its CR', () => {
  const v = splitView('AB\r\nCD');
  assert.equal(v.eol, '\r\n');
  assert.equal(v.text, 'A\nB\r\nCD');
  assert.deepEqual(v.insertLines(3, '\r\nX'), { start: 2, end: 2, newText: '\r\nX' });
  assert.deepEqual(v.insertLines(5, 'X\r\n'), { start: 4, end: 4, newText: 'X\r\n' });
  assert.equal(v.insertLines(3, '\nX'), undefined, 'the text’s own line ending only');
});

// Two HTML table rows, as the HTML reader sees them: 1\n2\n.
//   <tr>0 <td>4 1@8 </td>9 </tr>14 <tr>19 <td>23 2@27 </td>28 </tr>33, length 38
const ROWS = '<tr><td>1</td></tr><tr><td>2</td></tr>';
const rowsView = (written = ROWS) =>
  viewOf(
    written,
    (b) => {
      b.copy(8, 9);
      b.insert('\n', 14);
      b.copy(27, 28);
      b.insert('\n', 33);
    },
    true,
  );

test('insertLines (HTML): lines before a row go in as <tr> rows before its <tr>, cells escaped', () => {
  const v = rowsView();
  assert.equal(v.text, '1\n2\n');
  assert.deepEqual(v.insertLines(2, '甲\t<1>&\n'), {
    start: 19,
    end: 19,
    newText: '<tr><td><p>甲</p></td><td><p>&lt;1&gt;&amp;</p></td></tr>',
  });
  assert.deepEqual(v.insertLines(0, '甲\n乙\n'), {
    start: 0,
    end: 0,
    newText: '<tr><td><p>甲</p></td></tr><tr><td><p>乙</p></td></tr>',
  });
});

test('insertLines (HTML): a row tag written in capitals is a row too', () => {
  const v = rowsView(ROWS.toUpperCase());
  assert.deepEqual(v.insertLines(2, '甲\n'), { start: 19, end: 19, newText: '<tr><td><p>甲</p></td></tr>' });
  assert.deepEqual(v.insertLines(1, '\n甲'), { start: 19, end: 19, newText: '<tr><td><p>甲</p></td></tr>' });
});

test('insertLines (HTML): lines after a row go in after its </tr>', () => {
  const v = rowsView();
  assert.deepEqual(v.insertLines(1, '\n甲'), { start: 19, end: 19, newText: '<tr><td><p>甲</p></td></tr>' });
  assert.deepEqual(v.insertLines(4, '\n甲'), { start: 38, end: 38, newText: '<tr><td><p>甲</p></td></tr>' });
  assert.equal(v.insertLines(0, '\n甲'), undefined, 'the start of a row is no place for rows after it');
  assert.equal(v.insertLines(1, '甲'), undefined, 'no whole line');
});

test('insertLines (HTML): a line that is no table row takes no rows', () => {
  // <p>说明</p><tr><td>1</td></tr>: 说明 at 3, </p> at 5, <tr> at 9, 1 at 17, </tr> at 23
  const written = '<p>说明</p><tr><td>1</td></tr><p>完</p>';
  const v = viewOf(
    written,
    (b) => {
      b.copy(3, 5);
      b.insert('\n', 5);
      b.copy(17, 18);
      b.insert('\n', 23);
      b.copy(31, 32);
    },
    true,
  );
  assert.equal(v.text, '说明\n1\n完');
  assert.equal(v.insertLines(0, '甲\n'), undefined, 'no <tr> before 说明');
  assert.equal(v.insertLines(2, '\n甲'), undefined, 'the next row begins before any </tr>');
  assert.equal(v.insertLines(5, '甲\n'), undefined, 'a </tr> after the last <tr>');
  assert.equal(v.insertLines(6, '\n甲'), undefined, 'no </tr> after 完');
  assert.deepEqual(v.insertLines(3, '甲\n'), { start: 9, end: 9, newText: '<tr><td><p>甲</p></td></tr>' });
});
