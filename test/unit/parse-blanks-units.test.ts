// Placing blank cells on their own (server/src/engine/parse/blanks.ts): a row of a table
// read as a stream of labels and numbers with fewer numbers than its columns, and where
// the text shows its blanks stand. Two readings, as the module promises: slots (every
// full row's cells set off by the same separator; a separator written twice is an empty
// cell between) and columns (pdftotext -layout: the row's numbers fall under those of the
// nearest full rows on the same page; the column none falls under is blank). Each case is
// a few lines of table written by hand; the blank's offset is counted from the text.
// Whole-report tests (reader-blanks.test.ts) reach these only through a finding's message.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { columnOf, placeBlanks, type PlacingRow } from '../../server/src/engine/parse/blanks';

/**
 * The rows of a table written as text: each token that is not digits starts a row (its
 * label, which may stand on the line above its numbers), digits are its numbers; other
 * marks (、) are no tokens.
 */
function rowsOf(text: string, expected: number, table: number | string = 2): PlacingRow[] {
  const rows: PlacingRow[] = [];
  for (const m of text.matchAll(/[^\s\f]+/g)) {
    const t = { start: m.index, end: m.index + m[0].length };
    if (/^\d+$/.test(m[0]) && rows.length > 0) rows[rows.length - 1].numbers.push(t);
    else if (/^[\p{Script=Han}a-z]/u.test(m[0])) rows.push({ labels: [t], numbers: [], expected, table });
  }
  return rows;
}

/** The placed cells as [text, offset]. */
const shown = (cells: { text: string; start: number; end: number }[] | undefined) =>
  cells?.map((c) => [c.text, c.start] as [string, number]);

const at = (text: string, s: string, from = 0) => {
  const i = text.indexOf(s, from);
  assert.ok(i >= 0, s);
  return i;
};

// ---------------------------------------------------------------------------------------
// columnOf

test('columnOf: the column of an offset on its line, and where its line starts (LF, CR)', () => {
  assert.deepEqual(columnOf('abc', 2), { column: 2, lineStart: 0 });
  assert.deepEqual(columnOf('ab\ncd', 4), { column: 1, lineStart: 3 });
  assert.deepEqual(columnOf('ab\r\ncd', 5), { column: 1, lineStart: 4 });
  assert.deepEqual(columnOf('ab\rcd', 4), { column: 1, lineStart: 3 });
});

test('columnOf: a page’s form feed opens its first line and takes no column', () => {
  assert.deepEqual(columnOf('ab\n\f  5', 6), { column: 2, lineStart: 4 });
});

test('columnOf: a line longer than 512 characters is no table line', () => {
  const line = 'x'.repeat(513) + '5';
  assert.deepEqual(columnOf(line, 513), { column: 513, lineStart: 0 });
  assert.equal(columnOf(line + '6', 514), undefined);
});

// ---------------------------------------------------------------------------------------
// Slots

test('slots: one space a cell, a doubled space is the blank between; full rows are not placed again', () => {
  const text = '甲 1 2 3\n乙 4  6\n丙 7 8 9';
  const rows = rowsOf(text, 3);
  const placed = placeBlanks(text, rows);
  assert.deepEqual(shown(placed.get(rows[1])), [
    ['4', at(text, '4')],
    ['', at(text, '4') + 2],
    ['6', at(text, '6')],
  ]);
  assert.deepEqual([...placed.keys()], [rows[1]], 'only the incomplete row');
});

test('slots: a separator of two characters written twice holds one blank, in its middle', () => {
  // Word saved as text with a blank line between cells: the unit is two line breaks.
  const text = '甲\n\n1\n\n2\n\n3\n乙\n\n4\n\n\n\n6';
  const rows = rowsOf(text, 3);
  const placed = placeBlanks(text, rows);
  assert.deepEqual(shown(placed.get(rows[1])), [
    ['4', at(text, '4')],
    ['', at(text, '4') + 3],
    ['6', at(text, '6')],
  ]);
});

test('slots: a separator written three times holds two blanks; the label’s closing quote is left out', () => {
  const text = '甲” 1 2 3 4\n乙” 5   8';
  const rows = rowsOf(text, 4);
  for (const r of rows) r.labels[0].end = r.labels[0].start + 1; // the quote is not the label’s
  const placed = placeBlanks(text, rows);
  const five = at(text, '5');
  assert.deepEqual(shown(placed.get(rows[1])), [
    ['5', five],
    ['', five + 2],
    ['', five + 3],
    ['8', five + 4],
  ]);
});

test('slots: a separator that is not the unit written again (space then TAB) places nothing', () => {
  const text = '甲 1 2 3\n乙 4 \t6';
  const rows = rowsOf(text, 3);
  assert.equal(placeBlanks(text, rows).has(rows[1]), false);
});

test('slots: the count of blanks must be the row’s missing cells', () => {
  const text = '甲 1 2 3 4\n乙 5  6';
  const rows = rowsOf(text, 4);
  assert.equal(placeBlanks(text, rows).has(rows[1]), false, 'one doubled space, two cells missing');
});

test('slots: text between the numbers, or between label and number, places nothing', () => {
  const text = '甲 1 2 3\n乙 4 、 6\n丙 7 8 9';
  const rows = rowsOf(text, 3);
  assert.equal(rows.length, 3);
  assert.deepEqual(
    rows[1].numbers.map((n) => text.slice(n.start, n.end)),
    ['4', '6'],
  );
  assert.equal(placeBlanks(text, rows).size, 0);
});

test('slots: a full row with text between its numbers leaves the table without a unit (and no slot reading)', () => {
  const text = '甲 1 、2 3\n乙 4  6';
  const rows = rowsOf(text, 3);
  rows[0].numbers.splice(1, 0, { start: at(text, '2'), end: at(text, '2') + 1 });
  assert.equal(rows[0].numbers.length, 3);
  assert.equal(placeBlanks(text, rows).size, 0);
});

test('slots: only the row’s own table sets the unit', () => {
  const text = '甲 1 2 3\n乙 4  6\n丁  1  2  3';
  const rows = rowsOf(text, 3);
  rows[2].table = 3;
  const placed = placeBlanks(text, rows);
  assert.deepEqual(shown(placed.get(rows[1])), [
    ['4', at(text, '4')],
    ['', at(text, '4') + 2],
    ['6', at(text, '6')],
  ]);
});

test('slots: a full row without a label (a row’s numbers run on) sets no unit and breaks nothing', () => {
  const text = '甲 1 2 3\n乙 4  6\n';
  const rows = rowsOf(text, 3);
  rows.push({ labels: [], numbers: rows[0].numbers, expected: 3, table: 2 });
  const placed = placeBlanks(text, rows);
  assert.deepEqual(shown(placed.get(rows[1]))?.length, 3);
});

test('slots: a full row with a number glued to the one before sets no unit', () => {
  // 甲 1 23 read as 1, 2, 3 with 3 glued: its separators say nothing about the table's.
  const text = '甲 1 23\n乙 4  6\n丙 7 8 9';
  const rows = rowsOf(text, 3);
  const two = at(text, '23');
  rows[0].numbers = [
    { start: at(text, '1'), end: at(text, '1') + 1 },
    { start: two, end: two + 1 },
    { start: two + 1, end: two + 2, glued: true },
  ];
  const placed = placeBlanks(text, rows);
  assert.deepEqual(shown(placed.get(rows[1])), [
    ['4', at(text, '4')],
    ['', at(text, '4') + 2],
    ['6', at(text, '6')],
  ]);
  // And glued or word numbers make a row no full row at all, whatever else.
  rows[2].numbers[2].word = true;
  assert.equal(placeBlanks(text, rows).has(rows[1]), false, 'no full row left: no unit, no column');
});

test('incomplete rows only: no numbers, a glued or word number, or its label after its numbers, places nothing', () => {
  const text = '甲 1 2 3\n乙 4  6\n丙 7 8 9';
  const none = rowsOf(text, 3);
  none[1].numbers = [];
  assert.equal(placeBlanks(text, none).size, 0);
  const glued = rowsOf(text, 3);
  glued[1].numbers[1].glued = true;
  assert.equal(placeBlanks(text, glued).size, 0);
  const word = rowsOf(text, 3);
  word[1].numbers[1].word = true;
  assert.equal(placeBlanks(text, word).size, 0);
  const noExpected = rowsOf(text, 3);
  delete noExpected[1].expected;
  assert.equal(placeBlanks(text, noExpected).size, 0);
});

// ---------------------------------------------------------------------------------------
// Columns (pdftotext -layout)

/** A line with each text at its column. */
function line(...cols: [number, string][]): string {
  let s = '';
  for (const [c, t] of cols) s = s.padEnd(c, ' ') + t;
  return s;
}

test('columns: the blank is under the full rows’ column none of the row’s numbers falls under', () => {
  const text = [
    line([0, '甲'], [10, '1'], [16, '22'], [24, '3']),
    line([0, '乙'], [10, '4'], [24, '6']),
    line([0, '丙'], [10, '7'], [16, '88'], [24, '9']),
  ].join('\n');
  const rows = rowsOf(text, 3);
  const second = text.indexOf('\n') + 1;
  assert.deepEqual(shown(placeBlanks(text, rows).get(rows[1])), [
    ['4', second + 10],
    ['', second + 16],
    ['6', second + 24],
  ]);
});

test('columns: a full row of another block with fewer columns than the row places nothing (and does not throw)', () => {
  // Table 1: a block of one column (行政许可 | 0) under a block of three (规章 | 1 | | ).
  // (Full rows set off by separators of different widths: read by columns, not by slots.)
  const text = [line([0, '甲'], [10, '1']), line([0, '乙'], [10, '4']), line([0, '丙丁'], [10, '7'])].join('\n');
  const rows = rowsOf(text, 3);
  rows[0].expected = 1;
  rows[2].expected = 1;
  assert.equal(placeBlanks(text, rows).get(rows[1]), undefined);
});

test('columns: CRLF lines, the first column blank, placed after the label with a space kept', () => {
  const text = [
    line([0, '甲'], [7, '1'], [12, '2'], [18, '3']),
    line([0, '乙\u3000\t'], [12, '5'], [18, '6']),
    line([0, '丙'], [7, '7'], [12, '8'], [18, '9']),
  ].join('\r\n');
  const rows = rowsOf(text, 3);
  const second = text.indexOf('\n') + 1;
  assert.deepEqual(shown(placeBlanks(text, rows).get(rows[1])), [
    ['', second + 7],
    ['5', second + 12],
    ['6', second + 18],
  ]);
});

test('columns: the first column blank under a label on the line above: the blank at the line’s start', () => {
  const text = ['甲', line([0, '1'], [4, '2'], [9, '3']), '乙', line([4, '5'], [9, '6'])].join('\n');
  const rows = rowsOf(text, 3);
  const fourth = text.lastIndexOf('\n') + 1;
  assert.deepEqual(shown(placeBlanks(text, rows).get(rows[1])), [
    ['', fourth],
    ['5', fourth + 4],
    ['6', fourth + 9],
  ]);
});

test('columns: a last blank needs the line’s white space to reach its column', () => {
  const rows3 = (text: string) => rowsOf(text, 3);
  const reached = [line([0, '甲'], [7, '1'], [12, '2'], [18, '3']), line([0, '乙'], [7, '4'], [12, '5'], [19, '']), 'x'].join('\n');
  const r = rows3(reached);
  const second = reached.indexOf('\n') + 1;
  assert.deepEqual(shown(placeBlanks(reached, r).get(r[1])), [
    ['4', second + 7],
    ['5', second + 12],
    ['', second + 18],
  ]);
  const crlf = reached.replace(/\n/g, '\r\n');
  const c = rows3(crlf);
  const second2 = crlf.indexOf('\n') + 1;
  assert.deepEqual(shown(placeBlanks(crlf, c).get(c[1]))?.[2], ['', second2 + 18]);
  const atEnd = [line([0, '甲'], [7, '1'], [12, '2'], [18, '3']), line([0, '乙'], [7, '4'], [12, '5'], [19, ''])].join('\n');
  const e = rows3(atEnd);
  assert.deepEqual(shown(placeBlanks(atEnd, e).get(e[1]))?.[2], ['', atEnd.lastIndexOf('\n') + 1 + 18]);
  const short = [line([0, '甲'], [7, '1'], [12, '2'], [18, '3']), line([0, '乙'], [7, '4'], [12, '5'])].join('\n');
  const s = rows3(short);
  assert.equal(placeBlanks(short, s).has(s[1]), false);
});

test('columns: only a full row above, or only one below, is enough', () => {
  const above = [line([0, '甲'], [7, '1'], [12, '2'], [18, '3']), line([0, '乙'], [7, '4'], [18, '6'])].join('\n');
  const a = rowsOf(above, 3);
  assert.deepEqual(shown(placeBlanks(above, a).get(a[1]))?.[1], ['', above.indexOf('\n') + 1 + 12]);
  const below = [line([0, '乙'], [7, '4'], [18, '6']), line([0, '甲'], [7, '1'], [12, '2'], [18, '3'])].join('\n');
  const b = rowsOf(below, 3);
  assert.deepEqual(shown(placeBlanks(below, b).get(b[0]))?.[1], ['', 12]);
});

test('columns: the full rows on both sides must agree', () => {
  const text = [
    line([0, '甲'], [7, '1'], [12, '2'], [18, '3']),
    line([0, '乙'], [7, '4'], [18, '6']),
    line([0, '丙'], [7, '7'], [17, '88'], [21, '9']),
  ].join('\n');
  const rows = rowsOf(text, 3);
  assert.equal(placeBlanks(text, rows).has(rows[1]), false, 'below, 6 falls under the 2nd column’s 88');
  const other = [
    line([0, '甲'], [7, '1'], [12, '2'], [18, '3']),
    line([0, '乙'], [7, '4'], [18, '6']),
    line([0, '丙'], [2, '7'], [7, '8'], [18, '9']),
  ].join('\n');
  const o = rowsOf(other, 3);
  assert.equal(placeBlanks(other, o).has(o[1]), false, 'below, 4 falls under the 2nd column: another blank');
});

test('columns: a number overhanging two columns, or two numbers under one column, place nothing', () => {
  const anchor = line([0, '甲'], [4, '10'], [8, '20'], [12, '30']);
  const under = (row: string) => {
    const text = [anchor, row].join('\n');
    const rows = rowsOf(text, 3);
    return shown(placeBlanks(text, rows).get(rows[1]));
  };
  const second = anchor.length + 1;
  // 456 over [5, 8): under 10 only (touching 20 is not under it).
  assert.deepEqual(under(line([0, '乙'], [5, '456'], [12, '6'])), [
    ['456', second + 5],
    ['', second + 9],
    ['6', second + 12],
  ]);
  // 456 over [6, 9): under 20 only (touching 10 is not under it).
  assert.deepEqual(under(line([0, '乙'], [6, '456'], [12, '6'])), [
    ['', second + 4],
    ['456', second + 6],
    ['6', second + 12],
  ]);
  assert.equal(under(line([0, '乙'], [4, '4'], [5, '5'])), undefined, 'both under 10');
  assert.equal(under(line([0, '乙'], [5, '45678'], [12, '6'])), undefined, 'over 10 and 20');
});

test('columns: a blank with no room between its neighbours places nothing', () => {
  const text = [line([0, '甲'], [4, '1111'], [9, '2'], [11, '3333']), line([0, '乙'], [7, '44'], [10, '66'])].join('\n');
  const rows = rowsOf(text, 3);
  assert.equal(placeBlanks(text, rows).has(rows[1]), false);
});

test('columns: the neighbours looked at are the nearest full rows of the same table, four rows at most each side', () => {
  const full = line([0, '甲'], [7, '1'], [12, '2'], [18, '3']);
  const partial = (label: string) => line([0, label], [7, '4'], [18, '6']);
  const ambiguous = line([0, '丙'], [7, '7'], [17, '88'], [21, '9']);
  // The row's own table's full row, four rows up past incomplete ones; the other table's
  // full row just above has other columns.
  const text = [full, partial('a'), partial('b'), ambiguous, partial('乙')].join('\n');
  const rows = rowsOf(text, 3);
  rows[3].table = 3;
  const last = text.lastIndexOf('\n') + 1;
  assert.deepEqual(shown(placeBlanks(text, rows).get(rows[4]))?.[1], ['', last + 12]);
  // Five rows up is too far.
  const far = [full, partial('a'), partial('b'), partial('c'), partial('d'), partial('乙')].join('\n');
  const f = rowsOf(far, 3);
  assert.equal(placeBlanks(far, f).has(f[5]), false);
  // And five rows down.
  const farDown = [partial('乙'), partial('a'), partial('b'), partial('c'), partial('d'), full].join('\n');
  const d = rowsOf(farDown, 3);
  assert.equal(placeBlanks(farDown, d).has(d[0]), false);
  const nearDown = [partial('乙'), partial('a'), partial('b'), partial('c'), full].join('\n');
  const n = rowsOf(nearDown, 3);
  assert.deepEqual(shown(placeBlanks(nearDown, n).get(n[0]))?.[1], ['', 12]);
});

test('columns: a full row on another page (past a form feed) is no neighbour; a page break elsewhere is', () => {
  const full = line([0, '甲'], [7, '1'], [12, '2'], [18, '3']);
  const row = line([0, '乙'], [7, '4'], [18, '6']);
  const other = line([0, '丙'], [2, '7'], [7, '8'], [18, '9']);
  // Past the page break the full row below sets 4 and 6 under its 8 and 9: the first column is blank.
  const before = [full, '\f' + row, other].join('\n');
  const b = rowsOf(before, 3);
  const rowStart = before.indexOf('\f') + 1;
  assert.deepEqual(shown(placeBlanks(before, b).get(b[1])), [
    ['', rowStart + 2],
    ['4', rowStart + 7],
    ['6', rowStart + 18],
  ]);
  const after = [other, row, '\f' + full].join('\n');
  const a = rowsOf(after, 3);
  const rowStart2 = after.indexOf('\n') + 1;
  assert.deepEqual(shown(placeBlanks(after, a).get(a[1]))?.[0], ['', rowStart2 + 2]);
  const elsewhere = ['\f第三部分', full, row].join('\n');
  const e = rowsOf(elsewhere, 3);
  assert.deepEqual(shown(placeBlanks(elsewhere, e).get(e[2]))?.[1], ['', elsewhere.lastIndexOf('\n') + 1 + 12]);
});

test('columns: a full row more than four lines’ width away is no neighbour, one 200 characters away is', () => {
  const full = line([0, '甲'], [7, '1'], [12, '2'], [18, '3']);
  const row = line([0, '乙'], [7, '4'], [18, '6']);
  const wide = '说明'.repeat(100); // 200 characters, one label token
  const near = [full, wide, row].join('\n');
  const n = rowsOf(near, 3);
  n[1].table = 9;
  assert.deepEqual(shown(placeBlanks(near, n).get(n[2]))?.[1], ['', near.lastIndexOf('\n') + 1 + 12]);
  const far = [full, wide.repeat(11), row].join('\n');
  const f = rowsOf(far, 3);
  f[1].table = 9;
  assert.equal(placeBlanks(far, f).has(f[2]), false);
});

test('columns: a row or a neighbour whose numbers run over two lines is not read by columns', () => {
  const full = line([0, '甲'], [7, '1'], [12, '2'], [18, '3']);
  const split = [line([0, '丙'], [7, '7'], [12, '8']), line([18, '9'])].join('\n');
  const row = line([0, '乙'], [7, '4'], [18, '6']);
  // Above, a neighbour on two lines: only the one below is read.
  const text = [split, row, full].join('\n');
  const rows = rowsOf(text, 3);
  const third = text.lastIndexOf('\n') - row.length;
  assert.deepEqual(shown(placeBlanks(text, rows).get(rows[1])), [
    ['4', third + 7],
    ['', third + 12],
    ['6', third + 18],
  ]);
  const own = [full, line([0, '乙'], [7, '4']), line([18, '6'])].join('\n');
  const o = rowsOf(own, 3);
  assert.equal(placeBlanks(own, o).has(o[1]), false);
});

test('columns: two numbers under one wide column place nothing, however far apart', () => {
  const text = [line([0, '甲'], [4, '1000000'], [13, '2'], [17, '3']), line([0, '乙'], [4, '4'], [10, '5'])].join('\n');
  const rows = rowsOf(text, 3);
  assert.equal(placeBlanks(text, rows).has(rows[1]), false);
});

test('columns: a blank under the white space right after the label (TABs, 全角 spaces) is placed there', () => {
  const text = [line([0, '甲'], [3, '1'], [8, '2'], [13, '3']), line([0, '乙\t\t\u3000\u3000'], [8, '2'], [13, '3'])].join('\n');
  const rows = rowsOf(text, 3);
  const second = text.indexOf('\n') + 1;
  assert.deepEqual(shown(placeBlanks(text, rows).get(rows[1])), [
    ['', second + 3],
    ['2', second + 8],
    ['3', second + 13],
  ]);
});

test('columns: a label written against its first number still places the row', () => {
  const text = [line([0, '甲'], [1, '10'], [7, '2'], [12, '3']), line([0, '乙'], [1, '5'], [12, '6'])].join('\n');
  // Tokens as the stream reader gives them: each label ends where its first number starts.
  const tok = (s: number, e: number) => ({ start: s, end: e });
  const second = text.indexOf('\n') + 1;
  const full = { labels: [tok(0, 1)], numbers: [tok(1, 3), tok(7, 8), tok(12, 13)], expected: 3, table: 2 };
  const row = {
    labels: [tok(second, second + 1)],
    numbers: [tok(second + 1, second + 2), tok(second + 12, second + 13)],
    expected: 3,
    table: 2,
  };
  assert.deepEqual(shown(placeBlanks(text, [full, row]).get(row)), [
    ['5', second + 1],
    ['', second + 7],
    ['6', second + 12],
  ]);
});

test('columns: a row’s line of up to 513 characters is read; a longer one is not a table line', () => {
  const full = line([0, '甲'], [7, '1'], [12, '2'], [18, '3']);
  const row = (width: number) => line([0, '乙'], [7, '4'], [18, '6']).padEnd(width, ' ') + '注';
  for (const [width, placed] of [
    [512, true],
    [513, false],
  ] as const) {
    const text = ['表一说明', full, row(width)].join('\n');
    const rows = rowsOf(text, 3);
    rows.pop(); // 注 is a note, not a row
    assert.equal(placeBlanks(text, rows).has(rows[2]), placed, `${width + 1} characters`);
  }
});

test('columns: old Mac line ends (CR alone) end a row’s line too', () => {
  const text = [line([0, '甲'], [7, '1'], [12, '2'], [18, '3']), line([0, '乙'], [7, '4'], [12, '5'], [19, '']), '注'].join('\r');
  const rows = rowsOf(text, 3);
  rows.pop();
  const second = text.indexOf('\r') + 1;
  assert.deepEqual(shown(placeBlanks(text, rows).get(rows[1]))?.[2], ['', second + 18]);
});
